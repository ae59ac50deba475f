// npm run bench:profile — where an authenticated read spends its time, on the embedded
// database: each request of a kind run in turn in process (no network), its wall time split
// into the time the database took (every query timed) and the rest (routing, validation, the
// procedure, serialising), with the queries it made. Prints figures; asserts nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../apps/api/src/app.ts';
import { loadConfig } from '../apps/api/src/config.ts';
import type { AppContext } from '../apps/api/src/context.ts';
import { migrate } from '../apps/api/src/db/migrate.ts';
import { openPglite } from '../apps/api/src/db/pglite.ts';
import { sql } from '../apps/api/src/db/sql.ts';
import { seedBase } from '../apps/api/src/seeds/base.ts';
import { seedDemo } from '../apps/api/src/seeds/demo.ts';
import { seedDemoCases } from '../apps/api/src/seeds/demo-cases.ts';

const RUNS = Number(process.env.PROFILE_RUNS || 300);
const PASSWORD = 'Profile-pass-2026';

const db = await openPglite();
await migrate(db);
const now = new Date();
await seedBase(db, now);
await seedDemo(db, now, PASSWORD);
await seedDemoCases(db, now);

// every query timed, by the first words of its text
let log: { head: string; ms: number }[] | null = null;
let paused = false;
const query = db.query.bind(db);
db.query = (async (q: Parameters<typeof db.query>[0]) => {
  const t0 = performance.now();
  try {
    return await query(q);
  } finally {
    if (!paused)
      log?.push({ head: q.text.replace(/\s+/g, ' ').trim().slice(0, 70), ms: performance.now() - t0 });
  }
}) as typeof db.query;

const keys = fs.mkdtempSync(path.join(os.tmpdir(), 'jiandu-profile-'));
const config = {
  ...loadConfig({}),
  webDist: '/nonexistent',
  keyDir: keys,
  checkpointFile: path.join(keys, 'cp'),
};
const ctx: AppContext = { db, config, now: () => new Date(), version: 'profile' };
const app = await buildApp(ctx, {});
const login = await app.inject({
  method: 'POST',
  url: '/api/v1/auth/login',
  payload: { username: 'city-sup1', password: PASSWORD },
});
const cookie = String(login.headers['set-cookie']).split(';')[0];
const [c] = await db.query<{ id: string }>(
  sql`SELECT id FROM supervision_cases ORDER BY updated_at DESC LIMIT 1`,
);

// a case written anywhere: what the process keeps of cases (0095) is read again
const caseWritten = async () => {
  await db.exec(`UPDATE change_stamps SET stamp = gen_random_uuid() WHERE topic LIKE 'cases:%'`);
};
const kinds: [string, string, boolean, (() => Promise<void>)?][] = [
  ['GET /api/v1/health', '/api/v1/health', false],
  ['GET /api/v1/calendar/deadline', '/api/v1/calendar/deadline?from=2026-09-27&workingDays=5', true],
  ['GET /api/v1/cases (city, 20 a page)', '/api/v1/cases?limit=20', true],
  ['GET /api/v1/cases/:id (case page)', `/api/v1/cases/${c.id}`, true],
  ['GET /api/v1/cases, after a case is written', '/api/v1/cases?limit=20', true, caseWritten],
  ['GET /api/v1/cases/:id, after a case is written', `/api/v1/cases/${c.id}`, true, caseWritten],
];
console.log(`${RUNS} requests of each kind, one at a time, in process (PGlite):\n`);
for (const [title, url, auth, before] of kinds) {
  const get = () => app.inject({ method: 'GET', url, headers: auth ? { cookie } : {} });
  for (let i = 0; i < 30; i++) await get();
  log = [];
  let wall = 0;
  for (let i = 0; i < RUNS; i++) {
    if (before) {
      // the write before each request is neither timed nor logged
      paused = true;
      await before();
      paused = false;
    }
    const t0 = performance.now();
    const res = await get();
    wall += performance.now() - t0;
    if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body.slice(0, 200)}`);
  }
  wall /= RUNS;
  const inDb = log.reduce((a, q) => a + q.ms, 0) / RUNS;
  // queries asked at once (Promise.all) wait for each other on the one embedded connection:
  // their times add up to more than the request's
  const rest = wall - inDb;
  console.log(
    `${title.padEnd(40)} ${wall.toFixed(2)} ms a request: database ${inDb.toFixed(2)} ms in ${(log.length / RUNS).toFixed(1)} queries, ${rest >= 0 ? `the rest ${rest.toFixed(2)} ms` : 'queries overlapping'}`,
  );
  const by = new Map<string, { n: number; ms: number }>();
  for (const q of log) {
    const b = by.get(q.head) ?? { n: 0, ms: 0 };
    b.n++;
    b.ms += q.ms;
    by.set(q.head, b);
  }
  for (const [head, b] of [...by].sort((x, y) => y[1].ms - x[1].ms).slice(0, 8))
    console.log(`    ${(b.ms / RUNS).toFixed(2).padStart(6)} ms  ×${(b.n / RUNS).toFixed(1)}  ${head}`);
  log = null;
}
await app.close();
await db.close();
fs.rmSync(keys, { recursive: true, force: true });
