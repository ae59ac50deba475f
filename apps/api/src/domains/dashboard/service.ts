// The dashboard (第五条): the figures of one region subtree over one period, for the staff of
// the supervision organs and the government's leaders. Reads only; the region must lie within
// the actor's jurisdiction (第二条, 第四条), or it is not found.
import type { DashboardQuery } from '@jiandu/contracts';
import type { Queryable } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';
import { refuse } from '../../http/problem.ts';
import type { UseCase } from '../../use-case.ts';
import * as f from './figures.ts';

export interface DashboardRegion {
  code: string;
  name: string;
  parentCode: string | null;
}

/** the regions of the actor's jurisdiction, for the region filter */
async function jurisdictionRegions(db: Queryable, codes: string[]) {
  return db.query<DashboardRegion>(sql`
    SELECT code, name, parent_code AS "parentCode" FROM regions WHERE code = ANY(${codes}) ORDER BY path`);
}

/** the region chosen and those below it, never beyond the jurisdiction */
async function subtree(db: Queryable, region: string, within: string[]): Promise<string[]> {
  const rows = await db.query<{ code: string }>(sql`
    SELECT sub.code FROM regions r JOIN regions sub ON sub.path LIKE r.path || '%'
    WHERE r.code = ${region} AND sub.code = ANY(${within})`);
  return rows.map((r) => r.code);
}

/** promises named by key, awaited together: the same keys with their values */
async function allOf<T extends Record<string, Promise<unknown>>>(
  named: T,
): Promise<{ [K in keyof T]: Awaited<T[K]> }> {
  const values = await Promise.all(Object.values(named));
  return Object.fromEntries(Object.keys(named).map((k, i) => [k, values[i]])) as {
    [K in keyof T]: Awaited<T[K]>;
  };
}

export async function readDashboard(uc: UseCase, query: DashboardQuery, today: string) {
  const { actor, db } = uc;
  const to = query.to ?? today;
  const from = query.from ?? `${to.slice(0, 4)}-01-01`;
  if (from > to)
    throw refuse.field(
      'query.from',
      `统计期间的起始日期（${from}）不能晚于截止日期（${to}）`,
      `the period's start (${from}) must not be after its end (${to})`,
    );
  const region = query.region ?? actor.regionCode;
  const within = actor.scope.organisationId ? [] : actor.scope.regionCodes;
  if (!within.includes(region))
    throw refuse.field(
      'query.region',
      `行政区划 ${region} 不存在或不在您的管辖范围内（第二条）`,
      `region ${region} does not exist or is outside your jurisdiction (Article 2)`,
      404,
      'art2',
    );
  const scope: f.DashboardScope = { regionCodes: await subtree(db, region, within) };
  const period: f.Period = { from, to };
  // one query per figure group; the PostgreSQL pool runs them side by side, PGlite one by one
  return {
    today,
    period,
    region,
    ...(await allOf({
      regions: jurisdictionRegions(db, within),
      petitionsByMonth: f.petitionsByMonth(db, scope, period),
      petitionsByChannel: f.petitionsByChannel(db, scope, period),
      casesByMonth: f.casesByMonth(db, scope, period),
      casesBySource: f.casesBySource(db, scope, period),
      casesByState: f.casesByState(db, scope, period),
      casesByRegion: f.casesByRegion(db, scope, period),
      casesByAgency: f.casesByAgency(db, scope, period),
      noticesAndDecisions: f.noticesAndDecisions(db, scope, period),
      reviewOutcomes: f.reviewOutcomes(db, scope, period),
      overdue: f.overdue(db, scope, today),
      correctionRate: f.correctionRate(db, scope, period, today),
      warningsByRule: f.warningsByRule(db, scope, period),
      evaluationScores: f.evaluationScores(db, scope, period),
      certificateCoverage: f.certificateCoverage(db, scope, today),
      accountability: f.accountabilityByState(db, scope, period),
    })),
  };
}
