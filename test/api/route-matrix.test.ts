// Every route of the API, from its route table, for every role: a route added tomorrow is
// covered without anyone remembering to add it here (第二条, 第四条: each sees and acts within
// its jurisdiction). Anonymous requests to anything not public are refused before the input is
// read; nothing answers 5xx to junk; another county's records are not found, read or written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RouteEntry } from '../../apps/api/src/app.ts';
import { verifyAuditChain } from '../../apps/api/src/audit/verify.ts';
import { sql } from '../../apps/api/src/db/sql.ts';
import { seedDemoAccountability } from '../../apps/api/src/seeds/demo-accountability.ts';
import { seedDemoActs } from '../../apps/api/src/seeds/demo-acts.ts';
import { seedDemoCases } from '../../apps/api/src/seeds/demo-cases.ts';
import { seedDemoEvaluation } from '../../apps/api/src/seeds/demo-evaluations.ts';
import { seedDemoInspections } from '../../apps/api/src/seeds/demo-inspections.ts';
import { type Client, startTestApp, type TestApp } from '../helpers/app.ts';

const ZEZHOU = '140525';
const NOWHERE = '00000000-0000-4000-8000-000000000000';

/** what the public may reach without logging in; a new one belongs here deliberately */
const PUBLIC = [
  'GET /api/v1/health',
  'POST /api/v1/auth/login',
  'GET /api/v1/regulation',
  'GET /api/v1/regulation/:id',
  'GET /api/v1/public/agencies',
  'POST /api/v1/public/petitions',
  'GET /api/v1/public/petitions/:code',
  'POST /api/v1/public/petitions/:code/attachments',
  'POST /api/v1/public/documents/verify',
  'GET /api/v1/public/announcements',
  'GET /api/v1/public/announcements/:id/pdf',
  'GET /api/v1/public/qualified-agencies',
  'GET /api/v1/public/certificates/:number',
];

/**
 * A record of 泽州县 for each kind a route names by its first segment: gaoping-sup1 must not
 * find it, zezhou's own staff must. A new kind of record needs its line here, or the test fails.
 */
const ZEZHOU_RECORD: Record<string, ReturnType<typeof sql>> = {
  cases: sql`SELECT id FROM supervision_cases WHERE region_code = ${ZEZHOU} ORDER BY registered_on LIMIT 1`,
  organisations: sql`SELECT id FROM organisations WHERE region_code = ${ZEZHOU} AND kind = 'supervision_organ'`,
  documents: sql`SELECT id FROM documents WHERE region_code = ${ZEZHOU} AND case_id IS NOT NULL ORDER BY issued_at LIMIT 1`,
  officers: sql`SELECT id FROM officers WHERE region_code = ${ZEZHOU} ORDER BY name LIMIT 1`,
  certificates: sql`SELECT c.id FROM certificates c JOIN officers o ON o.id = c.officer_id WHERE o.region_code = ${ZEZHOU} ORDER BY c.number LIMIT 1`,
  users: sql`SELECT u.id FROM users u JOIN organisations o ON o.id = u.organisation_id WHERE o.region_code = ${ZEZHOU} ORDER BY u.username LIMIT 1`,
  warnings: sql`SELECT id FROM warnings WHERE region_code = ${ZEZHOU} ORDER BY raised_at LIMIT 1`,
  qualifications: sql`SELECT id FROM qualifications WHERE region_code = ${ZEZHOU} LIMIT 1`,
  evaluations: sql`SELECT id FROM evaluation_campaigns WHERE region_code = ${ZEZHOU} LIMIT 1`,
  'evaluation-files': sql`SELECT id FROM evaluation_files WHERE region_code = ${ZEZHOU} ORDER BY draw_order LIMIT 1`,
  inspections: sql`SELECT id FROM inspections WHERE region_code = ${ZEZHOU} ORDER BY created_at LIMIT 1`,
  campaigns: sql`SELECT id FROM campaigns WHERE region_code = ${ZEZHOU} LIMIT 1`,
  accountability: sql`SELECT id FROM accountability_matters WHERE region_code = ${ZEZHOU} ORDER BY created_at LIMIT 1`,
  regions: sql`SELECT code AS id FROM regions WHERE code = ${ZEZHOU}`,
};
/** routes whose parameter is not a record of a jurisdiction */
const NOT_A_RECORD = [
  '/api/v1/calendar/years/:year',
  '/api/v1/regulation/:id',
  '/api/v1/regulation/:id/bases',
];
/** reads of a part a record may lack: not found says the part is missing, not the record */
const MAY_LACK = ['/api/v1/organisations/:id/seal', '/api/v1/organisations/:id/seal/image'];

const USERS = [
  'zezhou-sup1',
  'zezhou-head',
  'zezhou-admin',
  'zezhou-liaison',
  'gaoping-sup1',
  'city-sup1',
  'city-reviewer',
  'city-leader',
  'city-admin',
];

