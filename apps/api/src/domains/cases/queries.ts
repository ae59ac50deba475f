// SQL for petitions and cases. Reads take the actor's scope: organ staff see the cases of
// their jurisdiction (第二条); an agency liaison sees the notices and decisions addressed to
// the agency, nothing earlier.
import { CASE_STATES, type CaseFacts } from '@jiandu/procedure';
import type { Actor } from '../../access/actor.ts';
import type { Queryable } from '../../db/client.ts';
import { type SqlFragment, sql } from '../../db/sql.ts';
import type { PetitionRow } from './presenter.ts';

export interface CaseRow {
  id: string;
  source: string;
  petition_id: string | null;
  organ_id: string;
  organ_name: string;
  agency_id: string;
  agency_name: string;
  region_code: string;
  region_name: string;
  reviewing_organ_id: string | null;
  pack_id: string;
  /** 案号, given at registration */
  case_number: string;
  title: string;
  state: string;
  facts: CaseFacts;
  registered_on: string;
  /** how the agency is managed (行政执法监督条例第四十二条第二款), read with the case */
  agency_management: 'local' | 'vertical' | 'dual_led';
  agency_higher_department: string | null;
  filed_on: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export function caseScope(actor: Actor): SqlFragment {
  // a liaison's agency lies in its one region, which is named too
  if (actor.role === 'agency_liaison')
    return sql`(c.agency_id = ${actor.organisationId} AND c.region_code = ANY(${actor.scope.regionCodes})
      AND c.facts->'notice' <> 'null'::jsonb)`;
  return sql`(c.region_code = ANY(${actor.scope.regionCodes}) OR c.reviewing_organ_id = ${actor.organisationId})`;
}

/**
 * The cases under review by the organ (第十条) whose region matches `region` (a region, or
 * `ANY(…)`): with its own regions, the organ's scope. Asked of the regions outside its
 * jurisdiction on the index (0019); "reviewed by us, not one of ours" would walk every case
 * the organ reviews, its own counties' too, and one OR with the regions reads the table.
 */
function reviewingFrom(actor: Actor, region: SqlFragment): SqlFragment {
  return sql`c.reviewing_organ_id = ${actor.organisationId} AND c.region_code = ${region}`;
}

const SELECT = sql`SELECT c.*, o.name AS organ_name, a.name AS agency_name, r.name AS region_name,
    a.management AS agency_management, a.higher_department AS agency_higher_department
  FROM supervision_cases c
  JOIN organisations o ON o.id = c.organ_id
  JOIN organisations a ON a.id = c.agency_id
  JOIN regions r ON r.code = c.region_code`;

/**
 * A case by id, read in the actor's regions: the region filter names where the row lives, so a
 * database spread by region (docs/scale.md) reads only those regions. A liaison's agency lies in
 * its one region. A case the organ reviews from outside its jurisdiction (第十条) is asked after,
 * on the reviewing organ, only when the first read found nothing.
 */
export async function getCase(
  q: Queryable,
  actor: Actor,
  id: string,
  forUpdate = false,
): Promise<CaseRow | null> {
  const lock = forUpdate ? sql` FOR UPDATE OF c` : sql``;
  const inRegions = sql`c.id = ${id} AND c.region_code = ANY(${actor.scope.regionCodes}::text[])`;
  const [row] = await q.query<CaseRow>(
    actor.role === 'agency_liaison'
      ? sql`${SELECT} WHERE ${inRegions} AND ${caseScope(actor)}${lock}`
      : sql`${SELECT} WHERE ${inRegions}${lock}`,
  );
  if (row || actor.role === 'agency_liaison') return row ?? null;
  const [reviewed] = await q.query<CaseRow>(
    sql`${SELECT} WHERE c.id = ${id} AND c.reviewing_organ_id = ${actor.organisationId}${lock}`,
  );
  return reviewed ?? null;
}

export interface CaseFilter {
  state?: string;
  source?: string;
  /** deadlines are compared with today when read; nothing stores "overdue" */
  overdue?: 'true' | 'false';
  today?: string;
  agencyId?: string;
  regionCode?: string;
  q?: string;
  open?: 'true';
  registeredFrom?: string;
  registeredTo?: string;
  decisionKind?: string;
  limit: number;
  offset: number;
}

/** states before the end of the procedure (a case still under way), listed so the (region, state) index finds them */
export const OPEN_STATES: string[] = CASE_STATES.filter(
  (s) => !['closed', 'archived', 'not_filed', 'transferred'].includes(s),
);

/**
 * A notice left unreported past its deadline (第九条（三）): the same test as the case page's
 * `caseDeadlines`, written in SQL so lists and the dashboard count without loading every case.
 */
export const overdueNotice = (today: string) =>
  sql`(c.state = 'notice_issued' AND c.facts->'notice'->>'reportReceivedOn' IS NULL AND c.facts->'notice'->>'deadline' < ${today})`;

/** An order decision left unexecuted past its deadline (第十三条第一款). */
export const overdueOrder = (today: string) =>
  sql`(c.state IN ('decided', 'under_review') AND c.facts->'decision'->>'deadline' < ${today})`;

/** A case with a deadline passed: its notice or its order. */
export const overdueCase = (today: string) => sql`(${overdueNotice(today)} OR ${overdueOrder(today)})`;

/**
 * A search counts its matches up to this many and then says "more": a two-character search
 * over a city (「市场」) matches tens of thousands of cases, which nobody pages through, and
 * counting them all is most of the request's time at a million cases (docs/scale.md).
 */
export const SEARCH_COUNT_CAP = 1000;

export async function listCases(
  q: Queryable,
  actor: Actor,
  f: CaseFilter,
  searchCountCap = SEARCH_COUNT_CAP,
) {
  // the agency cannot search the words of cases it may not read (their 案由 before the notice,
  // the petitions): its search is dropped here, for every list and export alike
  if (actor.role === 'agency_liaison') f = { ...f, q: undefined };
  const where: SqlFragment[] = [];
  if (f.state) where.push(sql`c.state = ${f.state}`);
  if (f.source) where.push(sql`c.source = ${f.source}`);
  if (f.agencyId) where.push(sql`c.agency_id = ${f.agencyId}`);
  if (f.regionCode) where.push(sql`c.region_code = ${f.regionCode}`);
  if (f.open) where.push(sql`c.state = ANY(${OPEN_STATES})`);
  if (f.registeredFrom) where.push(sql`c.registered_on >= ${f.registeredFrom}::date`);
  if (f.registeredTo) where.push(sql`c.registered_on <= ${f.registeredTo}::date`);
  if (f.decisionKind) where.push(sql`c.facts->'decision'->>'kind' = ${f.decisionKind}`);
  if (f.q) {
    // the agencies named first, once: then both tests read only the index entry (0016)
    const like = `%${f.q.replace(/[\\%_]/g, '\\$&')}%`;
    // a 案号 asked whole is found on its own index, once, like the agencies
    where.push(sql`(c.title LIKE ${like}
      OR c.agency_id = ANY(ARRAY(SELECT id FROM organisations WHERE kind = 'agency' AND name LIKE ${like}))
      OR c.id = ANY(ARRAY(SELECT id FROM supervision_cases WHERE case_number = ${f.q.trim()})))`);
  }
  if (f.overdue && f.today) {
    const overdue = overdueCase(f.today);
    where.push(f.overdue === 'true' ? overdue : sql`NOT ${overdue}`);
  }
  const and = (parts: SqlFragment[]) => sql.join(parts, ' AND ');
  const count = async (m: SqlFragment) =>
    (await q.query<{ n: number }>(sql`SELECT count(*)::int AS n FROM (${m}) m`))[0].n;
  const all = (scope: SqlFragment) =>
    sql`SELECT c.id, c.updated_at FROM supervision_cases c WHERE ${and([scope, ...where])}`;
  // candidates: a set of (id, updated_at) that holds the page; total: how many match in all
  let candidates: SqlFragment;
  let total: () => Promise<number>;
  if (actor.role === 'agency_liaison') {
    candidates = all(caseScope(actor));
    total = () => count(candidates);
  } else {
    const regions = f.regionCode
      ? actor.scope.regionCodes.filter((r) => r === f.regionCode)
      : actor.scope.regionCodes;
    const inRegions = all(sql`c.region_code = ANY(${regions}::text[])`);
    // a filter the index entry cannot answer (deadlines and decisions are in the facts, the
    // registration day is not carried) is left to the planner, which reads the few cases in
    // the states it names; otherwise each region's newest entries up to the page's end come
    // from its own index in the list's order (0015), and the page is among them: a city's
    // first page reads 50 entries a region, not the city's 70,000
    const onEntry = !f.overdue && !f.decisionKind && !f.registeredFrom && !f.registeredTo;
    // the rollup totals the regions when it keeps every filter asked (0016); otherwise the
    // matching entries are counted. The cases under review from outside, few, are counted.
    const rollup = onEntry && !f.q && !f.agencyId;
    // the regions outside the jurisdiction the organ reviews cases of: each outside region is
    // probed on the index (0019) for one case; there are none in a hierarchy where the organ
    // above reviews, and then the list has no second branch at all. The rollup's sum is asked
    // in the same statement: one query fewer on every plain list.
    const [probed] = await q.query<{ outside: string[]; n: number | null }>(sql`SELECT
      ARRAY(SELECT g.code FROM regions g WHERE NOT g.code = ANY(${actor.scope.regionCodes}::text[])
        AND EXISTS (SELECT 1 FROM supervision_cases c WHERE ${reviewingFrom(actor, sql`g.code`)})) AS outside,
      ${rollup ? sql`(${rollupSum(regions, f)})` : sql`NULL::int`} AS n`);
    const outside = probed.outside;
    const reviewing = outside.length ? all(reviewingFrom(actor, sql`ANY(${outside}::text[])`)) : null;
    // one agency's cases are few and lie in one region: its own index finds them, where a walk
    // of every region would test each entry for the agency
    const page =
      onEntry && !f.agencyId
        ? sql`SELECT x.id, x.updated_at FROM unnest(${regions}::text[]) r(code) CROSS JOIN LATERAL (
          SELECT c.id, c.updated_at FROM supervision_cases c WHERE ${and([sql`c.region_code = r.code`, ...where])}
          ORDER BY c.updated_at DESC, c.id LIMIT ${f.offset + f.limit}) x`
        : inRegions;
    candidates = reviewing ? sql`${page} UNION ALL ${reviewing}` : page;
    const counted = f.q ? sql`${inRegions} LIMIT ${searchCountCap + 1}` : inRegions;
    total = async () => (probed.n ?? (await count(counted))) + (reviewing ? await count(reviewing) : 0);
  }
  // the page's ids first, from the indexes alone; then only those rows are read. The total is
  // asked beside it: on PostgreSQL's pool the two run at once, a search's count (tens of
  // thousands of entries) no longer after the page
  const [rows, n] = await Promise.all([
    q.query<CaseRow>(
      sql`${SELECT} JOIN (SELECT m.id FROM (${candidates}) m
          ORDER BY m.updated_at DESC, m.id LIMIT ${f.limit} OFFSET ${f.offset}) page ON page.id = c.id
        ORDER BY c.updated_at DESC, c.id`,
    ),
    total(),
  ]);
  // a search past the cap reports the cap, and that there are more
  return f.q && n > searchCountCap
    ? { rows, total: searchCountCap, totalCapped: true }
    : { rows, total: n, totalCapped: false };
}

/** the cases of these regions matching the filters the rollup keeps, summed from it (0016) */
function rollupSum(regions: string[], f: CaseFilter): SqlFragment {
  const where = [sql`t.region_code = ANY(${regions}::text[])`];
  if (f.state) where.push(sql`t.state = ${f.state}`);
  if (f.source) where.push(sql`t.source = ${f.source}`);
  if (f.open) where.push(sql`t.state = ANY(${OPEN_STATES})`);
  return sql`SELECT coalesce(sum(t.n), 0)::int FROM case_totals t WHERE ${sql.join(where, ' AND ')}`;
}

export interface StepRow {
  n: number;
  action: string;
  from_state: string;
  to_state: string;
  article: string;
  actor_name: string;
  on_day: string;
  at: Date;
  payload: unknown;
  documents: string[];
}

/** the case's steps, read in its region */
export async function caseSteps(q: Queryable, c: { id: string; region_code: string }): Promise<StepRow[]> {
  return q.query<StepRow>(
    sql`SELECT * FROM case_steps WHERE case_id = ${c.id} AND region_code = ${c.region_code} ORDER BY n`,
  );
}

/** Supervisors of the organ who may take part in a measure (第七条第二款). */
export async function organSupervisors(
  q: Queryable,
  organId: string,
): Promise<{ id: string; displayName: string }[]> {
  return q.query(sql`SELECT id, display_name AS "displayName" FROM users
    WHERE organisation_id = ${organId} AND role = 'supervisor' AND active ORDER BY display_name`);
}

/** a case's petition, read in the case's region (a petition and its case share the agency's) */
export async function getPetition(q: Queryable, c: { petition_id: string; region_code: string }) {
  const [row] = await q.query<PetitionRow>(
    sql`SELECT * FROM petitions WHERE id = ${c.petition_id} AND region_code = ${c.region_code}`,
  );
  return row ?? null;
}

/** the petitions of the cases a list has already chosen (and so scoped), by id in their regions */
export async function petitionsByIds(
  q: Queryable,
  cases: { petition_id: string | null; region_code: string }[],
): Promise<Map<string, PetitionRow>> {
  const of = cases.filter((c) => c.petition_id);
  if (!of.length) return new Map();
  const rows = await q.query<PetitionRow & { id: string }>(
    sql`SELECT * FROM petitions WHERE id = ANY(${of.map((c) => c.petition_id)}::uuid[])
      AND region_code = ANY(${[...new Set(of.map((c) => c.region_code))]}::text[])`,
  );
  return new Map(rows.map((r) => [r.id, r]));
}

/** Active agencies, for the public form: names only. */
export async function publicAgencies(q: Queryable) {
  const rows = await q.query<{ id: string; name: string; region_name: string }>(sql`
    SELECT o.id, o.name, r.name AS region_name FROM organisations o JOIN regions r ON r.code = o.region_code
    WHERE o.kind = 'agency' AND o.active ORDER BY r.path, o.name`);
  return rows.map((o) => ({ id: o.id, name: o.name, regionName: o.region_name }));
}

export async function statusByTrackingCode(q: Queryable, hash: string) {
  const [row] = await q.query<{
    kind: string;
    received_at: Date;
    facts: CaseFacts;
    case_id: string;
    region_code: string;
  }>(sql`
    SELECT p.kind, p.received_at, c.facts, c.id AS case_id, c.region_code FROM petitions p
    JOIN supervision_cases c ON c.petition_id = p.id AND c.region_code = p.region_code
    WHERE p.tracking_hash = ${hash}`);
  if (!row) return null;
  // the steps the public timeline is drawn from: what and when, never who or why
  const steps = await q.query<{ action: string; to_state: string; on_day: string }>(sql`
    SELECT action, to_state, on_day::text AS on_day FROM case_steps
    WHERE case_id = ${row.case_id} AND region_code = ${row.region_code} ORDER BY n`);
  return { ...row, steps };
}
