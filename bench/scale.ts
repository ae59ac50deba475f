// npm run bench:scale — a province-sized data set in PostgreSQL: 10 million enforcement acts
// over five years across about 3,000 agencies and a million supervision cases with their
// petitions (BENCH_SCALE=1), loaded by COPY; then the case list, the case page, the dashboards
// and the assessment timed over HTTP as the city's and a county's supervisor, at that size and
// at a tenth of it, each in its own scratch database. Prints figures against the goals.
import pg from 'pg';
import { buildApp } from '../apps/api/src/app.ts';
import { loadConfig } from '../apps/api/src/config.ts';
import { migrate } from '../apps/api/src/db/migrate.ts';
import { openPostgres } from '../apps/api/src/db/postgres.ts';
import { seedBase } from '../apps/api/src/seeds/base.ts';
import { seedDemo } from '../apps/api/src/seeds/demo.ts';
import { seedDemoCases } from '../apps/api/src/seeds/demo-cases.ts';
import { loadActs, loadCases } from './scale/load.ts';
import { login, measure, pct, type Timing } from './scale/measure.ts';
import { buildProvince } from './scale/province.ts';

const PASSWORD = 'Bench-pass-2026';
const NOW = new Date('2026-11-26T02:00:00Z');
const SCALE = Number(process.env.BENCH_SCALE || 1);
const KEEP = process.env.BENCH_KEEP === '1';
/** a database kept by an earlier run (BENCH_KEEP=1): migrated to this build and measured again, not reloaded */
const REUSE = process.env.BENCH_DB;
const N = Number(process.env.BENCH_N || 200);
const PG_URL = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

/** the goal a query is held to, on its 99th percentile */
const GOALS: Record<string, number> = { list: 50, page: 50, dashboard: 300, assessment: 10_000 };

interface Query {
  name: string;
  goal: keyof typeof GOALS;
  user: 'city' | 'county';
  paths: (ids: Ids) => string[];
  n: number;
}
interface Ids {
  city: string[];
  county: string[];
  cityAgency: string;
}

const list = (qs: string) => () => [`/api/v1/cases?${qs}`];
const ALL_QUERIES: Query[] = [
  { name: 'case list, city, page 1', goal: 'list', user: 'city', paths: list('limit=50'), n: N },
  {
    name: 'case list, city, state=closed',
    goal: 'list',
    user: 'city',
    paths: list('state=closed&limit=50'),
    n: N,
  },
  {
    name: 'case list, city, state=investigating',
    goal: 'list',
    user: 'city',
    paths: list('state=investigating&limit=50'),
    n: N,
  },
  {
    name: 'case list, city, one county',
    goal: 'list',
    user: 'city',
    paths: list('regionCode=140525&limit=50'),
    n: N,
  },
  {
    name: 'case list, city, one agency',
    goal: 'list',
    user: 'city',
    paths: (i) => [`/api/v1/cases?agencyId=${i.cityAgency}&limit=50`],
    n: N,
  },
  {
    name: 'case list, city, overdue',
    goal: 'list',
    user: 'city',
    paths: list('overdue=true&limit=50'),
    n: N,
  },
  {
    name: 'case list, city, search "市场"',
    goal: 'list',
    user: 'city',
    paths: list(`q=${encodeURIComponent('市场')}&limit=50`),
    n: N,
  },
  {
    name: 'case list, city, page 100',
    goal: 'list',
    user: 'city',
    paths: list('limit=50&offset=4950'),
    n: N,
  },
  { name: 'case list, county, page 1', goal: 'list', user: 'county', paths: list('limit=50'), n: N },
  {
    name: 'case list, county, page 20',
    goal: 'list',
    user: 'county',
    paths: list('limit=50&offset=950'),
    n: N,
  },
  {
    name: 'case page, city',
    goal: 'page',
    user: 'city',
    paths: (i) => i.city.map((id) => `/api/v1/cases/${id}`),
    n: N,
  },
  {
    name: 'case page, county',
    goal: 'page',
    user: 'county',
    paths: (i) => i.county.map((id) => `/api/v1/cases/${id}`),
    n: N,
  },
  {
    name: 'dashboard, city, 2025',
    goal: 'dashboard',
    user: 'city',
    paths: () => ['/api/v1/dashboard?from=2025-01-01&to=2025-12-31&region=140500'],
    n: 30,
  },
  {
    name: 'dashboard, county, 2025',
    goal: 'dashboard',
    user: 'county',
    paths: () => ['/api/v1/dashboard?from=2025-01-01&to=2025-12-31&region=140525'],
    n: 30,
  },
  {
    name: 'assessment, city, 2025',
    goal: 'assessment',
    user: 'city',
    paths: () => ['/api/v1/assessment?year=2025'],
    n: 3,
  },
  {
    name: 'assessment export, city, 2025',
    goal: 'assessment',
    user: 'city',
    paths: () => ['/api/v1/assessment/export.xlsx?year=2025'],
    n: 3,
  },
];
/** BENCH_ONLY (a regular expression) keeps the queries whose names match it */
const QUERIES = ALL_QUERIES.filter(
  (q) => !process.env.BENCH_ONLY || new RegExp(process.env.BENCH_ONLY).test(q.name),
);

