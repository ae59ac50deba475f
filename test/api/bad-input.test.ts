// Bad input on every write route (property-based, fast-check): values shaped by each route's
// own schema but hostile — wrong types, missing fields, zero-width and direction-override
// characters, NUL, lone surrogates, emoji, 全角, boundary numbers, impossible and extreme dates —
// sent by staff of several roles, in bodies and in query strings. No request may answer 5xx; a refused one names what it refuses and leaves the database and the
// audit chain exactly as they were. JIANDU_FUZZ_REQUESTS sets how many (CI: 10,000).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { RouteEntry } from '../../apps/api/src/app.ts';
import { verifyAuditChain } from '../../apps/api/src/audit/verify.ts';
import { sql } from '../../apps/api/src/db/sql.ts';
import { type Client, startTestApp, type TestApp } from '../helpers/app.ts';
import { fromSchema, queryString } from '../helpers/arbitrary.ts';
import { fill, key, NOWHERE, seedEverything, segmentOf, zezhouRecords } from '../helpers/records.ts';

const REQUESTS = Number(process.env.JIANDU_FUZZ_REQUESTS || 1500);
/** reads are slower than refused writes: a third as many query strings */
const QUERIES = Math.ceil(REQUESTS / 3);
const USERS = ['zezhou-sup1', 'zezhou-head', 'zezhou-admin', 'zezhou-liaison', 'city-admin'];
/** their own tests cover them; here they would only end the sessions the fuzzing uses */
const SKIP = [
  'POST /api/v1/auth/login',
  'POST /api/v1/auth/logout',
  'POST /api/v1/auth/logout-everywhere',
  'POST /api/v1/users/:id/password',
];

let t: TestApp;
let writes: (RouteEntry & { arb: fc.Arbitrary<unknown> })[];
let queried: (RouteEntry & { arb: fc.Arbitrary<unknown> })[];
let records: Record<string, string>;
const clients: Record<string, Client> = {};
let tables: string[];

beforeAll(async () => {
  t = await startTestApp();
  await seedEverything(t);
  await t.app.ready();
  records = await zezhouRecords(t);
  const ids = [...Object.values(records), NOWHERE];
  writes = t.app.routeTable
    .filter((r) => r.url.startsWith('/api/v1/') && r.method !== 'GET' && !SKIP.includes(key(r)))
    .map((r) => {
      let schema: object = {};
      try {
        if (r.body) schema = z.toJSONSchema(r.body as z.ZodType, { io: 'input', unrepresentable: 'any' });
      } catch {
        // a schema JSON Schema cannot express is fed arbitrary values
      }
      return { ...r, arb: fromSchema(schema, ids) };
    });
  queried = t.app.routeTable
    .filter((r) => r.url.startsWith('/api/v1/') && r.querystring && !SKIP.includes(key(r)))
    .map((r) => {
      let schema: object = {};
      try {
        schema = z.toJSONSchema(r.querystring as z.ZodType, { io: 'input', unrepresentable: 'any' });
      } catch {
        // likewise
      }
      return { ...r, arb: fromSchema(schema, ids) };
    });
  for (const u of USERS) clients[u] = await t.login(u);
  // sessions and the shared rate-limit counters (PostgreSQL) count requests, not records
  tables = (
    await t.ctx.db.query<{ table_name: string }>(sql`
      SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
        AND table_name NOT IN ('sessions', 'rate_limits') ORDER BY table_name`)
  ).map((r) => r.table_name);
});
afterAll(() => t.close());

/** every table's row count and the audit chain's head: what a refused request must not move */
async function fingerprint() {
  const counts = sql.raw(tables.map((n) => `(SELECT count(*) FROM "${n}")::text`).join(" || ',' || "));
  const [row] = await t.ctx.db.query<{ f: string }>(sql`SELECT ${counts} AS f`);
  const [head] = await t.ctx.db.query<{ h: string }>(
    sql`SELECT coalesce(max(seq), 0)::text AS h FROM audit_events`,
  );
  return `${row.f}|${head.h}`;
}

