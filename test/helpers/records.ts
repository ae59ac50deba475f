// The demo's records of every kind, and one record of 泽州县 per kind a route names by its
// first path segment: what the route-table tests (access, bad input) aim their requests at.
import type { RouteEntry } from '../../apps/api/src/app.ts';
import { sql } from '../../apps/api/src/db/sql.ts';
import { trackingHash } from '../../apps/api/src/domains/cases/tracking.ts';
import { seedDemoAccountability } from '../../apps/api/src/seeds/demo-accountability.ts';
import { seedDemoActs } from '../../apps/api/src/seeds/demo-acts.ts';
import { seedDemoCases } from '../../apps/api/src/seeds/demo-cases.ts';
import { seedDemoEvaluation } from '../../apps/api/src/seeds/demo-evaluations.ts';
import { seedDemoInspections } from '../../apps/api/src/seeds/demo-inspections.ts';
import type { TestApp } from './app.ts';

const ZEZHOU = '140525';
export const NOWHERE = '00000000-0000-4000-8000-000000000000';

/**
 * A record of 泽州县 for each kind a route names by its first segment: gaoping-sup1 must not
 * find it, zezhou's own staff must. A new kind of record needs its line here, or the test fails.
 */
export const ZEZHOU_RECORD: Record<string, ReturnType<typeof sql>> = {
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
/** cases, acts, an evaluation, visits and accountability matters, as the demo has them */
export async function seedEverything(t: TestApp) {
  const now = t.clock.now;
  await seedDemoCases(t.ctx.db, now);
  await seedDemoActs(t.ctx.db, now);
  await seedDemoEvaluation(t.ctx.db, now);
  await seedDemoInspections(t.ctx.db, now);
  await seedDemoAccountability(t.ctx.db, now);
}

export async function zezhouRecords(t: TestApp): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [segment, query] of Object.entries(ZEZHOU_RECORD)) {
    const [row] = await t.ctx.db.query<{ id: string }>(query);
    if (row) out[segment] = row.id;
  }
  return out;
}

export const key = (r: RouteEntry) => `${r.method} ${r.url}`;
export const segmentOf = (url: string) => url.split('/')[3];

/** the URL with its first parameter set to `id` and any other to an id that exists nowhere */
export const fill = (url: string, id: string) => {
  let first = true;
  return url.replace(/:[A-Za-z]+/g, () => {
    const v = first ? id : NOWHERE;
    first = false;
    return v;
  });
};

/**
 * An anonymous report against the first agency of `region`, filed on the public form (at the app's
 * clock, or at `at`): its tracking code and the case registered for it.
 */
export async function fileReport(
  t: TestApp,
  region: string,
  opts: { at?: Date; summary?: string } = {},
): Promise<{ trackingCode: string; caseId: string }> {
  const saved = t.clock.now;
  if (opts.at) t.clock.now = opts.at;
  try {
    const [agency] = await t.ctx.db.query<{ id: string }>(
      sql`SELECT id FROM organisations WHERE region_code = ${region} AND kind = 'agency' AND management = 'local' ORDER BY name LIMIT 1`,
    );
    const r = await t.anonymous.post('/api/v1/public/petitions', {
      kind: 'report',
      anonymous: true,
      agencyId: agency.id,
      summary: opts.summary ?? '执法人员检查时未出示执法证件',
    });
    if (r.statusCode !== 201) throw new Error(`filing a report: ${r.statusCode} ${r.body}`);
    const trackingCode: string = r.json().trackingCode;
    const [c] = await t.ctx.db.query<{ id: string }>(
      sql`SELECT c.id FROM supervision_cases c JOIN petitions p ON p.id = c.petition_id
        WHERE p.tracking_hash = ${trackingHash(trackingCode)}`,
    );
    return { trackingCode, caseId: c.id };
  } finally {
    t.clock.now = saved;
  }
}

/** the case registered for the petition whose words contain `words` (the list's search reads the 案由, not them) */
export async function caseBySummary(t: TestApp, words: string): Promise<string> {
  const [c] = await t.ctx.db.query<{ id: string }>(
    sql`SELECT c.id FROM supervision_cases c JOIN petitions p ON p.id = c.petition_id
      WHERE position(${words} IN p.summary) > 0 ORDER BY c.created_at DESC LIMIT 1`,
  );
  if (!c) throw new Error(`no case for a petition saying ${words}`);
  return c.id;
}
