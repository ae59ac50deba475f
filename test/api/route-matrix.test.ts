// Every route of the API, from its route table, for every role: a route added tomorrow is
// covered without anyone remembering to add it here (第二条, 第四条: each sees and acts within
// its jurisdiction). Anonymous requests to anything not public are refused before the input is
// read; nothing answers 5xx to junk; another county's records are not found, read or written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RouteEntry } from '../../apps/api/src/app.ts';
import { verifyAuditChain } from '../../apps/api/src/audit/verify.ts';
import { sql } from '../../apps/api/src/db/sql.ts';
import { type Client, startTestApp, type TestApp } from '../helpers/app.ts';
import { fill, key, NOWHERE, seedEverything, segmentOf, zezhouRecords } from '../helpers/records.ts';

/** what the public may reach without logging in; a new one belongs here deliberately */
const PUBLIC = [
  'GET /api/v1/health',
  // for a load balancer: whether the process runs, and whether it is ready to serve
  'GET /api/v1/health/live',
  'GET /api/v1/health/ready',
  'POST /api/v1/auth/login',
  'POST /api/v1/auth/totp',
  'GET /api/v1/regulation',
  'GET /api/v1/regulation/:id',
  'GET /api/v1/public/agencies',
  'POST /api/v1/public/petitions',
  'GET /api/v1/public/petitions/:code',
  'POST /api/v1/public/petitions/:code/attachments',
  'POST /api/v1/public/documents/verify',
  'GET /api/v1/public/audit-checkpoints',
  'GET /api/v1/public/announcements',
  'GET /api/v1/public/announcements/:id/pdf',
  'GET /api/v1/public/qualified-agencies',
  'GET /api/v1/public/certificates/:number',
];

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
  await seedEverything(t);
  await t.app.ready();
  routes = t.app.routeTable.filter((r) => r.url.startsWith('/api/v1/'));
  for (const u of USERS) clients[u] = await t.login(u);
  Object.assign(zezhou, await zezhouRecords(t));
});
afterAll(() => t.close());

const send = (c: Client, r: RouteEntry, url: string) =>
  c.request({
    method: r.method as 'GET',
    url,
    payload: r.method === 'GET' || r.method === 'DELETE' ? undefined : {},
  });
const auditCount = async () =>
  (await t.ctx.db.query<{ n: number }>(sql`SELECT count(*)::int AS n FROM audit_events`))[0].n;

/**
 * One meaning per status code (docs/ARCHITECTURE.md): 400 names the fields at fault, 401 only
 * without a session, 403 refuses a role or place of work, 404 hides what is out of jurisdiction, 409
 * is the record's state or version, 422 is the law refusing valid input and names its article.
 */
function statusMeaning(status: number, body: string): string | null {
  if (status < 400 || status >= 500) return null;
  let p: { type?: string; fields?: unknown[]; article?: string };
  try {
    p = JSON.parse(body);
  } catch {
    return 'not problem+json';
  }
  const type = p.type?.replace('urn:jiandu:problem:', '');
  if (status === 400 && !p.fields?.length) return 'a 400 names no field';
  if (status === 401) return 'a logged-in user was answered 401';
  if (status === 403 && !['forbidden', 'refused_by_law'].includes(type ?? '')) return `403 of type ${type}`;
  if (status === 404 && type !== 'not_found') return `404 of type ${type}`;
  if (status === 409 && !['conflict', 'stale', 'refused_by_law'].includes(type ?? ''))
    return `409 of type ${type}`;
  if (status === 422 && !p.article) return 'a 422 names no article';
  return null;
}

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

  it('no route answers 5xx to any role, whatever the input names, and each 4xx means one thing', async () => {
    const errors: string[] = [];
    let n = 0;
    for (const u of USERS)
      for (const r of routes) {
        // these end the session the rest of the matrix runs on (tested in auth.test.ts)
        if (['/api/v1/auth/logout', '/api/v1/auth/logout-everywhere'].includes(r.url)) continue;
        for (const id of [NOWHERE, 'x'.repeat(300)]) {
          const res = await send(clients[u], r, fill(r.url, id));
          n++;
          if (res.statusCode >= 500)
            errors.push(`${u} ${key(r)} ${id.slice(0, 8)} → ${res.statusCode} ${res.body.slice(0, 120)}`);
          const meaning = statusMeaning(res.statusCode, res.body);
          if (meaning) errors.push(`${u} ${key(r)} ${id.slice(0, 8)} → ${res.statusCode}: ${meaning}`);
        }
      }
    // a PDF needs LibreOffice: 503 says so, and is the one server answer allowed
    expect(errors.filter((e) => !/→ 503 .*LibreOffice/i.test(e))).toEqual([]);
    console.log(`${n} requests over ${routes.length} routes and ${USERS.length} users: no 5xx`);
    // thousands of requests, some rendering documents: bounded by their number, not a clock
  }, 300_000);

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
