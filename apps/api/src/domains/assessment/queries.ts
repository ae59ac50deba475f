// The raw counts of the annual assessment (第五条) for one year, per organisation, scoped to
// the actor's regions in every statement. Each count is a plain aggregate over the tables the
// procedure already fills; docs/assessment.md names the table and field behind each.
import { type AssessmentCounts, EMPTY_COUNTS, REPORT_WITHIN_DAYS } from '@jiandu/procedure';
import type { Actor } from '../../access/actor.ts';
import type { Queryable } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';

export interface YearRange {
  /** first day of the year, 'YYYY-01-01' */
  from: string;
  /** first day of the next year */
  to: string;
}

export const yearRange = (year: number): YearRange => ({ from: `${year}-01-01`, to: `${year + 1}-01-01` });

export interface OrgRow {
  id: string;
  name: string;
  kind: 'government' | 'supervision_organ' | 'agency';
  region_code: string;
  region_name: string;
  region_path: string;
  active: boolean;
}

/** governments, organs and agencies in scope, the governments' regions first by path */
export async function assessedOrganisations(q: Queryable, actor: Actor) {
  return q.query<OrgRow>(sql`
    SELECT o.id, o.name, o.kind, o.region_code, r.name AS region_name, r.path AS region_path, o.active
    FROM organisations o JOIN regions r ON r.code = o.region_code
    WHERE o.region_code = ANY(${actor.scope.regionCodes})
    ORDER BY r.path, o.kind, o.name`);
}

type Partial = { org_id: string } & { [K in keyof AssessmentCounts]?: number };

/** 第八条（三）: acts of the year, reported on time, and the warnings on them not dismissed */
function actCounts(q: Queryable, regions: string[], y: YearRange) {
  return q.query<Partial>(sql`
    SELECT a.agency_id AS org_id, count(*)::int AS "acts",
      count(*) FILTER (WHERE (a.reported_at AT TIME ZONE 'Asia/Shanghai')::date
        <= a.decision_date + ${REPORT_WITHIN_DAYS}::int)::int AS "actsOnTime"
    FROM enforcement_acts a
    WHERE a.region_code = ANY(${regions}) AND a.decision_date >= ${y.from}::date AND a.decision_date < ${y.to}::date
    GROUP BY a.agency_id`);
}

function warningCounts(q: Queryable, regions: string[], y: YearRange) {
  // a dismissed warning was judged unfounded, a cleared one undone by a later correction of the record
  return q.query<Partial>(sql`
    SELECT w.agency_id AS org_id, count(*)::int AS "warnings"
    FROM warnings w JOIN enforcement_acts a ON a.id = w.act_id
    WHERE w.region_code = ANY(${regions}) AND w.state IN ('open', 'case')
      AND a.decision_date >= ${y.from}::date AND a.decision_date < ${y.to}::date
    GROUP BY w.agency_id`);
}

/** 第十六条（七）: officers named on the year's acts, and those warned for their certificate */
function officerCounts(q: Queryable, regions: string[], y: YearRange) {
  return q.query<Partial>(sql`
    SELECT a.agency_id AS org_id, count(DISTINCT ao.officer_id)::int AS "officersActing",
      count(DISTINCT w.officer_id)::int AS "officersUncertified"
    FROM enforcement_acts a JOIN act_officers ao ON ao.act_id = a.id AND ao.decision_date = a.decision_date
    LEFT JOIN warnings w ON w.act_id = a.id AND w.officer_id = ao.officer_id
      AND w.rule = 'officer_certificate' AND w.state IN ('open', 'case')
    WHERE a.region_code = ANY(${regions}) AND a.decision_date >= ${y.from}::date AND a.decision_date < ${y.to}::date
    GROUP BY a.agency_id`);
}

/** 第九条（三）: notices issued in the year, answered in writing by their deadline */
function noticeCounts(q: Queryable, regions: string[], y: YearRange) {
  return q.query<Partial>(sql`
    SELECT c.agency_id AS org_id, count(*)::int AS "notices",
      count(*) FILTER (WHERE EXISTS (SELECT 1 FROM case_steps r WHERE r.case_id = s.case_id AND r.n > s.n
        AND r.action = 'report_handling' AND r.payload->>'receivedOn' <= s.payload->>'deadline'))::int AS "noticesOnTime"
    FROM case_steps s JOIN supervision_cases c ON c.id = s.case_id
    WHERE s.region_code = ANY(${regions}) AND s.action = 'issue_notice'
      AND s.on_day >= ${y.from}::date AND s.on_day < ${y.to}::date
    GROUP BY c.agency_id`);
}

