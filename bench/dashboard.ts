// npm run bench:dashboard — the dashboard (第五条) on PostgreSQL with a province's data: ~3,000
// agencies in ~110 regions, a million petitions and cases over five years with their steps, the
// warnings of ten million enforcement acts (one act in six warned: ~1.7 million), officers,
// certificates and accountability matters, generated in SQL into a fresh database under one city
// so that the city supervisor's dashboard reads all of it. No figure reads the acts themselves,
// only their warnings, so by default a million acts are stored to carry them
// (BENCH_ACTS=10000000 stores all ten million; it takes a while). Prints the time of the whole dashboard and of each figure, for the
// whole jurisdiction and for one county. Asserts nothing.
import pg from 'pg';
import { auditActor } from '../apps/api/src/access/actor.ts';
import { actorByUsername } from '../apps/api/src/access/load-actor.ts';
import type { Db } from '../apps/api/src/db/client.ts';
import { migrate } from '../apps/api/src/db/migrate.ts';
import { openPostgres } from '../apps/api/src/db/postgres.ts';
import { sql } from '../apps/api/src/db/sql.ts';
import * as f from '../apps/api/src/domains/dashboard/figures.ts';
import { readDashboard } from '../apps/api/src/domains/dashboard/service.ts';
import { seedBase } from '../apps/api/src/seeds/base.ts';
import { seedDemo } from '../apps/api/src/seeds/demo.ts';
import type { UseCase } from '../apps/api/src/use-case.ts';

const NOW = new Date('2026-11-26T02:00:00Z');
const TODAY = '2026-11-26';
const CASES = Number(process.env.BENCH_CASES || 1_000_000);
const ACTS = Number(process.env.BENCH_ACTS || 1_000_000);
/** the warnings of ten million acts, one act in six warned */
const WARNINGS = Number(process.env.BENCH_WARNINGS || 1_670_000);
const AGENCIES = Number(process.env.BENCH_AGENCIES || 3_000);
const REGIONS = 110;
const RUNS = 5;
const PG_URL =
  process.env.BENCH_PG_URL || process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

