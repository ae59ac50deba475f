// npm run bench:assessment — the annual assessment (第五条) of the city on a province-sized
// PostgreSQL database: BENCH_ACTS enforcement acts (default 10 million) over 2021–2025 by
// BENCH_AGENCIES agencies (default 3,000) in eleven cities, two officers an act, a warning on one
// act in ten, BENCH_CASES supervision cases (default 1 million) with their notices, orders and
// reviews, and accountability matters. The data is made in SQL (generate_series) in a fresh
// database; then the city's assessment, its workbook and its report are timed. Prints figures.
import { randomBytes } from 'node:crypto';
import { auditActor } from '../apps/api/src/access/actor.ts';
import { actorByUsername } from '../apps/api/src/access/load-actor.ts';
import { migrate } from '../apps/api/src/db/migrate.ts';
import { openPostgres } from '../apps/api/src/db/postgres.ts';
import { sql } from '../apps/api/src/db/sql.ts';
import { assessmentWorkbook } from '../apps/api/src/domains/assessment/export.ts';
import { assessmentDocx } from '../apps/api/src/domains/assessment/report.ts';
import { assessYear } from '../apps/api/src/domains/assessment/service.ts';
import { seedBase } from '../apps/api/src/seeds/base.ts';
import { seedDemo } from '../apps/api/src/seeds/demo.ts';

const NOW = new Date('2026-11-26T02:00:00Z');
const ACTS = Number(process.env.BENCH_ACTS || 10_000_000);
const AGENCIES = Number(process.env.BENCH_AGENCIES || 3_000);
const CASES = Number(process.env.BENCH_CASES || 1_000_000);
const KEEP = process.env.BENCH_KEEP === '1';
const PG_URL =
  process.env.BENCH_PG_URL || process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

const withDb = (url: string, name: string) => {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
};

async function timed<T>(label: string, fn: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  const out = await fn();
  console.log(`${label.padEnd(58)} ${((performance.now() - t0) / 1000).toFixed(2).padStart(8)} s`);
  return out;
}

