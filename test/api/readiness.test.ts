// Readiness for a load balancer (docs/operations.md): while the process migrates and seeds, or
// waits for another process doing so, and once it is stopping, it answers every request 503
// with Retry-After except the probes; ready, it serves.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../apps/api/src/app.ts';
import type { Readiness } from '../../apps/api/src/http/readiness.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('readiness', () => {
  it('starting, then ready, then stopping: 503 with Retry-After but for the probes, served only when ready', async () => {
    const readiness: Readiness = { state: 'starting' };
    const app = await buildApp(t.ctx, { readiness });
    const get = (url: string) => app.inject({ method: 'GET', url });
    try {
      for (const url of ['/api/v1/health/ready', '/api/v1/regulation', '/api/v1/health']) {
        const res = await get(url);
        expect(res.statusCode, url).toBe(503);
        expect(res.headers['retry-after']).toBe('5');
        expect(res.headers['content-type']).toContain('application/problem+json');
        expect(res.json()).toMatchObject({ title: '服务暂时不可用', title_en: 'Service unavailable' });
      }
      const login = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'city-admin', password: 'x' },
      });
      expect(login.statusCode).toBe(503);
      expect((await get('/api/v1/health/live')).json()).toEqual({ live: true, state: 'starting' });

      readiness.state = 'ready';
      expect((await get('/api/v1/health/ready')).json()).toEqual({ ready: true, database: t.ctx.db.kind });
      expect((await get('/api/v1/regulation')).statusCode).toBe(200);

      readiness.state = 'stopping';
      const stopping = await get('/api/v1/health/ready');
      expect(stopping.statusCode).toBe(503);
      expect(stopping.json().detail_en).toContain('stopping');
      expect((await get('/api/v1/health/live')).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });
});