async function step(db: Db, label: string, text: string) {
  const t0 = performance.now();
  await db.exec(text);
  console.log(`  ${label}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

/** five years of data, dated from 2021-12-01 (the measures' start) to today */
async function fill(db: Db) {
  console.log(
    `generating: ${AGENCIES} agencies, ${CASES} petitions and cases, ${ACTS} acts, ${WARNINGS} warnings`,
  );
  await step(
    db,
    'regions',
    `INSERT INTO regions (code, name, name_en, level, parent_code, path)
     SELECT (149000 + i)::text, '县' || i, 'County ' || i, 'county', '140500', '140000/140500/' || (149000 + i) || '/'
     FROM generate_series(1, ${REGIONS}) i;
     INSERT INTO organisations (id, kind, name, region_code)
     SELECT gen_random_uuid(), 'government', '县' || i || '人民政府', (149000 + i)::text FROM generate_series(1, ${REGIONS}) i;
     CREATE UNLOGGED TABLE bench_regions AS SELECT row_number() OVER (ORDER BY code) - 1 AS n, code FROM regions WHERE level = 'county';
     INSERT INTO organisations (id, kind, agency_kind, name, region_code, parent_id)
     SELECT gen_random_uuid(), 'agency', 'organ', '执法机关' || i, r.code, g.id
     FROM generate_series(1, ${AGENCIES}) i
     JOIN bench_regions r ON r.n = i % (SELECT count(*) FROM bench_regions)
     JOIN organisations g ON g.region_code = r.code AND g.kind = 'government';
     CREATE UNLOGGED TABLE bench_agencies AS
       SELECT row_number() OVER (ORDER BY id) - 1 AS n, id, region_code FROM organisations WHERE kind = 'agency';
     CREATE UNLOGGED TABLE bench_organ AS SELECT id FROM organisations WHERE kind = 'supervision_organ' LIMIT 1;`,
  );
  const na = `(SELECT count(*) FROM bench_agencies)`;
  await step(
    db,
    'petitions',
    `INSERT INTO petitions (id, tracking_hash, kind, channel, petitioner_name, agency_id, region_code, summary, received_at)
     SELECT gen_random_uuid(), md5(i::text), (ARRAY['application','complaint','report'])[1 + i % 3],
       (ARRAY['public_web','paper','phone','hotline_12345','visit'])[1 + i % 5], '某某', a.id, a.region_code, '事由',
       timestamptz '2021-12-01' + (i % 1821) * interval '1 day'
     FROM generate_series(1, ${CASES}) i JOIN bench_agencies a ON a.n = (i::bigint * 7919) % ${na};`,
  );
  // a case's facts as the procedure keeps them: a notice for a fifth, an order for a twentieth
  await step(
    db,
    'cases',
    `INSERT INTO supervision_cases (id, source, organ_id, agency_id, region_code, pack_id, title, state, facts, registered_on, created_at, updated_at, case_number)
     SELECT gen_random_uuid(), (ARRAY['petition','petition','petition','evaluation','inspection','information','campaign'])[1 + i % 7],
       (SELECT id FROM bench_organ), a.id, a.region_code, 'jincheng-2021', '案件' || i, s.state,
       jsonb_build_object('state', s.state,
         'notice', CASE WHEN i % 5 = 0 THEN jsonb_build_object('deadline', (d + 30)::text,
           'reportReceivedOn', CASE WHEN i % 15 <> 0 THEN (d + 20)::text END) ELSE 'null'::jsonb END,
         'decision', CASE WHEN i % 20 = 0 THEN jsonb_build_object('kind', 'order_correction', 'deadline', (d + 60)::text,
           'servedOn', (d + 35)::text) ELSE 'null'::jsonb END),
       d, now(), now(), '测执监案〔' || extract(year FROM d) || '〕' || i || '号'
     FROM generate_series(1, ${CASES}) i
     JOIN bench_agencies a ON a.n = (i::bigint * 104729) % ${na}
     CROSS JOIN LATERAL (SELECT date '2021-12-01' + (i % 1821) AS d) dd
     CROSS JOIN LATERAL (SELECT CASE WHEN i % 20 = 0 THEN (CASE WHEN i % 40 = 0 THEN 'executed' ELSE 'decided' END)
       WHEN i % 5 = 0 THEN (CASE WHEN i % 15 = 0 THEN 'notice_issued' ELSE 'closed' END)
       WHEN i % 11 = 0 THEN 'investigating' WHEN i % 13 = 0 THEN 'registered' ELSE 'archived' END AS state) s;`,
  );
  await step(
    db,
    'case steps',
    `CREATE UNLOGGED TABLE bench_cases AS SELECT id, region_code, registered_on, (facts->'notice' <> 'null'::jsonb) AS notice,
       (facts->'decision' <> 'null'::jsonb) AS decision, state FROM supervision_cases;
     INSERT INTO case_steps (case_id, region_code, n, action, from_state, to_state, article, actor_name, on_day, at, payload, documents)
     SELECT c.id, c.region_code, x.n, x.action, 'x', 'y', 'art9', '某某', c.registered_on + x.n, now(), x.payload, '[]'::jsonb
     FROM bench_cases c CROSS JOIN LATERAL (VALUES
       (1, 'draft_filing', '{}'::jsonb, true), (2, 'approve_filing', '{}'::jsonb, true), (3, 'record_measure', '{}'::jsonb, true),
       (4, 'issue_notice', '{}'::jsonb, c.notice), (5, 'serve_decision', '{}'::jsonb, c.decision),
       (6, 'decide_review', jsonb_build_object('outcome', CASE WHEN random() < 0.7 THEN 'upheld' ELSE 'changed' END), c.decision AND random() < 0.2),
       (7, 'report_execution', '{}'::jsonb, c.state = 'executed')) x(n, action, payload, present)
     WHERE x.present;`,
  );
  // acts carry little besides what the tables require: no figure reads them, only their warnings
  await step(
    db,
    'enforcement acts',
    `SELECT enforcement_acts_year(y) FROM generate_series(2021, 2026) AS y;
     INSERT INTO enforcement_acts (id, agency_id, region_code, case_number, kind, area, decision_date, parties, facts,
       legal_basis, seal_present, deadlines, full_record, content_sha256, reported_at)
     SELECT gen_random_uuid(), a.id, a.region_code, 'A' || i, 'penalty', '市场监管', date '2021-12-01' + (i % 1821),
       '[]'::jsonb, '', '[]'::jsonb, true, '{}'::jsonb, true, '', timestamptz '2021-12-01' + (i % 1821) * interval '1 day'
     FROM generate_series(1, ${ACTS}) i JOIN bench_agencies a ON a.n = i % ${na};
     INSERT INTO act_keys (agency_id, case_number, act_id, decision_date, content_sha256, region_code)
     SELECT agency_id, case_number, id, decision_date, content_sha256, region_code FROM enforcement_acts ON CONFLICT DO NOTHING;`,
  );
  // WARNINGS warnings spread over the stored acts, each act at most once per rule
  const perAct = Math.min(8, Math.ceil(WARNINGS / ACTS));
  await step(
    db,
    'warnings',
    `INSERT INTO warnings (id, act_id, agency_id, region_code, rule, article, message, message_en, state, raised_at)
     SELECT gen_random_uuid(), e.id, e.agency_id, e.region_code,
       (ARRAY['officer_certificate','two_officers','agency_qualified','legal_basis','seal','deadlines','full_record','discretion'])[1 + k],
       'art16.1.7', '预警', 'warning', CASE WHEN (hashtext(e.case_number) + k) % 3 = 0 THEN 'open' ELSE 'dismissed' END, e.reported_at
     FROM enforcement_acts e CROSS JOIN generate_series(0, ${perAct - 1}) k
     LIMIT ${WARNINGS};`,
  );
  await step(
    db,
    'officers, certificates, matters',
    `INSERT INTO officers (id, organisation_id, region_code, name, created_at)
     SELECT gen_random_uuid(), a.id, a.region_code, '执法人员' || i, now()
     FROM generate_series(1, ${AGENCIES * 20}) i JOIN bench_agencies a ON a.n = i % ${na};
     INSERT INTO certificates (id, officer_id, region_code, kind, number, issuing_authority, areas, valid_from, valid_until,
       status, issued_at)
     SELECT gen_random_uuid(), o.id, o.region_code, 'enforcement', 'C' || row_number() OVER (), '省政府', '[]'::jsonb, date '2022-01-01',
       CASE WHEN random() < 0.1 THEN date '2025-12-31' ELSE date '2027-12-31' END,
       CASE WHEN random() < 0.02 THEN 'seized' ELSE 'valid' END, now()
     FROM officers o;
     INSERT INTO accountability_matters (id, subject_kind, agency_id, organ_id, region_code, pack_id, grounds, facts, state,
       origin, created_by_name, created_at, updated_at, decision_reason)
     SELECT gen_random_uuid(), 'agency', a.id, (SELECT id FROM bench_organ), a.region_code, 'jincheng-2021', '[]'::jsonb, '事实',
       (ARRAY['proposed','open','closed','dismissed'])[1 + i % 4], 'manual', '某某',
       timestamptz '2021-12-01' + (i % 1821) * interval '1 day', now(), '理由'
     FROM generate_series(1, 20000) i JOIN bench_agencies a ON a.n = i % ${na};`,
  );
  // as autovacuum leaves a settled database: statistics, and the visibility map index-only scans need
  await step(db, 'vacuum analyze', 'VACUUM ANALYZE');
}

const ms = (t0: number) => Math.round(performance.now() - t0);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function time(label: string, run: () => Promise<unknown>) {
  await run(); // warm the cache, as a dashboard opened twice would be
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await run();
    runs.push(ms(t0));
  }
  console.log(`  ${label.padEnd(34)} median ${median(runs)} ms (max ${Math.max(...runs)} ms)`);
}

async function main() {
  const name = `jiandu_bench_dash_${process.pid}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  const db = await openPostgres(url.toString());
  try {
    await migrate(db);
    await seedBase(db, NOW);
    await seedDemo(db, NOW, 'Bench-pass-2026');
    await fill(db);
    const [counts] = await db.query<Record<string, number>>(sql`SELECT
      (SELECT count(*) FROM supervision_cases)::int AS cases, (SELECT count(*) FROM petitions)::int AS petitions,
      (SELECT count(*) FROM case_steps)::int AS steps, (SELECT count(*) FROM enforcement_acts)::int AS acts,
      (SELECT count(*) FROM warnings)::int AS warnings, (SELECT count(*) FROM officers)::int AS officers,
      (SELECT count(*) FROM organisations WHERE kind = 'agency')::int AS agencies`);
    console.log('stored:', counts);
    for (const [who, region, from] of [
      ['city-sup1', '140500', '2026-01-01'],
      ['city-sup1', '140500', '2021-12-01'],
      ['city-sup1', '149007', '2026-01-01'],
    ] as const) {
      const actor = (await actorByUsername(db, who))!;
      const uc: UseCase = { db, actor, audit: { actor: auditActor(actor), requestId: null, now: NOW } };
      const period = { from, to: TODAY };
      const scope = { regionCodes: region === '140500' ? actor.scope.regionCodes : [region] };
      console.log(`\n${who}, region ${region} (${scope.regionCodes.length} regions), ${from} – ${TODAY}:`);
      await time('whole dashboard (service)', () => readDashboard(uc, { from, to: TODAY, region }, TODAY));
      await time('casesByMonth', () => f.casesByMonth(db, scope, period));
      await time('casesByAgency', () => f.casesByAgency(db, scope, period));
      await time('petitionsByMonth', () => f.petitionsByMonth(db, scope, period));
      await time('noticesAndDecisions', () => f.noticesAndDecisions(db, scope, period));
      await time('reviewOutcomes', () => f.reviewOutcomes(db, scope, period));
      await time('overdue', () => f.overdue(db, scope, TODAY));
      await time('correctionRate', () => f.correctionRate(db, scope, period, TODAY));
      await time('warningsByRule', () => f.warningsByRule(db, scope, period));
      await time('certificateCoverage', () => f.certificateCoverage(db, scope, TODAY));
      await time('accountabilityByState', () => f.accountabilityByState(db, scope, period));
    }
  } finally {
    await db.close();
    if (!process.env.BENCH_KEEP) await admin.query(`DROP DATABASE ${name}`);
    else console.log(`kept database ${name}`);
    await admin.end();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
