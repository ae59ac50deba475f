// SQL for accountability matters, scoped to the actor's jurisdiction by the subject's region
// (第二条, 第四条): a county organ sees its county's matters, the city organ the whole city.
import type { SourceKind } from '@jiandu/contracts';
import type { MatterFacts, SubjectKind } from '@jiandu/procedure';
import type { AccountabilityMeasureCode } from '@jiandu/regulation';
import type { Actor } from '../../access/actor.ts';
import type { Queryable } from '../../db/client.ts';
import { type SqlFragment, sql } from '../../db/sql.ts';

export interface MatterRow {
  id: string;
  subject_kind: SubjectKind;
  agency_id: string | null;
  officer_id: string | null;
  supervisor_id: string | null;
  subject_name: string;
  subject_organisation: string;
  organ_id: string;
  organ_name: string;
  region_code: string;
  pack_id: string;
  grounds: string[];
  facts: string;
  state: MatterFacts['state'];
  origin: 'manual' | 'automatic';
  correction_reported_on: string | null;
  decision_reason: string | null;
  version: number;
  created_by_name: string;
  created_at: Date;
  updated_at: Date;
}

export interface MeasureRow {
  id: string;
  matter_id: string;
  kind: AccountabilityMeasureCode;
  status: 'drafted' | 'approved' | 'returned';
  article: string;
  deadline: string | null;
  reasons: string | null;
  document_ref: string | null;
  drafted_by: string | null;
  drafted_by_name: string;
  drafted_at: Date;
  decided_by_name: string | null;
  effective_on: string | null;
  return_reason: string | null;
  certificate_id: string | null;
}

export function matterScope(actor: Actor): SqlFragment {
  // an agency liaison holds no accountability permission; the scope says so again in SQL
  if (actor.scope.organisationId) return sql`false`;
  return sql`m.region_code = ANY(${actor.scope.regionCodes})`;
}

const SELECT = sql`SELECT m.*, org.name AS organ_name,
    COALESCE(ag.name, off.name, su.display_name) AS subject_name,
    COALESCE(ag.name, offorg.name, suorg.name) AS subject_organisation
  FROM accountability_matters m
  JOIN organisations org ON org.id = m.organ_id
  LEFT JOIN organisations ag ON ag.id = m.agency_id
  LEFT JOIN officers off ON off.id = m.officer_id
  LEFT JOIN organisations offorg ON offorg.id = off.organisation_id
  LEFT JOIN users su ON su.id = m.supervisor_id
  LEFT JOIN organisations suorg ON suorg.id = su.organisation_id`;

export interface MatterFilter {
  state?: string;
  subjectKind?: string;
  q?: string;
  limit: number;
  offset: number;
}

export async function listMatters(q: Queryable, actor: Actor, f: MatterFilter) {
  const where: SqlFragment[] = [matterScope(actor)];
  if (f.state) where.push(sql`m.state = ${f.state}`);
  if (f.subjectKind) where.push(sql`m.subject_kind = ${f.subjectKind}`);
  if (f.q)
    where.push(
      sql`(COALESCE(ag.name, off.name, su.display_name) LIKE ${`%${f.q}%`} OR m.facts LIKE ${`%${f.q}%`})`,
    );
  const w = sql.join(where, ' AND ');
  const rows = await q.query<MatterRow>(
    sql`${SELECT} WHERE ${w} ORDER BY m.updated_at DESC, m.id LIMIT ${f.limit} OFFSET ${f.offset}`,
  );
  const [{ total }] = await q.query<{ total: number }>(sql`SELECT count(*)::int AS total
    FROM accountability_matters m LEFT JOIN organisations ag ON ag.id = m.agency_id
    LEFT JOIN officers off ON off.id = m.officer_id LEFT JOIN users su ON su.id = m.supervisor_id
    WHERE ${w}`);
  return { rows, total };
}

export async function getMatter(
  q: Queryable,
  actor: Actor,
  id: string,
  forUpdate = false,
): Promise<MatterRow | null> {
  const [row] = await q.query<MatterRow>(
    sql`${SELECT} WHERE m.id = ${id} AND ${matterScope(actor)}${forUpdate ? sql` FOR UPDATE OF m` : sql``}`,
  );
  return row ?? null;
}

export async function matterMeasures(q: Queryable, matterIds: string[]): Promise<MeasureRow[]> {
  if (!matterIds.length) return [];
  return q.query<MeasureRow>(
    sql`SELECT * FROM accountability_measures WHERE matter_id = ANY(${matterIds}) ORDER BY drafted_at, id`,
  );
}

export async function matterSources(q: Queryable, matterId: string) {
  return q.query<{ source_kind: SourceKind; source_id: string; note: string | null }>(
    sql`SELECT source_kind, source_id, note FROM accountability_sources WHERE matter_id = ${matterId}
      ORDER BY source_kind, source_id`,
  );
}

/** the facts the procedure decides on: approved measures count, a draft only blocks */
export function matterFacts(row: MatterRow, measures: MeasureRow[]): MatterFacts {
  const own = measures.filter((m) => m.matter_id === row.id);
  return {
    subject: row.subject_kind,
    state: row.state,
    grounds: row.grounds,
    measures: own
      .filter((m) => m.status === 'approved')
      .map((m) => ({ kind: m.kind, on: m.effective_on!, deadline: m.deadline })),
    pendingDraft: own.some((m) => m.status === 'drafted'),
    correction: row.correction_reported_on ? { reportedOn: row.correction_reported_on } : null,
  };
}

/** the officer's enforcement certificate to act on today: the latest that is not revoked */
export async function officerCertificate(q: Queryable, officerId: string) {
  const [c] = await q.query<{
    id: string;
    status: 'valid' | 'seized' | 'revoked';
    valid_until: string;
    version: number;
  }>(
    sql`SELECT id, status, valid_until, version FROM certificates
      WHERE officer_id = ${officerId} AND kind = 'enforcement' AND status <> 'revoked'
      ORDER BY valid_until DESC, id LIMIT 1`,
  );
  return c ?? null;
}