describe('bad input on every write route', () => {
  it(
    `no 5xx, a refusal names its reason, and a refused request changes nothing (${REQUESTS} requests)`,
    async () => {
      let sent = 0;
      const byStatus = new Map<number, number>();
      const problems: string[] = [];
      let before = await fingerprint();
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...writes).chain((r) => fc.tuple(fc.constant(r), r.arb)),
          fc.constantFrom(...USERS),
          fc.boolean(),
          fc.oneof(
            { weight: 9, arbitrary: fc.constant(null) },
            { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
          ),
          async ([route, body], user, realRecord, raw) => {
            const id = realRecord ? (records[segmentOf(route.url)] ?? NOWHERE) : NOWHERE;
            const res = await clients[user].request({
              method: route.method as 'POST',
              url: fill(route.url, id),
              headers: { 'content-type': 'application/json' },
              payload: raw ?? JSON.stringify(body),
            });
            sent++;
            byStatus.set(res.statusCode, (byStatus.get(res.statusCode) ?? 0) + 1);
            const what = `${user} ${key(route)} → ${res.statusCode}: ${JSON.stringify(body).slice(0, 200)} ${res.body.slice(0, 200)}`;
            if (res.statusCode >= 500 && !(res.statusCode === 503 && /LibreOffice/i.test(res.body)))
              problems.push(what);
            if (res.statusCode >= 400) {
              const p = res.json();
              if (!p.title || !p.title_en) problems.push(`no reason: ${what}`);
              if (p.code === 'validation' && !p.fields?.length) problems.push(`no field: ${what}`);
              const after = await fingerprint();
              if (after !== before) problems.push(`changed by a refusal: ${what}`);
              before = after;
            } else before = await fingerprint();
            return problems.length === 0;
          },
        ),
        { numRuns: REQUESTS, seed: 20261127, endOnFailure: true },
      );
      expect(problems).toEqual([]);
      expect((await verifyAuditChain(t.ctx.db)).ok).toBe(true);
      console.log(
        `${sent} requests over ${writes.length} write routes: ${[...byStatus]
          .sort((a, b) => a[0] - b[0])
          .map(([s, n]) => `${s}×${n}`)
          .join(' ')}`,
      );
    },
    60_000 + REQUESTS * 20,
  );

  it(
    `query strings of every route that reads one: no 5xx, and a refusal names its field (${QUERIES} requests)`,
    async () => {
      const problems: string[] = [];
      const byStatus = new Map<number, number>();
      let before = await fingerprint();
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...queried).chain((r) => fc.tuple(fc.constant(r), r.arb)),
          fc.constantFrom(...USERS),
          fc.boolean(),
          async ([route, values], user, realRecord) => {
            const id = realRecord ? (records[segmentOf(route.url)] ?? NOWHERE) : NOWHERE;
            const res = await clients[user].request({
              method: route.method as 'GET',
              url: `${fill(route.url, id)}?${queryString(values)}`,
              ...(route.method === 'GET'
                ? {}
                : { headers: { 'content-type': 'application/json' }, payload: '{}' }),
            });
            byStatus.set(res.statusCode, (byStatus.get(res.statusCode) ?? 0) + 1);
            const what = `${user} ${key(route)} → ${res.statusCode}: ${queryString(values).slice(0, 200)} ${res.body.slice(0, 200)}`;
            if (res.statusCode >= 500 && !(res.statusCode === 503 && /LibreOffice/i.test(res.body)))
              problems.push(what);
            if (res.statusCode >= 400) {
              const p = res.json();
              if (!p.title || !p.title_en) problems.push(`no reason: ${what}`);
              if (p.code === 'validation' && !p.fields?.length) problems.push(`no field: ${what}`);
            }
            const after = await fingerprint();
            if (res.statusCode >= 400 && after !== before) problems.push(`changed by a refusal: ${what}`);
            before = after;
            return problems.length === 0;
          },
        ),
        { numRuns: QUERIES, seed: 20261202, endOnFailure: true },
      );
      expect(problems).toEqual([]);
      console.log(
        `${QUERIES} query strings over ${queried.length} routes: ${[...byStatus]
          .sort((a, b) => a[0] - b[0])
          .map(([s, n]) => `${s}×${n}`)
          .join(' ')}`,
      );
    },
    60_000 + QUERIES * 40,
  );

  it('NUL and lone surrogates in a query or body field, and dates outside 1900–2200, answer 400 naming the field', async () => {
    const c = clients['zezhou-sup1'];
    const nul = await c.get('/api/v1/cases?q=%E5%BC%A0%00');
    expect(nul.statusCode, nul.body).toBe(400);
    expect(nul.json().fields[0].field).toBe('query.q');
    const half = await c.get('/api/v1/cases?q=%ED%A0%80');
    expect(half.statusCode).toBeLessThan(500);
    const before = await fingerprint();
    for (const [payload, field] of [
      ['{"action":"file","note":"\\ud800 half a pair"}', 'note'],
      ['{"action":"file","facts":{"k\\u0000":1}}', 'facts.k\u0000'],
    ]) {
      const res = await c.request({
        method: 'POST',
        url: `/api/v1/cases/${NOWHERE}/actions`,
        headers: { 'content-type': 'application/json' },
        payload,
      });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().fields[0].field).toBe(field);
    }
    for (const from of ['0000-01-01', '1899-12-31', '2201-01-01', '9999-12-31']) {
      const res = await c.get(`/api/v1/calendar/deadline?from=${from}&workingDays=5`);
      expect(res.statusCode, from).toBe(400);
      expect(res.json().fields[0].field).toBe('query.from');
    }
    expect((await c.get('/api/v1/calendar/deadline?from=2099-12-01&workingDays=5')).statusCode).toBeLessThan(
      500,
    );
    expect(await fingerprint()).toBe(before);
  });
});
