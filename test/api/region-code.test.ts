// The region on every row of a region's work (migration 0100, docs/scale.md "More than one server:
// Citus, by region"): every table the distribution would spread holds a region_code that is never
// null, every child row holds its parent's, whether written by the use cases (the demo) or filled
// by the migration on a database that held rows before it; and reads by id name the region.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Queryable } from '../../apps/api/src/db/client.ts';
import { migrate } from '../../apps/api/src/db/migrate.ts';
import { sql } from '../../apps/api/src/db/sql.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { emptyDatabase } from '../helpers/empty-db.ts';
import { upload } from '../helpers/multipart.ts';
import { seedEverything } from '../helpers/records.ts';

/** the tables distributed on region_code (the audit events keep their single chain and are not here) */
const DISTRIBUTED = [
  'supervision_cases',
  'petitions',
  'case_steps',
  'enforcement_acts',
  'act_keys',
  'act_officers',
  'warnings',
  'officers',
  'certificates',
  'certificate_events',
  'qualifications',
  'documents',
  'document_services',
  'attachments',
  'evaluation_campaigns',
  'evaluation_agencies',
  'evaluation_reviewers',
  'evaluation_files',
  'evaluation_sheets',
  'campaigns',
  'campaign_agencies',
  'inspections',
  'inspection_photos',
  'accountability_matters',
  'accountability_measures',
  'accountability_sources',
];

/** each child (alias x) with the parent (alias p) whose region it carries */
const PARENTS: { child: string; parent: string; on: string }[] = [
  { child: 'supervision_cases', parent: 'organisations', on: 'p.id = x.agency_id' },
  { child: 'petitions', parent: 'supervision_cases', on: 'p.petition_id = x.id' },
  { child: 'case_steps', parent: 'supervision_cases', on: 'p.id = x.case_id' },
  { child: 'documents', parent: 'supervision_cases', on: 'p.id = x.case_id' },
  { child: 'attachments', parent: 'supervision_cases', on: 'p.id = x.case_id' },
  { child: 'document_services', parent: 'documents', on: 'p.id = x.document_id' },
  { child: 'enforcement_acts', parent: 'organisations', on: 'p.id = x.agency_id' },
  {
    child: 'act_keys',
    parent: 'enforcement_acts',
    on: 'p.id = x.act_id AND p.decision_date = x.decision_date',
  },
  {
    child: 'act_officers',
    parent: 'enforcement_acts',
    on: 'p.id = x.act_id AND p.decision_date = x.decision_date',
  },
  { child: 'act_officers', parent: 'officers', on: 'p.id = x.officer_id' },
  { child: 'warnings', parent: 'enforcement_acts', on: 'p.id = x.act_id' },
  { child: 'officers', parent: 'organisations', on: 'p.id = x.organisation_id' },
  { child: 'certificates', parent: 'officers', on: 'p.id = x.officer_id' },
  { child: 'certificate_events', parent: 'certificates', on: 'p.id = x.certificate_id' },
  { child: 'qualifications', parent: 'organisations', on: 'p.id = x.agency_id' },
  { child: 'evaluation_agencies', parent: 'evaluation_campaigns', on: 'p.id = x.campaign_id' },
  { child: 'evaluation_reviewers', parent: 'evaluation_campaigns', on: 'p.id = x.campaign_id' },
  { child: 'evaluation_files', parent: 'enforcement_acts', on: 'p.id = x.act_id' },
  { child: 'evaluation_sheets', parent: 'evaluation_files', on: 'p.id = x.file_id' },
  { child: 'campaign_agencies', parent: 'campaigns', on: 'p.id = x.campaign_id' },
  { child: 'inspections', parent: 'organisations', on: 'p.id = x.agency_id' },
  { child: 'inspection_photos', parent: 'inspections', on: 'p.id = x.inspection_id' },
  { child: 'accountability_measures', parent: 'accountability_matters', on: 'p.id = x.matter_id' },
  { child: 'accountability_sources', parent: 'accountability_matters', on: 'p.id = x.matter_id' },
];

/** per child and parent: the rows joined, and how many of them hold another region than the parent */
async function parentRegions(q: Queryable) {
  const out: Record<string, { rows: number; other: number }> = {};
  for (const r of PARENTS) {
    const [n] = await q.query<{ rows: number; other: number }>(
      sql`SELECT count(*)::int AS rows,
          count(*) FILTER (WHERE x.region_code IS DISTINCT FROM p.region_code)::int AS other
        FROM ${sql.raw(r.child)} x JOIN ${sql.raw(r.parent)} p ON ${sql.raw(r.on)}`,
    );
    out[`${r.child} → ${r.parent}`] = n;
  }
  return out;
}