const name = `jiandu_bench_assess_${randomBytes(4).toString('hex')}`;
const admin = await openPostgres(PG_URL, 1);
await admin.exec(`CREATE DATABASE ${name}`);
const db = await openPostgres(withDb(PG_URL, name), 4);
try {
  await timed('migrate and seed the demo', async () => {
    await migrate(db);
    await seedBase(db, NOW);
    await seedDemo(db, NOW, 'Bench-pass-2026');
  });
  await timed('ten more cities of ten counties, each with its government', async () => {
    await db.exec(`
      INSERT INTO regions (code, name, name_en, level, parent_code, path, in_system)
      SELECT c::text, '市' || c, 'City ' || c, 'city', '140000', '140000/' || c || '/', true
      FROM unnest(ARRAY[140100,140200,140300,140400,140600,140700,140800,140900,141000,141100]) c;
      INSERT INTO regions (code, name, name_en, level, parent_code, path, in_system)
      SELECT (c + k)::text, '县' || (c + k), 'County ' || (c + k), 'county', c::text, '140000/' || c || '/' || (c + k) || '/', true
      FROM unnest(ARRAY[140100,140200,140300,140400,140600,140700,140800,140900,141000,141100]) c, generate_series(1, 10) k;
      INSERT INTO organisations (id, kind, name, region_code, created_at, updated_at)
      SELECT gen_random_uuid(), 'government', r.name || '人民政府', r.code, now(), now()
      FROM regions r WHERE NOT EXISTS (SELECT 1 FROM organisations o WHERE o.region_code = r.code AND o.kind = 'government')
        AND r.code <> '140000';`);
  });
  await timed(`agencies up to ${AGENCIES}, spread over the regions`, () =>
    db.exec(`
      WITH regs AS (SELECT row_number() OVER (ORDER BY r.code) - 1 AS i, r.code, g.id AS gov FROM regions r
        JOIN organisations g ON g.region_code = r.code AND g.kind = 'government'),
      n AS (SELECT count(*) AS k FROM regs)
      INSERT INTO organisations (id, kind, agency_kind, name, region_code, parent_id, created_at, updated_at)
      SELECT gen_random_uuid(), 'agency', 'organ', '执法机关' || s, regs.code, regs.gov, now(), now()
      FROM generate_series(1, greatest(0, ${AGENCIES} - (SELECT count(*) FROM organisations WHERE kind = 'agency'))) s
      JOIN regs ON regs.i = s % (SELECT k FROM n);`),
  );
  await timed('ten officers an agency', () =>
    db.exec(`
      INSERT INTO officers (id, organisation_id, region_code, name, created_at)
      SELECT gen_random_uuid(), a.id, a.region_code, '执法人员' || k, now()
      FROM organisations a, generate_series(1, 10) k WHERE a.kind = 'agency';
      CREATE TEMP TABLE agency_ix AS SELECT row_number() OVER (ORDER BY id) - 1 AS i, id, region_code FROM organisations WHERE kind = 'agency';
      CREATE TEMP TABLE officer_ix AS SELECT organisation_id, array_agg(id ORDER BY id) AS ids FROM officers GROUP BY organisation_id;`),
  );
  await timed(`${ACTS.toLocaleString()} enforcement acts over 2021–2025`, () =>
    db.exec(`
      SELECT enforcement_acts_year(y) FROM generate_series(2021, 2025) AS y;
      INSERT INTO enforcement_acts (id, agency_id, region_code, case_number, kind, area, decision_date, parties, facts,
        legal_basis, seal_present, deadlines, full_record, content_sha256, reported_at)
      SELECT gen_random_uuid(), a.id, a.region_code, 'B' || s, 'penalty', '市场监管', d, '[]', '', '[]', true, '[]', true, '',
        (d + (s % 15)::int)::timestamp AT TIME ZONE 'Asia/Shanghai'
      FROM generate_series(1::bigint, ${ACTS}) s
      JOIN agency_ix a ON a.i = s % ${AGENCIES}
      CROSS JOIN LATERAL (SELECT date '2021-01-01' + ((s * 7919) % 1826)::int AS d) x;
      INSERT INTO act_keys (agency_id, case_number, act_id, decision_date, content_sha256, region_code)
      SELECT agency_id, case_number, id, decision_date, content_sha256, region_code FROM enforcement_acts ON CONFLICT DO NOTHING;`),
  );
  await timed('two officers an act; a warning on one act in ten', () =>
    db.exec(`
      INSERT INTO act_officers (act_id, officer_id, decision_date, region_code)
      SELECT a.id, o.ids[1 + k + (abs(hashtext(a.case_number)) % 8)], a.decision_date, a.region_code
      FROM enforcement_acts a JOIN officer_ix o ON o.organisation_id = a.agency_id, generate_series(0, 1) k;
      INSERT INTO warnings (id, act_id, agency_id, region_code, rule, article, officer_id, message, message_en, state, raised_at)
      SELECT DISTINCT ON (a.id) gen_random_uuid(), a.id, a.agency_id, a.region_code, 'officer_certificate', 'art16.1.7',
        ao.officer_id, '', '', CASE WHEN abs(hashtext(a.case_number)) % 3 = 0 THEN 'dismissed' ELSE 'open' END, a.reported_at
      FROM enforcement_acts a JOIN act_officers ao ON ao.act_id = a.id
      WHERE abs(hashtext(a.case_number)) % 10 = 0;`),
  );
  await timed(`${CASES.toLocaleString()} supervision cases with their steps`, async () => {
    await db.exec(`
      CREATE TEMP TABLE organ_of AS SELECT g.region_code, o.id FROM organisations g
        JOIN organisations o ON o.parent_id = g.id AND o.kind = 'supervision_organ' WHERE g.kind = 'government';
      INSERT INTO supervision_cases (id, source, organ_id, agency_id, region_code, pack_id, title, state, facts,
        registered_on, version, created_at, updated_at, case_number)
      SELECT gen_random_uuid(), 'information', coalesce(org.id, (SELECT id FROM organisations WHERE kind = 'supervision_organ' LIMIT 1)),
        a.id, a.region_code, 'jincheng-2021', '案件' || s, 'closed', '{}', date '2021-01-01' + ((s * 104729) % 1826)::int, 1, now(), now(), '测执监案' || s || '号'
      FROM generate_series(1::bigint, ${CASES}) s JOIN agency_ix a ON a.i = (s * 31) % ${AGENCIES}
      LEFT JOIN organ_of org ON org.region_code = a.region_code;
      CREATE TEMP TABLE case_ix AS SELECT id, region_code, registered_on AS d, row_number() OVER (ORDER BY id) AS s FROM supervision_cases WHERE source = 'information';`);
    // every case a filing; three in ten a notice, two of them answered (one late); one in ten an order; one in a hundred a review
    await db.exec(`
      INSERT INTO case_steps (case_id, region_code, n, action, from_state, to_state, article, actor_name, on_day, at, payload, documents)
      SELECT c.id, c.region_code, st.n, st.action, '', '', 'art9', '', c.d + st.n, now(), st.payload, '[]'
      FROM case_ix c CROSS JOIN LATERAL (VALUES
        (1, 'draft_filing', '{}'::jsonb, true),
        (2, 'approve_filing', '{}'::jsonb, true),
        (3, 'issue_notice', jsonb_build_object('deadline', (c.d + 20)::text), c.s % 10 < 3),
        (4, 'report_handling', jsonb_build_object('receivedOn', (c.d + CASE WHEN c.s % 10 = 0 THEN 30 ELSE 10 END)::text), c.s % 10 < 2),
        (5, 'draft_decision', jsonb_build_object('kind', 'order_correction', 'deadline', (c.d + 40)::text), c.s % 10 = 5),
        (6, 'serve_decision', jsonb_build_object('receivedOn', (c.d + 6)::text), c.s % 10 = 5),
        (7, 'report_execution', jsonb_build_object('reportedOn', (c.d + 30)::text), c.s % 20 = 5),
        (8, 'decide_review', jsonb_build_object('outcome', CASE WHEN c.s % 300 = 5 THEN 'revoked' ELSE 'upheld' END), c.s % 100 = 5)
      ) st(n, action, payload, keep) WHERE st.keep;
      INSERT INTO accountability_matters (id, subject_kind, agency_id, organ_id, region_code, pack_id, grounds, facts, state,
        origin, created_by_name, created_at, updated_at)
      SELECT gen_random_uuid(), 'agency', a.id, (SELECT id FROM organisations WHERE kind = 'supervision_organ' LIMIT 1), a.region_code,
        'jincheng-2021', '["art16.1.10"]', '', 'open', 'manual', '', timestamp '2021-01-01' + (s % 1826) * interval '1 day', now()
      FROM generate_series(1, ${Math.round(CASES / 100)}) s JOIN agency_ix a ON a.i = (s * 17) % ${AGENCIES};
      ANALYZE;`);
  });
  const [size] = await db.query<{ acts: number; steps: number; agencies: number; city: number }>(sql`
    SELECT (SELECT count(*) FROM enforcement_acts)::int AS acts, (SELECT count(*) FROM case_steps)::int AS steps,
      (SELECT count(*) FROM organisations WHERE kind = 'agency')::int AS agencies,
      (SELECT count(*) FROM organisations WHERE kind = 'agency' AND region_code IN (SELECT code FROM regions WHERE path LIKE '140000/140500/%'))::int AS city`);
  console.log(
    `database: ${size.acts} acts, ${size.steps} case steps, ${size.agencies} agencies (${size.city} in the city)`,
  );
  const actor = (await actorByUsername(db, 'city-sup1'))!;
  const uc = { db, actor, audit: { actor: auditActor(actor), requestId: null, now: NOW } };
  for (let i = 1; i <= 3; i++) {
    const a = await timed(`the city's assessment of 2024 (run ${i})`, () => assessYear(uc, 2024));
    if (i === 1)
      console.log(
        `  ${a.overall.counts.acts} acts, ${a.agencies.length} agencies, ${a.governments.length} governments, total ${a.overall.total}`,
      );
  }
  const a = await assessYear(uc, 2024);
  await timed('its workbook', () => assessmentWorkbook(a));
  await timed('its report (DOCX)', () => assessmentDocx(db, actor, a));
} finally {
  await db.close();
  if (!KEEP) await admin.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  else console.log(`kept database ${name}`);
  await admin.close();
}
