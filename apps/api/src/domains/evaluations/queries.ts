// Reading evaluation campaigns within the actor's reach: the organ's staff see the campaigns of
// their jurisdiction, a leader those of his government's region; an agency liaison sees the
// campaigns that cover his agency, and every reviewer the files assigned to him.
import type { Rubric } from '@jiandu/procedure';
import type { Actor } from '../../access/actor.ts';
import type { Queryable } from '../../db/client.ts';
import { type SqlFragment, sql } from '../../db/sql.ts';

export interface CampaignRow {
  id: string;
  organ_id: string;
  organ_name: string;
  region_code: string;
  title: string;
  period_from: string;
  period_to: string;
  files_per_agency: number;
  reviewers_per_file: number;
  rubric: Rubric;
  state: 'draft' | 'scoring' | 'published';
  seed: string | null;
  draw_algorithm: string | null;
  drawn_at: Date | null;
  results_document_id: string | null;
  results_number: string | null;
  published_at: Date | null;
  created_at: Date;
  version: number;
}

export function campaignScope(actor: Actor): SqlFragment {
  const reviews = sql`EXISTS (SELECT 1 FROM evaluation_reviewers r WHERE r.campaign_id = c.id AND r.user_id = ${actor.userId})`;
  if (actor.role === 'agency_liaison')
    return sql`(${reviews} OR EXISTS (SELECT 1 FROM evaluation_agencies ea WHERE ea.campaign_id = c.id AND ea.agency_id = ${actor.organisationId}))`;
  return sql`(c.region_code = ANY(${actor.scope.regionCodes}) OR ${reviews})`;
}

const SELECT = sql`SELECT c.id, c.organ_id, o.name AS organ_name, c.region_code, c.title, c.period_from, c.period_to,
    c.files_per_agency, c.reviewers_per_file, c.rubric, c.state, c.seed, c.draw_algorithm, c.drawn_at,
    c.results_document_id, d.number AS results_number, c.published_at, c.created_at, c.version
  FROM evaluation_campaigns c JOIN organisations o ON o.id = c.organ_id
  LEFT JOIN documents d ON d.id = c.results_document_id`;

export async function getCampaign(q: Queryable, actor: Actor, id: string, lock = false) {
  const [row] = await q.query<CampaignRow>(
    sql`${SELECT} WHERE c.id = ${id} AND ${campaignScope(actor)} ${lock ? sql`FOR UPDATE OF c` : sql``}`,
  );
  return row ?? null;
}

export async function listCampaigns(q: Queryable, actor: Actor, f: { limit: number; offset: number }) {
  const rows = await q.query<CampaignRow & { files: number; agencies: number }>(sql`
    SELECT x.*, (SELECT count(*)::int FROM evaluation_files f WHERE f.campaign_id = x.id) AS files,
      (SELECT count(*)::int FROM evaluation_agencies a WHERE a.campaign_id = x.id) AS agencies
    FROM (${SELECT} WHERE ${campaignScope(actor)}) x ORDER BY x.created_at DESC, x.id LIMIT ${f.limit} OFFSET ${f.offset}`);
  const [{ total }] = await q.query<{ total: number }>(
    sql`SELECT count(*)::int AS total FROM evaluation_campaigns c WHERE ${campaignScope(actor)}`,
  );
  return { rows, total };
}

export async function campaignAgencies(q: Queryable, campaignId: string) {
  return q.query<{ id: string; name: string }>(sql`
    SELECT o.id, o.name FROM evaluation_agencies ea JOIN organisations o ON o.id = ea.agency_id
    WHERE ea.campaign_id = ${campaignId} ORDER BY o.name`);
}

export async function campaignReviewers(q: Queryable, campaignId: string) {
  return q.query<{
    id: string;
    display_name: string;
    organisation_id: string;
    organisation_name: string;
  }>(sql`
    SELECT u.id, u.display_name, u.organisation_id, o.name AS organisation_name
    FROM evaluation_reviewers r JOIN users u ON u.id = r.user_id JOIN organisations o ON o.id = u.organisation_id
    WHERE r.campaign_id = ${campaignId} ORDER BY o.name, u.display_name`);
}

