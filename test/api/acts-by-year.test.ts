// Enforcement acts partitioned by year (migration 0080, docs/scale.md): an existing database is
// converted with every act, id and reference kept; (agency, case number) stays unique across the
// year partitions exactly as before (第八条（三）); an act of a year with no partition yet creates it.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../apps/api/src/db/migrate.ts';
import { sql } from '../../apps/api/src/db/sql.ts';
import { type Client, startTestApp, type TestApp } from '../helpers/app.ts';
import { emptyDatabase } from '../helpers/empty-db.ts';

let t: TestApp;
let agencyId: string;
let liaison: Client;
const certs: string[] = [];
beforeAll(async () => {
  t = await startTestApp({ now: new Date('2026-11-26T02:00:00Z') });
  [{ id: agencyId }] = await t.ctx.db.query<{ id: string }>(
    sql`SELECT id FROM organisations WHERE name = '泽州县市场监督管理局'`,
  );
  for (const r of await t.ctx.db.query<{ number: string }>(sql`
    SELECT c.number FROM certificates c JOIN officers o ON o.id = c.officer_id
    WHERE o.organisation_id = ${agencyId} AND c.kind = 'enforcement' AND c.status = 'valid' ORDER BY c.number`))
    certs.push(r.number);
  liaison = await t.login('zezhou-liaison');
});
afterAll(() => t.close());

const act = (caseNumber: string, decisionDate: string, facts = '销售过期食品。') => ({
  caseNumber,
  kind: 'penalty',
  area: '市场监管',
  decisionDate,
  officers: certs.slice(0, 2),
  parties: [{ name: '某商店', kind: 'organisation' }],
  facts,
  legalBasis: ['《中华人民共和国食品安全法》第一百二十四条'],
  sealPresent: true,
  discretionLevel: '一般',
  deadlines: [],
  fullRecord: true,
});
const post = (acts: unknown[], atomic = true) =>
  liaison.post('/api/v1/acts/batch', { agencyId, atomic, acts });
const partitionOf = async (caseNumber: string) =>
  (
    await t.ctx.db.query<{ part: string }>(
      sql`SELECT tableoid::regclass::text AS part FROM enforcement_acts WHERE case_number = ${caseNumber}`,
    )
  ).map((r) => r.part);

describe('第八条（三） acts kept by year', () => {
  it('第八条（三）: a case number reported in one year is refused with other content in another year, and a retry is unchanged', async () => {
    const first = await post([act('泽市监罚〔2025〕900号', '2025-06-30')]);
    expect(first.json()).toMatchObject({ stored: 1 });
    expect(await partitionOf('泽市监罚〔2025〕900号')).toEqual(['enforcement_acts_2025']);
    // the same number, dated a year later: another act's content, never a second act
    for (const atomic of [true, false]) {
      const moved = await post([act('泽市监罚〔2025〕900号', '2026-01-02')], atomic);
      expect(moved.statusCode).toBe(atomic ? 422 : 200);
      const row = atomic ? moved.json().fields[0] : moved.json().rows[0].errors[0];
      expect(row.field).toBe('acts.0.caseNumber');
    }
    expect((await post([act('泽市监罚〔2025〕900号', '2025-06-30')])).json()).toMatchObject({
      stored: 0,
      unchanged: 1,
    });
    expect(await partitionOf('泽市监罚〔2025〕900号')).toEqual(['enforcement_acts_2025']);
    const [{ n }] = await t.ctx.db.query<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM act_keys WHERE agency_id = ${agencyId} AND case_number = '泽市监罚〔2025〕900号'`,
    );
    expect(n).toBe(1);
  });

  it('第八条（三）: an act of a year without a partition creates the year, and the act is stored there', async () => {
    const exists = async () =>
      (
        await t.ctx.db.query<{ r: string | null }>(
          sql`SELECT to_regclass('enforcement_acts_2019')::text AS r`,
        )
      )[0].r;
    expect(await exists()).toBeNull();
    const res = await post([
      act('泽市监罚〔2019〕7号', '2019-03-04'),
      act('泽市监罚〔2019〕8号', '2019-12-31'),
    ]);
    expect(res.json()).toMatchObject({ stored: 2 });
    expect(await exists()).toBe('enforcement_acts_2019');
    expect(await partitionOf('泽市监罚〔2019〕7号')).toEqual(['enforcement_acts_2019']);
    expect(await partitionOf('泽市监罚〔2019〕8号')).toEqual(['enforcement_acts_2019']);
    const [{ n }] = await t.ctx.db.query<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM enforcement_acts_default`,
    );
    expect(n).toBe(0);
  });

  it('a refused batch creates at most the partitions of its years, and stores nothing', async () => {
    const res = await post([act('泽市监罚〔2018〕1号', '2018-05-05'), { caseNumber: '泽市监罚〔2018〕2号' }]);
    expect(res.statusCode).toBe(422);
    expect(await partitionOf('泽市监罚〔2018〕1号')).toEqual([]);
  });
});

