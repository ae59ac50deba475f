// The figures of the dashboard and of the annual rule-of-law assessment (第五条), one function
// each: what is counted, over which records, in one region subtree and one period. Every count
// is a GROUP BY in SQL over an index leading with the region and the date (migration 0011);
// docs/dashboard.md defines each figure in words. Nothing here is stored: "overdue" and the
// correction rate are worked out from the deadlines and today when read.
import type { Queryable } from '../../db/client.ts';
import { type SqlFragment, sql } from '../../db/sql.ts';
import { OPEN_STATES, overdueCase, overdueNotice, overdueOrder } from '../cases/queries.ts';
import { campaignFiles, campaignSheets } from '../evaluations/queries.ts';
import { campaignResults, fileResults } from '../evaluations/results.ts';

/** the regions counted: one region and those below it, within the actor's jurisdiction */
export interface DashboardScope {
  regionCodes: string[];
}

/** calendar dates YYYY-MM-DD in Asia/Shanghai, both days included */
export interface Period {
  from: string;
  to: string;
}

export interface Count {
  key: string;
  n: number;
}

export interface AgencyCount {
  agencyId: string;
  name: string;
  n: number;
}

const inRegions = (scope: DashboardScope, column: string) =>
  sql`${sql.raw(column)} = ANY(${scope.regionCodes})`;

/** an instant column within the period's days, Beijing time */
const instantIn = (column: string, p: Period) =>
  sql`${sql.raw(column)} >= (${p.from}::date)::timestamp AT TIME ZONE 'Asia/Shanghai'
    AND ${sql.raw(column)} < (${p.to}::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'`;

/** cases registered in the period (第九条: a case counts from its registration) */
const casesIn = (scope: DashboardScope, p: Period) =>
  sql`${inRegions(scope, 'c.region_code')} AND c.registered_on BETWEEN ${p.from}::date AND ${p.to}::date`;

async function counts(db: Queryable, q: SqlFragment): Promise<Count[]> {
  return db.query<Count>(q);
}

/** petitions (申请、投诉、举报, 第九条) received in the period, by month and kind */
export async function petitionsByMonth(db: Queryable, scope: DashboardScope, p: Period) {
  return db.query<{ month: string; kind: string; n: number }>(sql`
    SELECT to_char(p.received_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month, p.kind, count(*)::int AS n
    FROM petitions p
    WHERE ${inRegions(scope, 'p.region_code')} AND ${instantIn('p.received_at', p)}
    GROUP BY 1, 2 ORDER BY 1, 2`);
}

/** petitions received in the period, by channel */
export async function petitionsByChannel(db: Queryable, scope: DashboardScope, p: Period) {
  return counts(
    db,
    sql`SELECT p.channel AS key, count(*)::int AS n FROM petitions p
      WHERE ${inRegions(scope, 'p.region_code')} AND ${instantIn('p.received_at', p)}
      GROUP BY 1 ORDER BY 2 DESC, 1`,
  );
}

/** supervision cases registered in the period, by month */
export async function casesByMonth(db: Queryable, scope: DashboardScope, p: Period) {
  return db.query<{ month: string; n: number }>(sql`
    SELECT to_char(c.registered_on, 'YYYY-MM') AS month, count(*)::int AS n
    FROM supervision_cases c WHERE ${casesIn(scope, p)} GROUP BY 1 ORDER BY 1`);
}

/** cases registered in the period, by source (petition, evaluation, inspection, information, …) */
export async function casesBySource(db: Queryable, scope: DashboardScope, p: Period) {
  return counts(
    db,
    sql`SELECT c.source AS key, count(*)::int AS n FROM supervision_cases c
      WHERE ${casesIn(scope, p)} GROUP BY 1 ORDER BY 2 DESC, 1`,
  );
}

/** cases registered in the period, by the state they are in now */
export async function casesByState(db: Queryable, scope: DashboardScope, p: Period) {
  return counts(
    db,
    sql`SELECT c.state AS key, count(*)::int AS n FROM supervision_cases c
      WHERE ${casesIn(scope, p)} GROUP BY 1 ORDER BY 2 DESC, 1`,
  );
}

