import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('HTTP conventions', () => {
  it('health names the database', async () => {
    const res = (await t.anonymous.get('/api/v1/health')).json();
    expect(res.status).toBe('ok');
    expect(['pglite', 'postgresql']).toContain(res.database);
    expect(res.database).toBe(process.env.DATABASE_URL ? 'postgresql' : 'pglite');
  });

  it('unknown routes answer 404 problem+json', async () => {
    const res = await t.anonymous.get('/api/v1/nothing-here');
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ status: 404, title: '未找到', title_en: 'Not found' });
  });

  it('serves the OpenAPI document', async () => {
    const res = await t.anonymous.get('/api/docs/json');
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/organisations', '/api/v1/calendar/deadline']),
    );
    // every operation named once, and saying how it authenticates: the session cookie, and for
    // a write the CSRF header; the public ones need neither; only the API is described
    expect(doc.components.securitySchemes).toMatchObject({
      session: { type: 'apiKey', in: 'cookie' },
      csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
    });
    const ids: string[] = [];
    const publicOf = new Map(t.app.routeTable.map((r) => [`${r.method} ${r.url}`, r.public]));
    for (const [url, ops] of Object.entries(
      doc.paths as Record<string, Record<string, { operationId: string; security: unknown }>>,
    )) {
      expect(url.startsWith('/api/v1/')).toBe(true);
      for (const [method, op] of Object.entries(ops)) {
        ids.push(op.operationId);
        const route = publicOf.get(`${method.toUpperCase()} ${url.replace(/\{(\w+)\}/g, ':$1')}`);
        const expected = route ? [] : method === 'get' ? [{ session: [] }] : [{ session: [], csrf: [] }];
        expect(op.security, `${method} ${url}`).toEqual(expected);
      }
    }
    expect(ids.every(Boolean)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(doc.paths['/api/v1/cases/{id}'].get.operationId).toBe('getCasesId');
  });

  it('every operation states its success answer: a 2xx (or a 3xx redirect) with a schema or a file, an operationId and tags', async () => {
    const doc = (await t.anonymous.get('/api/docs/json')).json();
    type Answer = { content?: Record<string, { schema?: unknown }> };
    const lacking: string[] = [];
    let operations = 0;
    for (const [url, ops] of Object.entries(
      doc.paths as Record<
        string,
        Record<string, { operationId?: string; tags?: string[]; responses: Record<string, Answer> }>
      >,
    ))
      for (const [method, op] of Object.entries(ops)) {
        operations++;
        const name = `${method.toUpperCase()} ${url}`;
        if (!op.operationId) lacking.push(`${name}: operationId`);
        if (!op.tags?.length) lacking.push(`${name}: tags`);
        const stated = Object.entries(op.responses).some(
          ([status, answer]) =>
            (/^2\d\d$/.test(status) &&
              (status === '204' ||
                Object.values(answer.content ?? {}).some(
                  (c) => c.schema && (typeof c.schema !== 'object' || Object.keys(c.schema).length > 0),
                ))) ||
            /^3\d\d$/.test(status),
        );
        if (!stated) lacking.push(`${name}: success answer`);
      }
    expect(operations).toBeGreaterThan(100);
    expect(lacking).toEqual([]);
  });

  it('malformed JSON is a 400, not a 500', async () => {
    const c = await t.login('city-admin');
    const res = await c.request({
      method: 'POST',
      url: '/api/v1/organisations',
      payload: '{"kind":',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().title_en).toBeTruthy();
  });

  it('an oversized body is a 413', async () => {
    const c = await t.login('city-admin');
    const res = await c.post('/api/v1/organisations', {
      kind: 'agency',
      name: 'x'.repeat(2_000_000),
      regionCode: '140500',
    });
    expect(res.statusCode).toBe(413);
  });

  it('sets protective headers', async () => {
    const res = await t.anonymous.get('/api/v1/health');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-request-id']).toBeTruthy();
    // plain HTTP on loopback: no HSTS, which would lock a browser out of it
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('behind TLS (secure cookies) tells browsers to come back over TLS only', async () => {
    t.ctx.config.secureCookies = true;
    try {
      const res = await t.anonymous.get('/api/v1/health');
      expect(res.headers['strict-transport-security']).toBe('max-age=31536000');
    } finally {
      t.ctx.config.secureCookies = false;
    }
  });
});