async function regionColumns(q: Queryable) {
  const rows = await q.query<{ table_name: string; is_nullable: string }>(sql`
    SELECT table_name, is_nullable FROM information_schema.columns
    WHERE table_schema = 'public' AND column_name = 'region_code' AND table_name = ANY(${DISTRIBUTED})`);
  return Object.fromEntries(rows.map((r) => [r.table_name, r.is_nullable]));
}

describe('the region on every row of a region’s work', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await seedEverything(t);
    // an evidence file on a case of the demo, through the API, so attachments hold a row
    const sup = await t.login('zezhou-sup1');
    const [c] = await t.ctx.db.query<{ id: string }>(sql`
      SELECT c.id FROM supervision_cases c JOIN organisations o ON o.id = c.organ_id
      JOIN users u ON u.organisation_id = o.id WHERE u.username = 'zezhou-sup1' ORDER BY c.case_number LIMIT 1`);
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const res = await upload(sup, `/api/v1/cases/${c.id}/attachments`, 'evidence.pdf', pdf);
    expect(res.statusCode, res.body).toBe(201);
    // and a photo of an open visit, by a supervisor of the organ running it
    const [v] = await t.ctx.db.query<{ id: string; username: string }>(sql`
      SELECT i.id, u.username FROM inspections i JOIN users u ON u.organisation_id = i.organ_id
      WHERE u.role = 'supervisor' AND u.active AND i.state IN ('under_way', 'findings_recorded', 'follow_up')
      ORDER BY i.created_at, u.username LIMIT 1`);
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);
    const photo = await upload(
      await t.login(v.username),
      `/api/v1/inspections/${v.id}/photos`,
      '现场.png',
      png,
    );
    expect(photo.statusCode, photo.body).toBe(201);
  });
  afterAll(() => t.close());

  it('every distributed table has a region_code column that is never null', async () => {
    const cols = await regionColumns(t.ctx.db);
    expect(Object.keys(cols).sort()).toEqual([...DISTRIBUTED].sort());
    for (const table of DISTRIBUTED) expect([table, cols[table]]).toEqual([table, 'NO']);
  });

  it('after the demo, every child row holds its parent’s region', async () => {
    const found = await parentRegions(t.ctx.db);
    for (const [pair, n] of Object.entries(found)) expect([pair, n.other]).toEqual([pair, 0]);
    // the demo writes rows of each kind, so the check is not vacuous
    const empty = Object.entries(found)
      .filter(([, n]) => n.rows === 0)
      .map(([pair]) => pair);
    expect(empty).toEqual([]);
  });

  it('a case and its steps, documents and files are read with the case’s region: another region’s staff find nothing', async () => {
    const [c] = await t.ctx.db.query<{ id: string; region_code: string }>(sql`
      SELECT c.id, c.region_code FROM supervision_cases c WHERE c.region_code = '140525'
        AND EXISTS (SELECT 1 FROM attachments a WHERE a.case_id = c.id) LIMIT 1`);
    const zezhou = await t.login('zezhou-sup1');
    const page = await zezhou.get(`/api/v1/cases/${c.id}`);
    expect(page.statusCode).toBe(200);
    expect((await zezhou.get(`/api/v1/cases/${c.id}/attachments`)).json().items.length).toBeGreaterThan(0);
    // a county outside the case's region: 404, as before
    const [other] = await t.ctx.db.query<{ username: string }>(sql`
      SELECT u.username FROM users u JOIN organisations o ON o.id = u.organisation_id
      WHERE u.role = 'supervisor' AND o.kind = 'supervision_organ' AND o.region_code NOT IN ('140525', '140500')
        AND u.active ORDER BY u.username LIMIT 1`);
    const stranger = await t.login(other.username);
    expect((await stranger.get(`/api/v1/cases/${c.id}`)).statusCode).toBe(404);
    expect((await stranger.get(`/api/v1/cases/${c.id}/attachments`)).statusCode).toBe(404);
    expect((await stranger.get(`/api/v1/cases/${c.id}/documents`)).statusCode).toBe(404);
  });
});

/**
 * One region's work as a database before 0100 held it: an agency, an officer with a certificate and
 * its event, a case with a step, a document served and a file, an act with its key, officer and
 * warning, a visit with a photo, a matter with a measure and a source.
 */