export interface FileRow {
  id: string;
  campaign_id: string;
  act_id: string;
  agency_id: string;
  agency_name: string;
  region_code: string;
  draw_order: number;
  prescore: { deductions: Record<string, number>; reasons: Record<string, string> };
  settled: Record<string, number> | null;
  settled_reason: string | null;
  case_id: string | null;
  case_number: string;
  act_kind: string;
  decision_date: string;
  facts: string;
  legal_basis: string[];
  seal_present: boolean;
  discretion_level: string | null;
  full_record: boolean;
  outcome: string | null;
  officers: string[];
}

const FILE_SELECT = sql`SELECT f.id, f.campaign_id, f.act_id, f.agency_id, o.name AS agency_name, f.region_code, f.draw_order,
    f.prescore, f.settled, f.settled_reason, f.case_id, a.case_number, a.kind AS act_kind, a.decision_date, a.facts,
    a.legal_basis, a.seal_present, a.discretion_level, a.full_record, a.outcome,
    coalesce((SELECT array_agg(off.name ORDER BY off.name) FROM act_officers ao JOIN officers off ON off.id = ao.officer_id
      WHERE ao.act_id = a.id), '{}') AS officers
  FROM evaluation_files f JOIN enforcement_acts a ON a.id = f.act_id JOIN organisations o ON o.id = f.agency_id`;

export async function campaignFiles(q: Queryable, campaignId: string) {
  return q.query<FileRow>(sql`${FILE_SELECT} WHERE f.campaign_id = ${campaignId} ORDER BY f.draw_order`);
}

export interface SheetRow {
  file_id: string;
  reviewer_id: string;
  reviewer_name: string;
  deductions: Record<string, number> | null;
  notes: string | null;
  submitted_at: Date | null;
  version: number;
}

/** the sheets of a campaign, or of one of its files */
export async function campaignSheets(q: Queryable, campaignId: string, fileId?: string) {
  return q.query<SheetRow>(sql`
    SELECT s.file_id, s.reviewer_id, u.display_name AS reviewer_name, s.deductions, s.notes, s.submitted_at, s.version
    FROM evaluation_sheets s JOIN evaluation_files f ON f.id = s.file_id JOIN users u ON u.id = s.reviewer_id
    WHERE f.campaign_id = ${campaignId} ${fileId ? sql`AND s.file_id = ${fileId}` : sql``}
    ORDER BY f.draw_order, u.display_name`);
}

/** a file the actor may read: through the campaign's scope, or as one of its reviewers */
export async function getFile(q: Queryable, actor: Actor, fileId: string) {
  const [row] = await q.query<FileRow>(sql`${FILE_SELECT}
    WHERE f.id = ${fileId} AND (EXISTS (SELECT 1 FROM evaluation_sheets s WHERE s.file_id = f.id AND s.reviewer_id = ${actor.userId})
      OR EXISTS (SELECT 1 FROM evaluation_campaigns c WHERE c.id = f.campaign_id AND ${campaignScope(actor)}))`);
  return row ?? null;
}

/** the reviewer's own work list, newest campaign first, unscored files first */
export async function mySheets(q: Queryable, actor: Actor) {
  return q.query<{
    file_id: string;
    campaign_id: string;
    campaign_title: string;
    campaign_state: string;
    agency_name: string;
    case_number: string;
    act_kind: string;
    submitted_at: Date | null;
  }>(sql`
    SELECT s.file_id, c.id AS campaign_id, c.title AS campaign_title, c.state AS campaign_state, o.name AS agency_name,
      a.case_number, a.kind AS act_kind, s.submitted_at
    FROM evaluation_sheets s JOIN evaluation_files f ON f.id = s.file_id JOIN evaluation_campaigns c ON c.id = f.campaign_id
    JOIN enforcement_acts a ON a.id = f.act_id JOIN organisations o ON o.id = f.agency_id
    WHERE s.reviewer_id = ${actor.userId} AND c.state <> 'draft'
    ORDER BY c.created_at DESC, (s.submitted_at IS NOT NULL), f.draw_order`);
}