let t: TestApp;
let routes: RouteEntry[];
const clients: Record<string, Client> = {};
const zezhou: Record<string, string> = {};
beforeAll(async () => {
  t = await startTestApp();
  const now = t.clock.now;
  await seedDemoCases(t.ctx.db, now);
  await seedDemoActs(t.ctx.db, now);
  await seedDemoEvaluation(t.ctx.db, now);
  await seedDemoInspections(t.ctx.db, now);
  await seedDemoAccountability(t.ctx.db, now);
  await t.app.ready();
  routes = t.app.routeTable.filter((r) => r.url.startsWith('/api/v1/'));
  for (const u of USERS) clients[u] = await t.login(u);
  for (const [segment, query] of Object.entries(ZEZHOU_RECORD)) {
    const [row] = await t.ctx.db.query<{ id: string }>(query);
    if (row) zezhou[segment] = row.id;
  }
});
afterAll(() => t.close());

const key = (r: RouteEntry) => `${r.method} ${r.url}`;
const segmentOf = (url: string) => url.split('/')[3];
/** the URL with its first parameter set to `id` and any other to an id that exists nowhere */
const fill = (url: string, id: string) => {
  let first = true;
  return url.replace(/:[A-Za-z]+/g, () => {
    const v = first ? id : NOWHERE;
    first = false;
    return v;
  });
};
const send = (c: Client, r: RouteEntry, url: string) =>
  c.request({
    method: r.method as 'GET',
    url,
    payload: r.method === 'GET' || r.method === 'DELETE' ? undefined : {},
  });
const auditCount = async () =>
  (await t.ctx.db.query<{ n: number }>(sql`SELECT count(*)::int AS n FROM audit_events`))[0].n;

describe('第二条, 第四条: every route of the table', () => {
  it('the public routes are exactly the listed ones', () => {
    expect(
      routes
        .filter((r) => r.public)
        .map(key)
        .sort(),
    ).toEqual([...PUBLIC].sort());
  });

  it('anything not public refuses an anonymous request with 401 before reading its input', async () => {
    const answers: string[] = [];
    for (const r of routes) {
      const res = await send(t.anonymous, r, fill(r.url, NOWHERE));
      if (r.public) expect(res.statusCode, key(r)).toBeLessThan(500);
      else if (res.statusCode !== 401) answers.push(`${key(r)} → ${res.statusCode}`);
    }
    expect(answers).toEqual([]);
    console.log(
      `anonymous: ${routes.length} routes, ${routes.filter((r) => !r.public).length} refused with 401`,
    );
  });

  it('no route answers 5xx to any role, whatever the input names', async () => {
    const errors: string[] = [];
    let n = 0;
    for (const u of USERS)
      for (const r of routes) {
        if (r.url === '/api/v1/auth/logout') continue;
        for (const id of [NOWHERE, 'x'.repeat(300)]) {
          const res = await send(clients[u], r, fill(r.url, id));
          n++;
          if (res.statusCode >= 500)
            errors.push(`${u} ${key(r)} ${id.slice(0, 8)} → ${res.statusCode} ${res.body.slice(0, 120)}`);
        }
      }
    // a PDF needs LibreOffice: 503 says so, and is the one server answer allowed
    expect(errors.filter((e) => !/→ 503 .*LibreOffice/i.test(e))).toEqual([]);
    console.log(`${n} requests over ${routes.length} routes and ${USERS.length} users: no 5xx`);
  });

  it('every route naming a record is covered by a record of each kind', () => {
    const uncovered = routes
      .filter((r) => /\/:[A-Za-z]+/.test(r.url) && !r.public && !NOT_A_RECORD.includes(r.url))
      .filter((r) => !zezhou[segmentOf(r.url)])
      .map(key);
    expect(uncovered).toEqual([]);
  });

  it('another county finds none of 泽州县’s records, and changes none', async () => {
    const seen: string[] = [];
    const before = await auditCount();
    for (const r of routes) {
      if (r.public || NOT_A_RECORD.includes(r.url) || !/\/:[A-Za-z]+/.test(r.url)) continue;
      const res = await send(clients['gaoping-sup1'], r, fill(r.url, zezhou[segmentOf(r.url)]));
      if (res.statusCode < 300 || ![400, 403, 404, 409, 415, 422].includes(res.statusCode))
        seen.push(`${key(r)} → ${res.statusCode}`);
      if (r.method === 'GET' && res.statusCode === 200) seen.push(`${key(r)} read`);
    }
    expect(seen).toEqual([]);
    expect(await auditCount()).toBe(before);
    expect((await verifyAuditChain(t.ctx.db)).ok).toBe(true);
  });

  it('泽州县’s own staff find each of them', async () => {
    const hidden: string[] = [];
    for (const r of routes) {
      if (r.method !== 'GET' || r.public || NOT_A_RECORD.includes(r.url)) continue;
      if ((r.url.match(/:[A-Za-z]+/g) ?? []).length !== 1 || !r.url.includes('/:')) continue;
      const who =
        segmentOf(r.url) === 'users' || segmentOf(r.url) === 'regions' ? 'zezhou-admin' : 'zezhou-sup1';
      const res = await send(clients[who], r, fill(r.url, zezhou[segmentOf(r.url)]));
      if (res.statusCode === 403 || (res.statusCode === 404 && !MAY_LACK.includes(r.url)))
        hidden.push(`${who} ${key(r)} → ${res.statusCode}`);
    }
    expect(hidden).toEqual([]);
  });
});