/** cases registered in the period, by the region of the agency supervised */
export async function casesByRegion(db: Queryable, scope: DashboardScope, p: Period) {
  return db.query<{ regionCode: string; name: string; n: number }>(sql`
    SELECT g.region_code AS "regionCode", r.name, g.n FROM (
      SELECT c.region_code, count(*)::int AS n FROM supervision_cases c WHERE ${casesIn(scope, p)} GROUP BY 1
    ) g JOIN regions r ON r.code = g.region_code ORDER BY g.n DESC, r.path`);
}

/** the agencies with most cases registered in the period */
export async function casesByAgency(db: Queryable, scope: DashboardScope, p: Period, limit = 15) {
  return db.query<AgencyCount>(sql`
    SELECT g.agency_id AS "agencyId", o.name, g.n FROM (
      SELECT c.agency_id, count(*)::int AS n FROM supervision_cases c WHERE ${casesIn(scope, p)}
      GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${limit}
    ) g JOIN organisations o ON o.id = g.agency_id ORDER BY g.n DESC, o.name`);
}

/**
 * Steps of the procedure taken in the period on cases of the scope: the step carries its case's
 * region (0017), so a city's steps are found without reading the city's cases.
 */
const stepsIn = (scope: DashboardScope, p: Period, actions: readonly string[]) =>
  sql`FROM case_steps s
    WHERE ${inRegions(scope, 's.region_code')} AND s.action = ANY(${actions})
      AND s.on_day BETWEEN ${p.from}::date AND ${p.to}::date`;

/**
 * Notices issued (第九条（三）) and decisions served (第十条) in the period; decisions by their
 * kind (第十三条 to 第十五条) as the case holds it now (a review may have changed it).
 */
export async function noticesAndDecisions(db: Queryable, scope: DashboardScope, p: Period) {
  return counts(
    db,
    // only a served decision's case is read, for its kind
    sql`SELECT key, count(*)::int AS n FROM (
        SELECT 'notice' AS key ${stepsIn(scope, p, ['issue_notice'])}
        UNION ALL
        SELECT c.facts->'decision'->>'kind' FROM supervision_cases c
          JOIN (SELECT s.case_id ${stepsIn(scope, p, ['serve_decision'])}) s ON s.case_id = c.id
      ) x GROUP BY 1 ORDER BY 2 DESC, 1`,
  );
}

/** reviews (复查, 第十条第二款) decided in the period, by outcome: upheld, changed, revoked */
export async function reviewOutcomes(db: Queryable, scope: DashboardScope, p: Period) {
  return counts(
    db,
    sql`SELECT s.payload->>'outcome' AS key, count(*)::int AS n
      ${stepsIn(scope, p, ['decide_review'])} GROUP BY 1 ORDER BY 2 DESC, 1`,
  );
}

/**
 * Open and overdue cases now, whatever the period: open is any state before the end of the
 * procedure; overdue is a notice (第九条（三）) or an order (第十三条第一款) past its deadline,
 * the same test as the case list's filter.
 */
export async function overdue(db: Queryable, scope: DashboardScope, today: string) {
  const [row] = await db.query<{
    openCases: number;
    overdueCases: number;
    overdueNotices: number;
    overdueOrders: number;
  }>(sql`
    SELECT count(*)::int AS "openCases",
      count(*) FILTER (WHERE ${overdueCase(today)})::int AS "overdueCases",
      count(*) FILTER (WHERE ${overdueNotice(today)})::int AS "overdueNotices",
      count(*) FILTER (WHERE ${overdueOrder(today)})::int AS "overdueOrders"
    FROM supervision_cases c
    WHERE ${inRegions(scope, 'c.region_code')} AND c.state = ANY(${OPEN_STATES})`);
  return row;
}

export interface CorrectionRate {
  /** notices and orders whose deadline fell in the period and has passed, or that were corrected */
  due: number;
  /** of those, the ones whose correction the agency reported (in writing) */
  corrected: number;
  /** of those, reported by the deadline */
  inTime: number;
  /** corrected ÷ due, null when nothing was due */
  rate: number | null;
  notices: { due: number; corrected: number; inTime: number };
  orders: { due: number; corrected: number; inTime: number };
}