/** a progress line, rewritten in place on a terminal, every millionth row in a log */
const progress = (label: string) => {
  const t0 = performance.now();
  return (what: string, k: number) => {
    const line = `  ${label}: ${what} ${k.toLocaleString()} rows, ${((performance.now() - t0) / 1000).toFixed(0)} s`;
    if (process.stdout.isTTY) process.stdout.write(`\r${line}   `);
    else if (k % 1_000_000 === 0) console.log(line);
  };
};

/** the demo installation, then the province around it by COPY */
async function load(db: Awaited<ReturnType<typeof openPostgres>>, acts: number, label: string, name: string) {
  const cases = Math.round(acts / 10);
  console.log(
    `\n${label}: ${acts.toLocaleString()} acts, ${cases.toLocaleString()} cases (database ${name})`,
  );
  await migrate(db);
  await seedBase(db, NOW);
  await seedDemo(db, NOW, PASSWORD);
  await seedDemoCases(db, NOW);
  const t0 = performance.now();
  const tick = progress(label);
  const province = await buildProvince(db.pool, NOW);
  await loadActs(db.pool, province, acts, tick);
  await loadCases(db.pool, province, cases, tick);
  // the load bypassed the triggers that keep the case list's totals (0016): count them once
  await db.pool.query('SELECT case_totals_recount()');
  // and those that renew the change stamps (0090, 0095): what a process keeps of the demo is stale now
  await db.pool.query('SELECT change_stamps_renew_all()');
  const loadS = (performance.now() - t0) / 1000;
  const t1 = performance.now();
  // as autovacuum would leave it: statistics, and the visibility map for index-only scans
  await db.pool.query('VACUUM (ANALYZE)');
  if (process.stdout.isTTY) process.stdout.write('\n');
  console.log(
    `  loaded by COPY in ${loadS.toFixed(0)} s (${Math.round(acts / loadS).toLocaleString()} acts/s with the rest), VACUUM ANALYZE ${((performance.now() - t1) / 1000).toFixed(0)} s; ${province.agencies.length.toLocaleString()} agencies`,
  );
}