describe('migration 0080: a database holding acts is converted in place', () => {
  it('keeps every act with its id, its officers, warnings and evaluation files, and their references', async () => {
    const { db, drop } = await emptyDatabase('jiandu_m');
    try {
      await migrate(db, '0080');
      const [gov, agency, user, officer, campaign] = Array.from({ length: 5 }, () => randomUUID());
      await db.exec(`
        INSERT INTO regions (code, name, name_en, level, parent_code, path, in_system)
          VALUES ('140000', '山西省', 'Shanxi', 'province', NULL, '140000/', true);
        INSERT INTO organisations (id, kind, name, region_code) VALUES ('${gov}', 'government', '山西省人民政府', '140000');
        INSERT INTO organisations (id, kind, agency_kind, name, region_code, parent_id)
          VALUES ('${agency}', 'agency', 'organ', '山西省市场监督管理局', '140000', '${gov}');
        INSERT INTO users (id, username, display_name, role, organisation_id, password_hash)
          VALUES ('${user}', 'm-admin', '管理员', 'admin', '${gov}', 'x');
        INSERT INTO officers (id, organisation_id, region_code, name, created_at)
          VALUES ('${officer}', '${agency}', '140000', '执法人员', now());
        INSERT INTO evaluation_campaigns (id, organ_id, region_code, title, period_from, period_to, files_per_agency,
            reviewers_per_file, rubric, state, created_by, created_at)
          VALUES ('${campaign}', '${gov}', '140000', '评查', '2021-01-01', '2025-12-31', 1, 1, '[]', 'draft', '${user}', now());`);
      // acts over five years, each with its officer and a warning; one in an evaluation campaign
      const acts = Array.from({ length: 10 }, (_, i) => ({
        id: randomUUID(),
        day: `${2021 + (i % 5)}-0${1 + (i % 9)}-1${i % 10}`,
        caseNumber: `晋市监罚〔${2021 + (i % 5)}〕${i + 1}号`,
      }));
      for (const a of acts)
        await db.exec(`
          INSERT INTO enforcement_acts (id, agency_id, region_code, case_number, kind, area, decision_date, parties, facts,
              legal_basis, seal_present, deadlines, full_record, content_sha256, reported_at, reported_by)
            VALUES ('${a.id}', '${agency}', '140000', '${a.caseNumber}', 'penalty', '市场监管', '${a.day}', '[]', '事实',
              '[]', true, '[]', true, 'hash-${a.id}', now(), '${user}');
          INSERT INTO act_officers (act_id, officer_id, decision_date) VALUES ('${a.id}', '${officer}', '${a.day}');
          INSERT INTO warnings (id, act_id, agency_id, region_code, rule, article, message, message_en, state, raised_at)
            VALUES (gen_random_uuid(), '${a.id}', '${agency}', '140000', 'legal_basis', 'art15.1.2', '未引用法定依据',
              'no legal basis', 'open', now());`);
      await db.exec(`INSERT INTO evaluation_files (id, campaign_id, act_id, agency_id, region_code, draw_order, prescore)
        VALUES (gen_random_uuid(), '${campaign}', '${acts[3].id}', '${agency}', '140000', 1, '{}')`);

      expect(await migrate(db)).toContain('0080_acts_by_year');

      const [{ kind }] = await db.query<{ kind: string }>(
        sql`SELECT relkind::text AS kind FROM pg_class WHERE relname = 'enforcement_acts'`,
      );
      expect(kind).toBe('p');
      const stored = await db.query<{ id: string; day: string; case_number: string; part: string }>(sql`
        SELECT id, decision_date AS day, case_number, tableoid::regclass::text AS part FROM enforcement_acts ORDER BY case_number`);
      expect(stored.map((r) => [r.id, r.day, r.case_number]).sort()).toEqual(
        acts.map((a) => [a.id, a.day, a.caseNumber]).sort(),
      );
      for (const r of stored) expect(r.part).toBe(`enforcement_acts_${r.day.slice(0, 4)}`);
      // the years present, this year and the next, and the default partition
      const parts = (
        await db.query<{ name: string }>(sql`
          SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
          WHERE i.inhparent = 'enforcement_acts'::regclass ORDER BY 1`)
      ).map((r) => r.name);
      const year = Number(
        new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()),
      );
      const expected = new Set(['2021', '2022', '2023', '2024', '2025', String(year), String(year + 1)]);
      expect(parts).toEqual([
        ...[...expected].sort().map((y) => `enforcement_acts_${y}`),
        'enforcement_acts_default',
      ]);
      // every act has its key; officers, warnings and the evaluation file still reach it
      const [counts] = await db.query<{ keys: number; links: number; warnings: number; files: number }>(sql`
        SELECT (SELECT count(*)::int FROM act_keys k JOIN enforcement_acts a ON a.id = k.act_id AND a.decision_date = k.decision_date
                  AND a.agency_id = k.agency_id AND a.case_number = k.case_number AND a.content_sha256 = k.content_sha256) AS keys,
          (SELECT count(*)::int FROM act_officers x JOIN enforcement_acts a ON a.id = x.act_id AND a.decision_date = x.decision_date) AS links,
          (SELECT count(*)::int FROM warnings w JOIN enforcement_acts a ON a.id = w.act_id) AS warnings,
          (SELECT count(*)::int FROM evaluation_files f JOIN enforcement_acts a ON a.id = f.act_id) AS files`);
      expect(counts).toEqual({ keys: 10, links: 10, warnings: 10, files: 1 });
      // the old table's checks came along
      await expect(
        db.exec(`INSERT INTO enforcement_acts (id, agency_id, region_code, case_number, kind, area, decision_date, parties,
            facts, legal_basis, seal_present, deadlines, full_record, content_sha256, reported_at)
          VALUES (gen_random_uuid(), '${agency}', '140000', 'x', 'fine', '市场监管', '2025-01-01', '[]', '', '[]', true, '[]',
            true, '', now())`),
      ).rejects.toThrow(/check constraint/);
      // and the references are enforced: no warning of an act that does not exist, no second key
      await expect(
        db.exec(`INSERT INTO warnings (id, act_id, agency_id, region_code, rule, article, message, message_en, state, raised_at)
          VALUES (gen_random_uuid(), gen_random_uuid(), '${agency}', '140000', 'seal', 'art15.1.3', '', '', 'open', now())`),
      ).rejects.toThrow(/foreign key/);
      await expect(
        db.exec(`INSERT INTO act_keys (agency_id, case_number, act_id, decision_date, content_sha256, region_code)
          SELECT agency_id, case_number, gen_random_uuid(), decision_date, 'other', region_code FROM act_keys LIMIT 1`),
      ).rejects.toThrow(/duplicate key|unique/);
    } finally {
      await drop();
    }
  });
});

