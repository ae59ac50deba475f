// SQL for visits and campaigns, scoped to the actor's jurisdiction (第二条): organ staff see
// the visits to agencies of their region and below; a liaison those to the own agency.
import type { CampaignState, VisitFacts, VisitState } from '@jiandu/procedure';
import type { Actor } from '../../access/actor.ts';
import type { Queryable } from '../../db/client.ts';
import { type SqlFragment, sql } from '../../db/sql.ts';

export interface VisitRow {
  id: string;
  organ_id: string;
  organ_name: string;
  agency_id: string;
  agency_name: string;
  region_code: string;
  campaign_id: string | null;
  campaign_theme: string | null;
  subject: string;
  planned_on: string | null;
  unannounced: boolean;
  started_on: string | null;
  closed_on: string | null;
  checklist: VisitFacts['checklist'];
  supervisor_ids: string[];
  findings: VisitFacts['findings'];
  follow_ups: VisitFacts['followUps'];
  conclusion: string | null;
  state: VisitState;
  version: number;
  created_at: Date;
}

export interface CampaignRow {
  id: string;
  organ_id: string;
  organ_name: string;
  region_code: string;
  theme: string;
  scope: string;
  period_from: string;
  period_to: string;
  state: CampaignState;
  summary: string | null;
  report_document_id: string | null;
  version: number;
  agency_ids: string[];
  created_at: Date;
}

export function visitScope(actor: Actor): SqlFragment {
  // 不打招呼: an unannounced visit stays unknown to the agency visited until it has begun
  if (actor.role === 'agency_liaison')
    return sql`(i.agency_id = ${actor.organisationId} AND i.region_code = ANY(${actor.scope.regionCodes})
      AND NOT (i.unannounced AND i.state = 'planned'))`;
  return sql`i.region_code = ANY(${actor.scope.regionCodes})`;
}

export function campaignScope(actor: Actor): SqlFragment {
  if (actor.role === 'agency_liaison')
    return sql`EXISTS (SELECT 1 FROM campaign_agencies ca WHERE ca.campaign_id = m.id AND ca.agency_id = ${actor.organisationId})`;
  return sql`m.region_code = ANY(${actor.scope.regionCodes})`;
}

export const visitFacts = (v: VisitRow): VisitFacts => ({
  state: v.state,
  unannounced: v.unannounced,
  plannedOn: v.planned_on,
  startedOn: v.started_on,
  closedOn: v.closed_on,
  supervisorIds: v.supervisor_ids,
  checklist: v.checklist,
  findings: v.findings,
  followUps: v.follow_ups,
  conclusion: v.conclusion,
});

const VISIT = sql`SELECT i.*, o.name AS organ_name, a.name AS agency_name, m.theme AS campaign_theme
  FROM inspections i JOIN organisations o ON o.id = i.organ_id JOIN organisations a ON a.id = i.agency_id
  LEFT JOIN campaigns m ON m.id = i.campaign_id`;

export async function getVisit(q: Queryable, actor: Actor, id: string, forUpdate = false) {
  const [row] = await q.query<VisitRow>(
    sql`${VISIT} WHERE i.id = ${id} AND ${visitScope(actor)}${forUpdate ? sql` FOR UPDATE OF i` : sql``}`,
  );
  return row ?? null;
}

export async function listVisits(
  q: Queryable,
  actor: Actor,
  f: { state?: string; campaignId?: string; limit: number; offset: number },
) {
  const where: SqlFragment[] = [visitScope(actor)];
  if (f.state) where.push(sql`i.state = ${f.state}`);
  if (f.campaignId) where.push(sql`i.campaign_id = ${f.campaignId}`);
  const w = sql.join(where, ' AND ');
  const rows = await q.query<VisitRow>(
    sql`${VISIT} WHERE ${w} ORDER BY i.created_at DESC, i.id LIMIT ${f.limit} OFFSET ${f.offset}`,
  );
  const [{ total }] = await q.query<{ total: number }>(
    sql`SELECT count(*)::int AS total FROM inspections i WHERE ${w}`,
  );
  return { rows, total };
}

/** the visits of a campaign the actor may see, all of them (a campaign has tens, not thousands) */
export async function campaignVisits(q: Queryable, actor: Actor, campaignId: string) {
  return q.query<VisitRow>(
    sql`${VISIT} WHERE i.campaign_id = ${campaignId} AND ${visitScope(actor)} ORDER BY a.name, i.created_at`,
  );
}

const CAMPAIGN = sql`SELECT m.*, o.name AS organ_name,
    COALESCE((SELECT jsonb_agg(ca.agency_id ORDER BY ca.added_at, ca.agency_id) FROM campaign_agencies ca
      WHERE ca.campaign_id = m.id), '[]'::jsonb) AS agency_ids
  FROM campaigns m JOIN organisations o ON o.id = m.organ_id`;

export async function getCampaign(q: Queryable, actor: Actor, id: string, forUpdate = false) {
  const [row] = await q.query<CampaignRow>(
    sql`${CAMPAIGN} WHERE m.id = ${id} AND ${campaignScope(actor)}${forUpdate ? sql` FOR UPDATE OF m` : sql``}`,
  );
  return row ?? null;
}

export async function listCampaigns(
  q: Queryable,
  actor: Actor,
  f: { state?: string; limit: number; offset: number },
) {
  const where: SqlFragment[] = [campaignScope(actor)];
  if (f.state) where.push(sql`m.state = ${f.state}`);
  const w = sql.join(where, ' AND ');
  const rows = await q.query<CampaignRow>(
    sql`${CAMPAIGN} WHERE ${w} ORDER BY m.period_from DESC, m.id LIMIT ${f.limit} OFFSET ${f.offset}`,
  );
  const [{ total }] = await q.query<{ total: number }>(
    sql`SELECT count(*)::int AS total FROM campaigns m WHERE ${w}`,
  );
  return { rows, total };
}

/** names of organisations and users, for showing ids */
export async function namesOf(q: Queryable, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await q.query<{ id: string; name: string }>(sql`
    SELECT id, name FROM organisations WHERE id = ANY(${ids})
    UNION ALL SELECT id, display_name AS name FROM users WHERE id = ANY(${ids})`);
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** 第七条第二款: the organ's supervisors holding a supervision credential valid today, by name */
export async function credentialedSupervisorList(q: Queryable, organId: string, today: string) {
  return q.query<{ id: string; name: string; certificate: string }>(sql`
    SELECT u.id, u.display_name AS name, c.number AS certificate
    FROM users u JOIN officers o ON o.user_id = u.id JOIN certificates c ON c.officer_id = o.id
    WHERE u.organisation_id = ${organId} AND u.role = 'supervisor' AND u.active AND o.active
      AND c.kind = 'supervision' AND c.status = 'valid' AND c.valid_from <= ${today}::date AND c.valid_until >= ${today}::date
    ORDER BY u.display_name`);
}

/** the cases opened from findings, with their state now */
export async function casesByIds(q: Queryable, ids: string[]) {
  if (!ids.length) return [];
  return q.query<{ id: string; title: string; state: string; source: string; agency_id: string }>(
    sql`SELECT id, title, state, source, agency_id FROM supervision_cases WHERE id = ANY(${ids}) ORDER BY registered_on, id`,
  );
}