/** 第十三条, 第十六条（十）: orders served in the year, executed and reported by their deadline */
function orderCounts(q: Queryable, regions: string[], y: YearRange) {
  return q.query<Partial>(sql`
    SELECT c.agency_id AS org_id, count(*)::int AS "orders",
      count(*) FILTER (WHERE EXISTS (SELECT 1 FROM case_steps x WHERE x.case_id = s.case_id AND x.n > s.n
        AND x.action = 'report_execution' AND x.payload->>'reportedOn' <= d.payload->>'deadline'))::int AS "ordersOnTime"
    FROM case_steps s JOIN supervision_cases c ON c.id = s.case_id
    -- the decision served is the last one drafted before its service
    JOIN LATERAL (SELECT dd.payload FROM case_steps dd WHERE dd.case_id = s.case_id AND dd.n < s.n
      AND dd.action = 'draft_decision' ORDER BY dd.n DESC LIMIT 1) d ON true
    WHERE s.region_code = ANY(${regions}) AND s.action = 'serve_decision'
      AND s.on_day >= ${y.from}::date AND s.on_day < ${y.to}::date
      AND d.payload->>'kind' IN ('order_performance', 'order_correction')
    GROUP BY c.agency_id`);
}

/** 第十条第二款: review decisions of the year and those upholding the decision */
function reviewCounts(q: Queryable, regions: string[], y: YearRange) {
  return q.query<Partial>(sql`
    SELECT c.agency_id AS org_id, count(*)::int AS "reviews",
      count(*) FILTER (WHERE s.payload->>'outcome' = 'upheld')::int AS "reviewsUpheld"
    FROM case_steps s JOIN supervision_cases c ON c.id = s.case_id
    WHERE s.region_code = ANY(${regions}) AND s.action = 'decide_review'
      AND s.on_day >= ${y.from}::date AND s.on_day < ${y.to}::date
    GROUP BY c.agency_id`);
}

/** 第十六条 to 第十八条: matters confirmed in the year, against the agency, its officers, or an organ's supervisor */
function matterCounts(q: Queryable, regions: string[], y: YearRange) {
  return q.query<Partial>(sql`
    SELECT coalesce(m.agency_id, o.organisation_id, u.organisation_id) AS org_id, count(*)::int AS "matters"
    FROM accountability_matters m
    LEFT JOIN officers o ON o.id = m.officer_id
    LEFT JOIN users u ON u.id = m.supervisor_id
    WHERE m.region_code = ANY(${regions}) AND m.state IN ('open', 'closed')
      AND m.created_at >= (${y.from}::date)::timestamp AT TIME ZONE 'Asia/Shanghai'
      AND m.created_at < (${y.to}::date)::timestamp AT TIME ZONE 'Asia/Shanghai'
    GROUP BY 1`);
}

export interface EvaluationFileRow {
  agency_id: string;
  campaign_id: string;
  settled: Record<string, number> | null;
  /** the submitted sheets' deductions */
  sheets: Record<string, number>[];
}

/** 第八条（一）: files of the campaigns whose period ends in the year, with their sheets; scored in the service */
export async function evaluationFiles(q: Queryable, actor: Actor, y: YearRange) {
  const campaigns = await q.query<{ id: string; rubric: unknown; reviewers_per_file: number }>(sql`
    SELECT c.id, c.rubric, c.reviewers_per_file FROM evaluation_campaigns c
    WHERE c.state IN ('scoring', 'published') AND c.period_to >= ${y.from}::date AND c.period_to < ${y.to}::date
      AND EXISTS (SELECT 1 FROM evaluation_files f WHERE f.campaign_id = c.id AND f.region_code = ANY(${actor.scope.regionCodes}))`);
  if (!campaigns.length) return { campaigns, files: [] as EvaluationFileRow[] };
  const files = await q.query<EvaluationFileRow>(sql`
    SELECT f.agency_id, f.campaign_id, f.settled,
      coalesce((SELECT json_agg(s.deductions) FROM evaluation_sheets s
        WHERE s.file_id = f.id AND s.submitted_at IS NOT NULL AND s.deductions IS NOT NULL), '[]'::json) AS sheets
    FROM evaluation_files f
    WHERE f.campaign_id = ANY(${campaigns.map((c) => c.id)}) AND f.region_code = ANY(${actor.scope.regionCodes})`);
  return { campaigns, files };
}

/** every count but the evaluation's, per organisation id */
export async function countsByOrganisation(
  q: Queryable,
  actor: Actor,
  y: YearRange,
): Promise<Map<string, AssessmentCounts>> {
  const regions = actor.scope.regionCodes;
  const parts = await Promise.all([
    actCounts(q, regions, y),
    warningCounts(q, regions, y),
    officerCounts(q, regions, y),
    noticeCounts(q, regions, y),
    orderCounts(q, regions, y),
    reviewCounts(q, regions, y),
    matterCounts(q, regions, y),
  ]);
  const out = new Map<string, AssessmentCounts>();
  for (const rows of parts)
    for (const { org_id, ...counts } of rows) {
      const c = out.get(org_id) ?? { ...EMPTY_COUNTS };
      for (const [k, v] of Object.entries(counts)) c[k as keyof AssessmentCounts] += Number(v);
      out.set(org_id, c);
    }
  return out;
}

/** the government of a region and its supervision organ (第四条): the report's addressee and author */
export async function governmentAndOrgan(q: Queryable, regionCode: string) {
  const [row] = await q.query<{ government: string; organ: string | null }>(sql`
    SELECT g.name AS government, o.name AS organ FROM organisations g
    LEFT JOIN organisations o ON o.parent_id = g.id AND o.kind = 'supervision_organ'
    WHERE g.kind = 'government' AND g.region_code = ${regionCode}`);
  return row ?? null;
}