describe('migration 0110: an act’s officers reference its key', () => {
  it('gives every act its key, keeps every officer row, and refuses an officer row no key holds with that date', async () => {
    const { db, drop } = await emptyDatabase('jiandu_m');
    try {
      await migrate(db, '0110');
      const [gov, agency, user, officer, other] = Array.from({ length: 5 }, () => randomUUID());
      await db.exec(`
        INSERT INTO regions (code, name, name_en, level, parent_code, path, in_system)
          VALUES ('140000', '山西省', 'Shanxi', 'province', NULL, '140000/', true);
        INSERT INTO organisations (id, kind, name, region_code) VALUES ('${gov}', 'government', '山西省人民政府', '140000');
        INSERT INTO organisations (id, kind, agency_kind, name, region_code, parent_id)
          VALUES ('${agency}', 'agency', 'organ', '山西省市场监督管理局', '140000', '${gov}');
        INSERT INTO users (id, username, display_name, role, organisation_id, password_hash)
          VALUES ('${user}', 'm-admin', '管理员', 'admin', '${gov}', 'x');
        INSERT INTO officers (id, organisation_id, region_code, name, created_at)
          VALUES ('${officer}', '${agency}', '140000', '执法人员', now()), ('${other}', '${agency}', '140000', '执法人员乙', now());
        SELECT enforcement_acts_year(y) FROM generate_series(2024, 2025) AS y;`);
      // acts of two years with their keys and officers, and two written straight into the table
      // without a key (as a COPY into enforcement_acts alone leaves them)
      const acts = Array.from({ length: 6 }, (_, i) => ({
        id: randomUUID(),
        day: `${2024 + (i % 2)}-0${1 + i}-1${i}`,
        caseNumber: `晋市监罚〔${2024 + (i % 2)}〕${i + 1}号`,
        keyed: i < 4,
      }));
      for (const a of acts)
        await db.exec(`
          INSERT INTO enforcement_acts (id, agency_id, region_code, case_number, kind, area, decision_date, parties, facts,
              legal_basis, seal_present, deadlines, full_record, content_sha256, reported_at, reported_by)
            VALUES ('${a.id}', '${agency}', '140000', '${a.caseNumber}', 'penalty', '市场监管', '${a.day}', '[]', '事实',
              '[]', true, '[]', true, 'hash-${a.id}', now(), '${user}');
          ${
            a.keyed
              ? `INSERT INTO act_keys (agency_id, case_number, act_id, decision_date, content_sha256, region_code)
                   VALUES ('${agency}', '${a.caseNumber}', '${a.id}', '${a.day}', 'hash-${a.id}', '140000');`
              : ''
          }
          INSERT INTO act_officers (act_id, officer_id, decision_date, region_code)
            VALUES ('${a.id}', '${officer}', '${a.day}', '140000');`);

      expect(await migrate(db)).toContain('0110_act_officers_by_key');

      const [counts] = await db.query<{ acts: number; keys: number; links: number }>(sql`
        SELECT (SELECT count(*)::int FROM enforcement_acts) AS acts,
          (SELECT count(*)::int FROM act_keys k JOIN enforcement_acts a ON a.id = k.act_id AND a.decision_date = k.decision_date
             AND a.agency_id = k.agency_id AND a.case_number = k.case_number AND a.content_sha256 = k.content_sha256) AS keys,
          (SELECT count(*)::int FROM act_officers x JOIN act_keys k ON k.act_id = x.act_id AND k.decision_date = x.decision_date
             JOIN enforcement_acts a ON a.id = k.act_id AND a.decision_date = k.decision_date) AS links`);
      expect(counts).toEqual({ acts: 6, keys: 6, links: 6 });
      const [{ target }] = await db.query<{ target: string }>(sql`
        SELECT confrelid::regclass::text AS target FROM pg_constraint WHERE conname = 'act_officers_act_fkey'`);
      expect(target).toBe('act_keys');

      // an officer row of no act, and one dated otherwise than its act, are refused
      await expect(
        db.exec(`INSERT INTO act_officers (act_id, officer_id, decision_date, region_code)
          VALUES (gen_random_uuid(), '${officer}', '2025-01-01', '140000')`),
      ).rejects.toThrow(/foreign key/);
      await expect(
        db.exec(`INSERT INTO act_officers (act_id, officer_id, decision_date, region_code)
          VALUES ('${acts[0].id}', '${other}', '2024-12-31', '140000')`),
      ).rejects.toThrow(/foreign key/);
      // the key still answers for its act: no key without the act, dated as the act
      await expect(
        db.exec(`INSERT INTO act_keys (agency_id, case_number, act_id, decision_date, content_sha256, region_code)
          VALUES ('${agency}', '晋市监罚〔2025〕99号', gen_random_uuid(), '2025-01-01', 'x', '140000')`),
      ).rejects.toThrow(/foreign key/);
      // and a key with officers cannot go while they stay
      await expect(db.exec(`DELETE FROM act_keys WHERE act_id = '${acts[5].id}'`)).rejects.toThrow(
        /foreign key/,
      );
    } finally {
      await drop();
    }
  });
});
