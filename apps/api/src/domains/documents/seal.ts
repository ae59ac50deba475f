// 第十条: sealing places the supervision seal of the government at the organ's level on the
// PDF, and the organ signs it digitally with its key kept outside the database. The PDF is
// made, stamped and signed before the transaction (it takes a moment); the transaction then
// stores it with its SHA-256 only if the document is still unsealed and unchanged.
import { createHash } from 'node:crypto';
import type { Actor } from '../../access/actor.ts';
import type { Queryable } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';
import { stampSeal } from '../../documents/pdf/seal.ts';
import { documentSpec } from '../../documents/registry.ts';
import { renderPdf } from '../../documents/render-pdf.ts';
import { organCredentials } from '../../documents/signing/organ-credentials.ts';
import { signPdf } from '../../documents/signing/sign-pdf.ts';
import { refuse } from '../../http/problem.ts';
import { currentSeal, type DocumentRow } from './queries.ts';

export interface PreparedSeal {
  documentId: string;
  number: string | null;
  contentSha256: string;
  sealId: string;
  pdf: Uint8Array;
  pdfSha256: string;
}

const lawRefuses = (status: number, zh: string, en: string, article = 'art10.1') =>
  refuse.byLaw(status, zh, en, article);

export const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

export async function prepareSeal(
  q: Queryable,
  actor: Actor,
  doc: DocumentRow,
  now: Date,
): Promise<PreparedSeal> {
  if (!documentSpec(doc.kind)?.sealable)
    throw lawRefuses(
      422,
      '此类文书不加盖行政执法监督专用章',
      'this kind of document does not bear the supervision seal',
    );
  if (doc.organ_id !== actor.organisationId)
    throw refuse.forbidden('只有制发机关可以用印', 'only the issuing organ may seal', 'art10.1');
  if (doc.cancelled_at) throw lawRefuses(409, '文书已作废，不能用印', 'the document is cancelled');
  if (doc.sealed_at) throw lawRefuses(409, '文书已用印', 'the document is already sealed');
  const seal = await currentSeal(q, doc.organ_id);
  if (!seal)
    throw lawRefuses(
      422,
      '本级人民政府行政执法监督专用章尚未备案，请管理员先上传印章',
      'no supervision seal is on file for this organ; an administrator must upload it first',
    );
  const { pdf: stamped } = await stampSeal(await renderPdf(doc.content), seal.image);
  const [organ] = await q.query<{ name: string; region_code: string }>(
    sql`SELECT name, region_code FROM organisations WHERE id = ${doc.organ_id}`,
  );
  const pdf = await signPdf(stamped, organCredentials({ id: doc.organ_id, name: organ.name }), {
    signingTime: now,
    location: organ.region_code,
  });
  return {
    documentId: doc.id,
    number: doc.number,
    contentSha256: doc.content_sha256,
    sealId: seal.id,
    pdf,
    pdfSha256: sha256(pdf),
  };
}

/** store the sealed PDF; false when someone else sealed, cancelled or changed it meanwhile */
export async function applySeal(tx: Queryable, p: PreparedSeal, userId: string, now: Date): Promise<boolean> {
  const rows = await tx.query(sql`
    UPDATE documents SET sealed_at = ${now}, sealed_by = ${userId}, seal_id = ${p.sealId}, pdf = ${p.pdf},
      pdf_sha256 = ${p.pdfSha256}
    WHERE id = ${p.documentId} AND sealed_at IS NULL AND cancelled_at IS NULL AND content_sha256 = ${p.contentSha256}
    RETURNING id`);
  return rows.length === 1;
}

/** the audit event that recorded the sealed PDF's hash, for public verification */
export async function markSealEvent(tx: Queryable, documentId: string, seq: number) {
  await tx.query(sql`UPDATE documents SET sealed_audit_seq = ${seq} WHERE id = ${documentId}`);
}
