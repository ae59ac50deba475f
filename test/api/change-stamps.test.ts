// Two servers on one database, each keeping in memory what nearly every request reads (the
// actor and its jurisdiction, the calendar, a pack's bases, the people of a case: 0090; the case
// page's and the case list's reads: 0095). The
// second server is built from a module graph of its own, so it keeps its own memory as another
// process would; on PostgreSQL it also has a pool of its own. A change made through one server
// holds in the other's very next request.
import type { FastifyInstance } from 'fastify';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Db } from '../../apps/api/src/db/client.ts';
import { openPostgres } from '../../apps/api/src/db/postgres.ts';
import { sql } from '../../apps/api/src/db/sql.ts';
import { seedDemoCases } from '../../apps/api/src/seeds/demo-cases.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { TEST_PASSWORD } from '../helpers/pg-url.ts';

let t: TestApp;
let other: FastifyInstance;
let otherDb: Db | null = null;

beforeAll(async () => {
  t = await startTestApp();
  await seedDemoCases(t.ctx.db, t.clock.now);
  vi.resetModules();
  const { buildApp } = await import('../../apps/api/src/app.ts');
  const pool = (t.ctx.db as Db & { pool?: pg.Pool }).pool;
  if (pool) otherDb = await openPostgres(String(pool.options.connectionString), 3);
  other = await buildApp({ ...t.ctx, db: otherDb ?? t.ctx.db });
});
afterAll(async () => {
  await other.close();
  await otherDb?.close();
  await t.close();
});

interface Session {
  headers: { cookie: string; 'x-csrf-token': string };
}

async function login(username: string): Promise<Session> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password: TEST_PASSWORD },
  });
  expect(res.statusCode).toBe(200);
  const cookie = res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  return { headers: { cookie, 'x-csrf-token': res.json().csrfToken } };
}

const on = (
  app: FastifyInstance,
  s: Session,
  method: 'GET' | 'POST' | 'PATCH' | 'PUT',
  url: string,
  payload?: object,
) => app.inject({ method, url, headers: s.headers, ...(payload ? { payload } : {}) });