/**
 * The correction rate (有错必纠, 第三条; docs/dashboard.md): of the notices (第九条（三）) and the
 * orders to perform or correct (第十三条第一款) whose deadline fell in the period, those whose
 * agency's handling or execution was recorded. A notice counts as corrected once the agency's
 * written report of its handling is received (第九条（三）, 第十三条第二款: in writing); an order
 * once its execution is reported (第十条, 第十六条（十）). An order that went unmet and was taken
 * further (逾期不改, 第十三条) counts as due and uncorrected on the day it was taken further.
 */
export async function correctionRate(
  db: Queryable,
  scope: DashboardScope,
  p: Period,
  today: string,
): Promise<CorrectionRate> {
  const [r] = await db.query<Record<string, number>>(sql`
    WITH notices AS (
      SELECT (c.facts->'notice'->>'deadline')::date AS deadline,
        (c.facts->'notice'->>'reportReceivedOn')::date AS reported
      FROM supervision_cases c
      WHERE ${inRegions(scope, 'c.region_code')} AND c.facts->'notice' <> 'null'::jsonb
        AND c.facts->'notice'->>'deadline' BETWEEN ${p.from} AND ${p.to}
    ), orders AS (
      SELECT (c.facts->'decision'->>'deadline')::date AS deadline,
        (SELECT min(x.on_day) FROM case_steps x WHERE x.case_id = c.id AND x.action = 'report_execution') AS reported
      FROM supervision_cases c
      WHERE ${inRegions(scope, 'c.region_code')}
        AND c.facts->'decision'->>'kind' IN ('order_performance', 'order_correction')
        AND c.facts->'decision'->>'servedOn' IS NOT NULL
        AND c.facts->'decision'->>'deadline' BETWEEN ${p.from} AND ${p.to}
    ), unmet AS (
      SELECT count(*)::int AS n ${stepsIn(scope, p, ['escalate_unmet_order'])}
    )
    SELECT
      (SELECT count(*) FROM notices WHERE deadline < ${today}::date OR reported IS NOT NULL)::int AS notices_due,
      (SELECT count(*) FROM notices WHERE reported IS NOT NULL)::int AS notices_corrected,
      (SELECT count(*) FROM notices WHERE reported <= deadline)::int AS notices_in_time,
      ((SELECT count(*) FROM orders WHERE deadline < ${today}::date OR reported IS NOT NULL) + (SELECT n FROM unmet))::int AS orders_due,
      (SELECT count(*) FROM orders WHERE reported IS NOT NULL)::int AS orders_corrected,
      (SELECT count(*) FROM orders WHERE reported <= deadline)::int AS orders_in_time`);
  const notices = { due: r.notices_due, corrected: r.notices_corrected, inTime: r.notices_in_time };
  const orders = { due: r.orders_due, corrected: r.orders_corrected, inTime: r.orders_in_time };
  const due = notices.due + orders.due;
  const corrected = notices.corrected + orders.corrected;
  return {
    due,
    corrected,
    inTime: notices.inTime + orders.inTime,
    rate: due ? corrected / due : null,
    notices,
    orders,
  };
}

/** warnings (第十五条 to 第十七条) raised in the period on acts of the scope, by rule, with how many are still open */
export async function warningsByRule(db: Queryable, scope: DashboardScope, p: Period) {
  return db.query<{ rule: string; article: string; n: number; open: number }>(sql`
    SELECT w.rule, min(w.article) AS article, count(*)::int AS n,
      count(*) FILTER (WHERE w.state = 'open')::int AS open
    FROM warnings w
    WHERE ${inRegions(scope, 'w.region_code')} AND ${instantIn('w.raised_at', p)}
    GROUP BY 1 ORDER BY 3 DESC, 1`);
}

/** accountability matters (第十六条 to 第十八条) opened or proposed in the period, by state and subject */
export async function accountabilityByState(db: Queryable, scope: DashboardScope, p: Period) {
  return db.query<{ state: string; subjectKind: string; n: number }>(sql`
    SELECT m.state, m.subject_kind AS "subjectKind", count(*)::int AS n
    FROM accountability_matters m
    WHERE ${inRegions(scope, 'm.region_code')} AND ${instantIn('m.created_at', p)}
    GROUP BY 1, 2 ORDER BY 1, 2`);
}

