// SQL for documents. A document is visible to whoever may see its case (第二条); an agency
// liaison sees only what was addressed to the agency.
import type { Actor } from '../../access/actor.ts';
import type { Queryable } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';
import type { OfficialDocument } from '../../documents/model.ts';
import { caseScope } from '../cases/queries.ts';

export const TO_AGENCY = ['supervision_notice', 'supervision_decision', 'service_receipt', 'review_decision'];

export interface DocumentRow {
  id: string;
  case_id: string | null;
  step_n: number | null;
  kind: string;
  organ_id: string;
  region_code: string;
  number: string | null;
  title: string;
  issued_on: string;
  issued_at: Date;
  issued_by_name: string | null;
  content: OfficialDocument;
  content_sha256: string;
  sealed_at: Date | null;
  sealed_by_name: string | null;
  pdf_sha256: string | null;
  cancelled_at: Date | null;
  cancel_reason: string | null;
}

const SELECT = sql`SELECT d.id, d.case_id, d.step_n, d.kind, d.organ_id, d.region_code, d.number, d.title, d.issued_on,
    d.issued_at, ui.display_name AS issued_by_name, d.content, d.content_sha256, d.sealed_at,
    us.display_name AS sealed_by_name, d.pdf_sha256, d.cancelled_at, d.cancel_reason
  FROM documents d LEFT JOIN supervision_cases c ON c.id = d.case_id AND c.region_code = d.region_code
  LEFT JOIN users ui ON ui.id = d.issued_by LEFT JOIN users us ON us.id = d.sealed_by`;

/** a case's documents follow the case's scope; the organ's own documents its region's */
export function docScope(actor: Actor) {
  if (actor.role === 'agency_liaison') return sql`${caseScope(actor)} AND d.kind = ANY(${TO_AGENCY})`;
  return sql`(CASE WHEN d.case_id IS NULL THEN d.region_code = ANY(${actor.scope.regionCodes}) ELSE ${caseScope(actor)} END)`;
}

/** the case's documents, read in the case's region */
export async function caseDocuments(
  q: Queryable,
  actor: Actor,
  c: { id: string; region_code: string },
): Promise<DocumentRow[]> {
  return q.query<DocumentRow>(
    sql`${SELECT} WHERE d.case_id = ${c.id} AND d.region_code = ${c.region_code} AND ${docScope(actor)}
      ORDER BY d.issued_at, d.number_seq NULLS FIRST, d.id`,
  );
}

/**
 * A document by id, read in the actor's regions as a case is (getCase); a document of a case the
 * organ reviews from outside its jurisdiction (第十条第二款) is asked after, only when the first
 * read found nothing.
 */
export async function getDocument(
  q: Queryable,
  actor: Actor,
  id: string,
  forUpdate = false,
): Promise<DocumentRow | null> {
  const lock = forUpdate ? sql` FOR UPDATE OF d` : sql``;
  const [row] = await q.query<DocumentRow>(
    sql`${SELECT} WHERE d.id = ${id} AND d.region_code = ANY(${actor.scope.regionCodes}::text[]) AND ${docScope(actor)}${lock}`,
  );
  if (row || actor.role === 'agency_liaison') return row ?? null;
  const [reviewed] = await q.query<DocumentRow>(
    sql`${SELECT} WHERE d.id = ${id} AND c.reviewing_organ_id = ${actor.organisationId}${lock}`,
  );
  return reviewed ?? null;
}

/** a document's sealed PDF, read in its region */
export async function sealedPdf(
  q: Queryable,
  d: { id: string; region_code: string },
): Promise<Uint8Array | null> {
  const [row] = await q.query<{ pdf: Uint8Array | null }>(
    sql`SELECT pdf FROM documents WHERE id = ${d.id} AND region_code = ${d.region_code}`,
  );
  return row?.pdf ?? null;
}

export interface ServiceRow {
  id: string;
  method: string;
  recipient: string;
  served_on: string;
  received_on: string;
  recorded_by_name: string | null;
  recorded_at: Date;
}

/** a document's services, read in its region */
export async function documentServices(
  q: Queryable,
  d: { id: string; region_code: string },
): Promise<ServiceRow[]> {
  return q.query<ServiceRow>(sql`SELECT s.id, s.method, s.recipient, s.served_on, s.received_on, s.recorded_at,
      u.display_name AS recorded_by_name
    FROM document_services s LEFT JOIN users u ON u.id = s.recorded_by
    WHERE s.document_id = ${d.id} AND s.region_code = ${d.region_code}
    ORDER BY s.recorded_at`);
}

export interface SealRow {
  id: string;
  organ_id: string;
  name: string;
  image: Uint8Array;
  sha256: string;
  uploaded_at: Date;
}

export async function currentSeal(q: Queryable, organId: string): Promise<SealRow | null> {
  const [row] = await q.query<SealRow>(sql`SELECT id, organ_id, name, image, sha256, uploaded_at FROM seals
    WHERE organ_id = ${organId} AND superseded_at IS NULL`);
  return row ?? null;
}

/** the case's decision as issued, not cancelled: what seal_decision seals and serve_decision serves */
export async function currentDecisionDocument(
  q: Queryable,
  actor: Actor,
  c: { id: string; region_code: string },
): Promise<DocumentRow | null> {
  const [row] =
    await q.query<DocumentRow>(sql`${SELECT} WHERE d.case_id = ${c.id} AND d.region_code = ${c.region_code}
    AND d.kind = 'supervision_decision'
    AND d.cancelled_at IS NULL AND ${docScope(actor)} ORDER BY d.issued_at DESC LIMIT 1`);
  return row ?? null;
}