async function runAt(admin: pg.Client, acts: number, label: string, reuse?: string): Promise<Timing[]> {
  const name = reuse ?? `jiandu_scale_${label}_${process.pid}`;
  if (!reuse) {
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.query(`CREATE DATABASE ${name}`);
  }
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  const db = await openPostgres(url.toString());
  try {
    if (reuse) {
      console.log(`\n${label}: the kept database ${name}, migrated to this build`);
      const t0 = performance.now();
      await migrate(db);
      await db.pool.query('VACUUM (ANALYZE)');
      console.log(`  migrated and analysed in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
    } else await load(db, acts, label, name);
    const sizes = await db.pool.query<{ t: string; rows: string; size: string }>(`
      SELECT c.relname AS t, c.reltuples::bigint AS rows, pg_size_pretty(pg_total_relation_size(c.oid)) AS size
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r' AND pg_total_relation_size(c.oid) > 1000000
      ORDER BY pg_total_relation_size(c.oid) DESC`);
    for (const s of sizes.rows)
      console.log(
        `    ${s.t.padEnd(20)} ${Number(s.rows).toLocaleString().padStart(12)} rows ${s.size.padStart(9)}`,
      );
    const [{ size }] = (
      await db.pool.query(`SELECT pg_size_pretty(pg_database_size(current_database())) AS size`)
    ).rows;
    console.log(`    database: ${size}`);

    const ids: Ids = {
      city: (
        await db.pool.query(
          `SELECT id FROM supervision_cases WHERE region_code LIKE '1405%' ORDER BY random() LIMIT 200`,
        )
      ).rows.map((r) => r.id),
      county: (
        await db.pool.query(
          `SELECT id FROM supervision_cases WHERE region_code = '140525' ORDER BY random() LIMIT 200`,
        )
      ).rows.map((r) => r.id),
      cityAgency: (await db.pool.query(`SELECT id FROM organisations WHERE name = '晋城市市场监督管理局'`))
        .rows[0].id,
    };
    const app = await buildApp(
      {
        db,
        config: { ...loadConfig({}), loginRateLimit: 1000, webDist: '/nonexistent', logLevel: 'warn' },
        now: () => NOW,
        version: 'bench',
      },
      { logger: false },
    );
    await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
      const users = {
        city: await login(base, 'city-sup1', PASSWORD),
        county: await login(base, 'zezhou-sup1', PASSWORD),
      };
      const out: Timing[] = [];
      for (const q of QUERIES) {
        out.push(await measure(users[q.user], q.name, q.paths(ids), q.n, q.goal === 'assessment' ? 1 : 10));
      }
      return out;
    } finally {
      await app.close();
    }
  } finally {
    await db.close();
    if (!KEEP && !reuse) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    else console.log(`  kept database ${name}`);
  }
}

/** one column of timings per database measured */
function report(columns: { label: string; timings: Timing[] }[]) {
  const cell = (t: Timing, goal: number) => {
    if (!t.ms) return 'not available'.padEnd(30);
    const [p50, p95, p99] = [50, 95, 99].map((p) => pct(t.ms!, p));
    const f = (v: number) => (v >= 1000 ? `${(v / 1000).toFixed(1)}s` : v.toFixed(1));
    return `${f(p50)} / ${f(p95)} / ${f(p99)} ${p99 < goal ? '✓' : '✗'}`.padEnd(30);
  };
  console.log(
    `\n${'query'.padEnd(36)} ${'goal p99'.padEnd(9)} ${columns.map((c) => `${c.label} p50/p95/p99 ms`.padEnd(30)).join(' ')}`,
  );
  QUERIES.forEach((q, i) => {
    const goal = GOALS[q.goal];
    console.log(
      `${q.name.padEnd(36)} ${`${goal >= 1000 ? `${goal / 1000} s` : `${goal} ms`}`.padEnd(9)} ${columns.map((c) => cell(c.timings[i], goal)).join(' ')}`,
    );
  });
}

const admin = new pg.Client({ connectionString: PG_URL });
try {
  await admin.connect();
} catch {
  console.log(`PostgreSQL: not reachable at ${PG_URL.replace(/\/\/[^@]*@/, '//')}, nothing measured`);
  process.exit(0);
}
const [{ server_version }] = (await admin.query('SHOW server_version')).rows;
const acts = Math.round(10_000_000 * SCALE);
try {
  if (REUSE) {
    console.log(`bench:scale on the kept database ${REUSE}; PostgreSQL ${server_version}`);
    report([{ label: REUSE, timings: await runAt(admin, 0, 'kept', REUSE) }]);
  } else {
    console.log(
      `bench:scale at BENCH_SCALE=${SCALE}: ${acts.toLocaleString()} acts beside ${(acts / 10).toLocaleString()}; PostgreSQL ${server_version}`,
    );
    const small = await runAt(admin, Math.round(acts / 10), 'tenth');
    const full = await runAt(admin, acts, 'full');
    report([
      { label: `${(acts / 10).toLocaleString()} acts`, timings: small },
      { label: `${acts.toLocaleString()} acts`, timings: full },
    ]);
  }
} finally {
  await admin.end();
}