function regionRows(code: string, gov: string, user: string) {
  const [organ, agency, officer, cert, kase, doc, act, visit, matter] = Array.from({ length: 9 }, () =>
    randomUUID(),
  );
  const day = '2025-03-04';
  return {
    agency,
    organ,
    act,
    text: `
    INSERT INTO organisations (id, kind, name, region_code, parent_id) VALUES ('${organ}', 'supervision_organ', '司法局${code}', '${code}', '${gov}');
    INSERT INTO organisations (id, kind, agency_kind, name, region_code, parent_id)
      VALUES ('${agency}', 'agency', 'organ', '市场监督管理局${code}', '${code}', '${gov}');
    INSERT INTO officers (id, organisation_id, region_code, name, created_at) VALUES ('${officer}', '${agency}', '${code}', '执法人员', now());
    INSERT INTO certificates (id, officer_id, kind, number, issuing_authority, areas, valid_from, valid_until, status, issued_at)
      VALUES ('${cert}', '${officer}', 'enforcement', 'C${code}', '山西省人民政府', '[]', '2024-01-01', '2028-12-31', 'seized', now());
    INSERT INTO certificate_events (id, certificate_id, on_day, from_status, to_status, reason, article, actor_name, at)
      VALUES (gen_random_uuid(), '${cert}', '${day}', 'valid', 'seized', '暂扣', 'art7.1.8', '负责人', now());
    INSERT INTO supervision_cases (id, source, organ_id, agency_id, region_code, pack_id, title, state, facts, registered_on,
        created_at, updated_at, case_number)
      VALUES ('${kase}', 'information', '${organ}', '${agency}', '${code}', 'jincheng-2021', '案件', 'registered', '{}', '${day}',
        now(), now(), '案${code}');
    INSERT INTO case_steps (case_id, region_code, n, action, from_state, to_state, article, actor_name, on_day, at, payload, documents)
      VALUES ('${kase}', '${code}', 1, 'draft_filing', 'registered', 'filing_pending', 'art9', '监督人员', '${day}', now(), '{}', '[]');
    INSERT INTO attachments (id, case_id, source, file_name, media_type, size, sha256, content, uploaded_at)
      VALUES (gen_random_uuid(), '${kase}', 'staff', 'a.pdf', 'application/pdf', 1, 'x', '\\x00', now());
    INSERT INTO documents (id, case_id, kind, organ_id, region_code, title, issued_on, issued_at, content, content_sha256)
      VALUES ('${doc}', '${kase}', 'supervision_notice', '${organ}', '${code}', '通知书', '${day}', now(), '{}', 'x${code}');
    INSERT INTO document_services (id, document_id, method, recipient, served_on, received_on, recorded_at)
      VALUES (gen_random_uuid(), '${doc}', 'direct', '机关', '${day}', '${day}', now());
    INSERT INTO enforcement_acts (id, agency_id, region_code, case_number, kind, area, decision_date, parties, facts,
        legal_basis, seal_present, deadlines, full_record, content_sha256, reported_at, reported_by)
      VALUES ('${act}', '${agency}', '${code}', '罚${code}', 'penalty', '市场监管', '${day}', '[]', '事实', '[]', true, '[]', true,
        'h', now(), '${user}');
    INSERT INTO act_keys (agency_id, case_number, act_id, decision_date, content_sha256)
      VALUES ('${agency}', '罚${code}', '${act}', '${day}', 'h');
    INSERT INTO act_officers (act_id, officer_id, decision_date) VALUES ('${act}', '${officer}', '${day}');
    INSERT INTO warnings (id, act_id, agency_id, region_code, rule, article, message, message_en, state, raised_at)
      VALUES (gen_random_uuid(), '${act}', '${agency}', '${code}', 'two_officers', 'art17.1.10', '少于两人', 'one officer', 'open', now());
    INSERT INTO inspections (id, organ_id, agency_id, region_code, subject, unannounced, checklist, supervisor_ids, findings,
        follow_ups, state, created_at, updated_at)
      VALUES ('${visit}', '${organ}', '${agency}', '${code}', '检查', true, '[]', '[]', '[]', '[]', 'planned', now(), now());
    INSERT INTO inspection_photos (id, inspection_id, file_name, media_type, size, sha256, content, uploaded_at)
      VALUES (gen_random_uuid(), '${visit}', 'p.png', 'image/png', 1, 'x', '\\x00', now());
    INSERT INTO accountability_matters (id, subject_kind, agency_id, organ_id, region_code, pack_id, grounds, facts, state,
        origin, created_by_name, created_at, updated_at)
      VALUES ('${matter}', 'agency', '${agency}', '${organ}', '${code}', 'jincheng-2021', '[]', '事实', 'open', 'manual', '监督人员',
        now(), now());
    INSERT INTO accountability_measures (id, matter_id, kind, status, article, drafted_by_name, drafted_at)
      VALUES (gen_random_uuid(), '${matter}', 'order_correction', 'drafted', 'art16', '监督人员', now());
    INSERT INTO accountability_sources (matter_id, source_kind, source_id, note) VALUES ('${matter}', 'case', '${kase}', NULL);`,
  };
}