describe('what each server keeps in memory follows the changes made through the other', () => {
  it('第二条: a user renamed through one server is named so by the other at once', async () => {
    const sup = await login('city-sup1');
    const admin = await login('city-admin');
    // both servers have read and kept the actor
    for (const app of [t.app, other]) {
      const me = (await on(app, sup, 'GET', '/api/v1/auth/me')).json();
      expect(me.user).toMatchObject({ displayName: '王明', role: 'supervisor' });
    }
    const u = (await on(t.app, admin, 'GET', '/api/v1/users?q=city-sup1')).json().items[0];
    const patched = await on(other, admin, 'PATCH', `/api/v1/users/${u.id}`, {
      displayName: '改名后的监督员',
      version: u.version,
    });
    expect(patched.statusCode).toBe(200);
    for (const app of [t.app, other]) {
      const me = (await on(app, sup, 'GET', '/api/v1/auth/me')).json();
      expect(me.user).toMatchObject({ displayName: '改名后的监督员', role: 'supervisor' });
    }
  });

  it('第二条: a user deactivated through one server is refused by the other at once (401)', async () => {
    const sup = await login('city-sup2');
    const admin = await login('city-admin');
    expect((await on(t.app, sup, 'GET', '/api/v1/cases?limit=5')).statusCode).toBe(200);
    const u = (await on(t.app, admin, 'GET', '/api/v1/users?q=city-sup2')).json().items[0];
    const res = await on(other, admin, 'PATCH', `/api/v1/users/${u.id}`, {
      active: false,
      version: u.version,
    });
    expect(res.statusCode).toBe(200);
    expect((await on(t.app, sup, 'GET', '/api/v1/cases?limit=5')).statusCode).toBe(401);
  });

  it('a logout through one server ends the session in the other at once', async () => {
    const sup = await login('zezhou-sup1');
    expect((await on(t.app, sup, 'GET', '/api/v1/auth/me')).statusCode).toBe(200);
    expect((await on(other, sup, 'POST', '/api/v1/auth/logout')).statusCode).toBe(204);
    expect((await on(t.app, sup, 'GET', '/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('第十条 (五个工作日): a year loaded through one server counts in the other’s deadlines at once', async () => {
    const sup = await login('zezhou-sup2');
    const admin = await login('city-admin');
    const url = '/api/v1/calendar/deadline?from=2026-12-28&workingDays=5';
    const before = (await on(t.app, sup, 'GET', url)).json();
    expect(before.provisional).toBe(true);
    const put = await on(other, admin, 'PUT', '/api/v1/calendar/years/2027', {
      notice: '国务院办公厅关于2027年部分节假日安排的通知（测试）',
      days: [{ date: '2027-01-01', kind: 'holiday', name: '元旦', nameEn: "New Year's Day" }],
    });
    expect(put.statusCode).toBe(200);
    const after = (await on(t.app, sup, 'GET', url)).json();
    expect(after.provisional).toBe(false);
    expect((await on(other, sup, 'GET', url)).json()).toEqual(after);
    const years = (await on(t.app, admin, 'GET', '/api/v1/calendar/years')).json().items;
    expect(years.map((y: { year: number }) => y.year)).toContain(2027);
  });

  it('第九条: a step taken through one server shows on the other’s case page and list at once; a refused step renews nothing, a step renews its county alone', async () => {
    const sup = await login('zezhou-sup1');
    const [c] = await t.ctx.db.query<{ id: string; version: number }>(sql`
      SELECT id, version FROM supervision_cases WHERE state = 'registered' AND region_code = '140525'
      ORDER BY updated_at DESC LIMIT 1`);
    const listUrl = '/api/v1/cases?state=registered&limit=50';
    // both servers have read and kept the page and the list
    for (const app of [t.app, other]) {
      expect((await on(app, sup, 'GET', `/api/v1/cases/${c.id}`)).json()).toMatchObject({
        state: 'registered',
      });
      const ids = (await on(app, sup, 'GET', listUrl)).json().items.map((i: { id: string }) => i.id);
      expect(ids).toContain(c.id);
    }
    const stamps = async () =>
      Object.fromEntries(
        (
          await t.ctx.db.query<{ topic: string; stamp: string }>(
            sql`SELECT topic, stamp::text FROM change_stamps WHERE topic LIKE 'cases:%'`,
          )
        ).map((r) => [r.topic, r.stamp]),
      );
    const before = await stamps();
    // refused (第九条: the filing form needs its reason): nothing written, nothing renewed
    const bad = await on(other, sup, 'POST', `/api/v1/cases/${c.id}/actions`, {
      version: c.version,
      action: { type: 'draft_filing' },
    });
    expect(bad.statusCode).toBe(400);
    expect(await stamps()).toEqual(before);
    const ok = await on(other, sup, 'POST', `/api/v1/cases/${c.id}/actions`, {
      version: c.version,
      action: {
        type: 'draft_filing',
        caseName: '检查时未出示执法证件案',
        proposal: 'file',
        reason: '属于本机关监督范围',
      },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().state).not.toBe('registered');
    // the county's cases are renewed, and nothing of another county's
    const after = await stamps();
    expect(after['cases:140525']).not.toBe(before['cases:140525']);
    for (const [topic, value] of Object.entries(before))
      if (/^cases:\d+$/.test(topic) && topic !== 'cases:140525') expect(after[topic]).toBe(value);
    expect(Object.keys(before).filter((k) => /^cases:\d+$/.test(k)).length).toBeGreaterThan(1);
    for (const app of [t.app, other]) {
      const page = (await on(app, sup, 'GET', `/api/v1/cases/${c.id}`)).json();
      expect(page).toMatchObject({ state: ok.json().state, version: ok.json().version });
      const ids = (await on(app, sup, 'GET', listUrl)).json().items.map((i: { id: string }) => i.id);
      expect(ids).not.toContain(c.id);
    }
  });

  it('第二条: what one scope read is never answered to another from memory', async () => {
    const county = await login('zezhou-sup1');
    const otherCounty = await login('gaoping-sup1');
    const [c] = await t.ctx.db.query<{ id: string }>(sql`
      SELECT id FROM supervision_cases WHERE region_code = '140525' ORDER BY updated_at DESC LIMIT 1`);
    expect((await on(t.app, county, 'GET', `/api/v1/cases/${c.id}`)).statusCode).toBe(200);
    expect((await on(t.app, otherCounty, 'GET', `/api/v1/cases/${c.id}`)).statusCode).toBe(404);
    const mine = (await on(t.app, county, 'GET', '/api/v1/cases?limit=50')).json();
    const theirs = (await on(t.app, otherCounty, 'GET', '/api/v1/cases?limit=50')).json();
    expect(mine.items.map((i: { id: string }) => i.id)).toContain(c.id);
    expect(theirs.items.map((i: { id: string }) => i.id)).not.toContain(c.id);
  });

  it('第十条: a write to a case renews its reviewing organ’s stamp too; renewing all makes every region’s', async () => {
    const topics = async () =>
      new Map(
        (
          await t.ctx.db.query<{ topic: string; stamp: string }>(
            sql`SELECT topic, stamp::text FROM change_stamps`,
          )
        ).map((r) => [r.topic, r.stamp]),
      );
    const [c] = await t.ctx.db.query<{ id: string; region_code: string; reviewing_organ_id: string }>(sql`
      SELECT id, region_code, reviewing_organ_id FROM supervision_cases WHERE reviewing_organ_id IS NOT NULL LIMIT 1`);
    const before = await topics();
    await t.ctx.db.tx(async (tx) => {
      await tx.query(sql`UPDATE supervision_cases SET title = title WHERE id = ${c.id}`);
      await tx.query(sql`UPDATE supervision_cases SET title = title WHERE id = ${c.id}`);
    });
    const after = await topics();
    for (const topic of [`cases:${c.region_code}`, `cases:org:${c.reviewing_organ_id}`])
      expect(after.get(topic), topic).not.toBe(before.get(topic));
    expect(after.get('people')).toBe(before.get('people'));
    await t.ctx.db.exec('SELECT change_stamps_renew_all()');
    const all = await topics();
    const regions = await t.ctx.db.query<{ code: string }>(sql`SELECT code FROM regions`);
    for (const r of regions) expect(all.has(`cases:${r.code}`), r.code).toBe(true);
    for (const [topic, stamp] of after) expect(all.get(topic), topic).not.toBe(stamp);
  });
});