/**
 * Certificate coverage today (第七条第二款, 第十六条（七）): per agency, its active enforcement
 * officers and those holding an enforcement certificate valid today (not seized, revoked or
 * expired). The agencies with the lowest coverage come first.
 */
export async function certificateCoverage(db: Queryable, scope: DashboardScope, today: string, limit = 15) {
  const cover = sql`
    SELECT o.organisation_id AS agency_id, count(*)::int AS officers,
      count(*) FILTER (WHERE EXISTS (SELECT 1 FROM certificates k WHERE k.officer_id = o.id AND k.kind = 'enforcement'
        AND k.status = 'valid' AND k.valid_from <= ${today}::date AND k.valid_until >= ${today}::date))::int AS valid
    FROM officers o JOIN organisations a ON a.id = o.organisation_id AND a.kind = 'agency'
    WHERE ${inRegions(scope, 'o.region_code')} AND o.active
    GROUP BY 1`;
  // the totals over every agency ride along each row of the page of lowest coverage: one pass
  const rows = await db.query<{
    agencyId: string;
    name: string;
    officers: number;
    valid: number;
    allOfficers: number;
    allValid: number;
    allAgencies: number;
  }>(sql`
    SELECT g.agency_id AS "agencyId", a.name, g.officers, g.valid,
      (sum(g.officers) OVER ())::int AS "allOfficers", (sum(g.valid) OVER ())::int AS "allValid",
      (count(*) OVER ())::int AS "allAgencies"
    FROM (${cover}) g JOIN organisations a ON a.id = g.agency_id
    ORDER BY g.valid::float / g.officers, g.officers DESC, a.name LIMIT ${limit}`);
  const totals = {
    officers: rows[0]?.allOfficers ?? 0,
    valid: rows[0]?.allValid ?? 0,
    agencies: rows[0]?.allAgencies ?? 0,
  };
  const agencies = rows.map(({ agencyId, name, officers, valid }) => ({ agencyId, name, officers, valid }));
  return { ...totals, agencies };
}

/**
 * Case-file evaluation scores (第八条（一）) per agency: the average of the final scores of its
 * files in the campaigns whose period overlaps this one. Scores are computed from the sheets when
 * read (evaluations/results.ts), so this reuses that computation over the few campaigns concerned.
 */
export async function evaluationScores(db: Queryable, scope: DashboardScope, p: Period) {
  const campaigns = await db.query<{
    id: string;
    rubric: Parameters<typeof fileResults>[0];
    reviewers_per_file: number;
  }>(sql`
    SELECT c.id, c.rubric, c.reviewers_per_file FROM evaluation_campaigns c
    WHERE c.state <> 'draft' AND c.period_from <= ${p.to}::date AND c.period_to >= ${p.from}::date
      AND EXISTS (SELECT 1 FROM evaluation_files f WHERE f.campaign_id = c.id AND ${inRegions(scope, 'f.region_code')})`);
  const byAgency = new Map<
    string,
    { agencyId: string; name: string; files: number; sum: number; failing: number }
  >();
  for (const c of campaigns) {
    const files = (await campaignFiles(db, c.id)).filter((f) => scope.regionCodes.includes(f.region_code));
    const results = fileResults(c.rubric, c.reviewers_per_file, files, await campaignSheets(db, c.id));
    for (const a of campaignResults(c.rubric, results).agencies) {
      const seen = byAgency.get(a.agencyId) ?? {
        agencyId: a.agencyId,
        name: a.name,
        files: 0,
        sum: 0,
        failing: 0,
      };
      seen.files += a.files;
      seen.sum += a.average * a.files;
      seen.failing += a.failing;
      byAgency.set(a.agencyId, seen);
    }
  }
  return [...byAgency.values()]
    .map(({ sum, ...a }) => ({ ...a, average: Math.round((sum / a.files) * 10) / 10 }))
    .sort((a, b) => b.average - a.average || a.name.localeCompare(b.name, 'zh'));
}