describe('migration 0100: a database holding rows is given each row’s region', () => {
  it('fills region_code from each parent, in both regions, and makes it required', async () => {
    const { db, drop } = await emptyDatabase('jiandu_r');
    try {
      await migrate(db, '0100');
      const [cityGov, countyGov, user] = [randomUUID(), randomUUID(), randomUUID()];
      await db.exec(`
        INSERT INTO regions (code, name, name_en, level, parent_code, path, in_system) VALUES
          ('140000', '山西省', 'Shanxi', 'province', NULL, '140000/', false),
          ('140500', '晋城市', 'Jincheng', 'city', '140000', '140000/140500/', true),
          ('140525', '泽州县', 'Zezhou', 'county', '140500', '140000/140500/140525/', true);
        INSERT INTO organisations (id, kind, name, region_code) VALUES
          ('${cityGov}', 'government', '晋城市人民政府', '140500'),
          ('${countyGov}', 'government', '泽州县人民政府', '140525');
        INSERT INTO users (id, username, display_name, role, organisation_id, password_hash)
          VALUES ('${user}', 'r-admin', '管理员', 'admin', '${cityGov}', 'x');
        SELECT enforcement_acts_year(2025);`);
      const city = regionRows('140500', cityGov, user);
      const county = regionRows('140525', countyGov, user);
      await db.exec(city.text);
      await db.exec(county.text);
      // the city's evaluation covers the county's agency: the campaign's rows are the city's,
      // the file and its sheet the county's, as the act they evaluate
      const [campaign, file, visits] = [randomUUID(), randomUUID(), randomUUID()];
      await db.exec(`
        INSERT INTO evaluation_campaigns (id, organ_id, region_code, title, period_from, period_to, files_per_agency,
            reviewers_per_file, rubric, state, created_by, created_at)
          VALUES ('${campaign}', '${city.organ}', '140500', '评查', '2025-01-01', '2025-12-31', 1, 1, '[]', 'draft', '${user}', now());
        INSERT INTO evaluation_agencies (campaign_id, agency_id) VALUES ('${campaign}', '${county.agency}');
        INSERT INTO evaluation_reviewers (campaign_id, user_id) VALUES ('${campaign}', '${user}');
        INSERT INTO evaluation_files (id, campaign_id, act_id, agency_id, region_code, draw_order, prescore)
          VALUES ('${file}', '${campaign}', '${county.act}', '${county.agency}', '140525', 1, '{}');
        INSERT INTO evaluation_sheets (file_id, reviewer_id) VALUES ('${file}', '${user}');
        INSERT INTO campaigns (id, organ_id, region_code, theme, scope, period_from, period_to, state, created_at, updated_at)
          VALUES ('${visits}', '${city.organ}', '140500', '涉企行政检查', '全市', '2025-01-01', '2025-12-31', 'running', now(), now());
        INSERT INTO campaign_agencies (campaign_id, agency_id, added_at) VALUES ('${visits}', '${county.agency}', now());`);

      expect(await migrate(db)).toContain('0100_region_code');

      const cols = await regionColumns(db);
      for (const table of DISTRIBUTED) expect([table, cols[table]]).toEqual([table, 'NO']);
      const found = await parentRegions(db);
      for (const [pair, n] of Object.entries(found)) {
        expect([pair, n.other]).toEqual([pair, 0]);
        if (pair !== 'qualifications → organisations' && pair !== 'petitions → supervision_cases')
          expect([pair, n.rows > 0]).toEqual([pair, true]);
      }
      // each region's rows kept their own: the backfill followed the parent, not one value
      const regionsOf = async (table: string) =>
        (
          await db.query<{ r: string }>(
            sql`SELECT DISTINCT region_code AS r FROM ${sql.raw(table)} ORDER BY 1`,
          )
        ).map((x) => x.r);
      for (const table of [
        'act_keys',
        'act_officers',
        'certificates',
        'certificate_events',
        'attachments',
        'document_services',
        'inspection_photos',
        'accountability_measures',
        'accountability_sources',
      ])
        expect([table, await regionsOf(table)]).toEqual([table, ['140500', '140525']]);
      for (const table of ['evaluation_agencies', 'evaluation_reviewers', 'campaign_agencies'])
        expect([table, await regionsOf(table)]).toEqual([table, ['140500']]);
      expect(await regionsOf('evaluation_sheets')).toEqual(['140525']);
      // and a row written after without its region is refused
      await expect(
        db.exec(`INSERT INTO attachments (id, case_id, source, file_name, media_type, size, sha256, content, uploaded_at)
          SELECT gen_random_uuid(), id, 'staff', 'b.pdf', 'application/pdf', 1, 'x', '\\x00', now() FROM supervision_cases LIMIT 1`),
      ).rejects.toThrow(/null value|not-null/);
    } finally {
      await drop();
    }
  });
});
