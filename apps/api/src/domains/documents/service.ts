// Use cases on documents outside the case steps: recording service, sealing a notice or a
// review decision, cancelling (the number stays, marked cancelled) and reissuing, and the
// organ's seal. Each writes its audit event in its own transaction.
import { randomUUID } from 'node:crypto';
import type { documentService } from '@jiandu/contracts';
import { type CaseAction, type DocumentKind, serviceDates } from '@jiandu/procedure';
import type { z } from 'zod';
import { recordAudit } from '../../audit/record.ts';
import type { Queryable } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';
import { sealImageProblem } from '../../documents/pdf/seal-image.ts';
import { documentSpec } from '../../documents/registry.ts';
import { refuse } from '../../http/problem.ts';
import type { UseCase } from '../../use-case.ts';
import { safeFileName, sniff } from '../cases/files.ts';
import { shanghaiDate } from '../cases/today.ts';
import { issueDocuments } from './issue.ts';
import { getDocument } from './queries.ts';
import { applySeal, markSealEvent, prepareSeal, sha256 } from './seal.ts';

const organStaff = (uc: UseCase, organId: string) => {
  if (
    uc.actor.organisationId !== organId ||
    !['supervisor', 'organ_head', 'reviewer'].includes(uc.actor.role)
  )
    throw refuse.forbidden('只有制发机关的工作人员可以办理', 'only staff of the issuing organ may do this');
};

/** serve_decision: the decision is served on the agency; the date of receipt is the 送达回证's */
export async function recordDecisionService(
  tx: Queryable,
  c: { id: string; region_code: string },
  agencyName: string,
  action: Extract<CaseAction, { type: 'serve_decision' }>,
  uc: UseCase,
) {
  await tx.query(sql`
    INSERT INTO document_services (id, document_id, region_code, method, recipient, served_on, received_on, recorded_by,
      recorded_at)
    SELECT ${randomUUID()}, id, region_code, ${action.method ?? 'direct'}, ${agencyName}, ${action.servedOn}, ${action.receivedOn},
      ${uc.actor.userId}, ${uc.audit.now}
    FROM documents WHERE case_id = ${c.id} AND region_code = ${c.region_code} AND kind = 'supervision_decision' AND cancelled_at IS NULL AND sealed_at IS NOT NULL
    ORDER BY issued_at DESC LIMIT 1`);
}

export async function recordService(uc: UseCase, documentId: string, input: z.infer<typeof documentService>) {
  return uc.db.tx(async (tx) => {
    const doc = await getDocument(tx, uc.actor, documentId, true);
    if (!doc) throw refuse.notFound('文书', 'Document');
    organStaff(uc, doc.organ_id);
    if (doc.kind === 'supervision_decision')
      throw refuse.field(
        'documentId',
        '决定书的送达在案件中办理',
        'a decision is served as a step of its case',
        409,
        'art10.1',
      );
    if (doc.cancelled_at) throw refuse.field('documentId', '文书已作废', 'the document is cancelled', 409);
    if (!documentSpec(doc.kind)?.delivered)
      throw refuse.field(
        'documentId',
        '内部表格和笔录不需送达',
        'internal forms and records are not served',
        409,
      );
    const today = shanghaiDate(uc.audit.now);
    // the same dates rule as a decision's service in the procedure (第十条): a sealed document is
    // issued on the day of its seal, and is served no earlier
    const issuedOn = doc.sealed_at ? shanghaiDate(doc.sealed_at) : doc.issued_on;
    const bad = serviceDates(input, today, issuedOn);
    if (bad) throw refuse.byLaw(422, bad.reason, bad.reasonEn, bad.article, bad.field);
    const id = randomUUID();
    await tx.query(sql`
      INSERT INTO document_services (id, document_id, region_code, method, recipient, served_on, received_on, recorded_by,
        recorded_at)
      VALUES (${id}, ${doc.id}, ${doc.region_code}, ${input.method}, ${input.recipient}, ${input.servedOn}, ${input.receivedOn},
        ${uc.actor.userId}, ${uc.audit.now})`);
    await recordAudit(tx, uc.audit, {
      action: 'document.serve',
      entityType: 'document',
      entityId: doc.id,
      after: { number: doc.number, kind: doc.kind, ...input },
      article: 'art10.2',
      organisationId: doc.organ_id,
      regionCode: doc.region_code,
    });
    return { id };
  });
}

/** a notice or review decision is sealed on its own; a decision is sealed as a case step */
export async function sealDocument(uc: UseCase, documentId: string) {
  const doc = await getDocument(uc.db, uc.actor, documentId);
  if (!doc) throw refuse.notFound('文书', 'Document');
  organStaff(uc, doc.organ_id);
  if (doc.kind === 'supervision_decision')
    throw refuse.field(
      'documentId',
      '决定书的用印在案件中办理',
      'a decision is sealed as a step of its case',
      409,
      'art10.1',
    );
  const prepared = await prepareSeal(uc.db, uc.actor, doc, uc.audit.now);
  return uc.db.tx(async (tx) => {
    if (!(await applySeal(tx, prepared, uc.actor.userId, uc.audit.now))) throw refuse.stale();
    const seq = await recordAudit(tx, uc.audit, {
      action: 'document.seal',
      entityType: 'document',
      entityId: doc.id,
      after: { number: doc.number, kind: doc.kind, pdfSha256: prepared.pdfSha256, sealId: prepared.sealId },
      article: 'art10.1',
      organisationId: doc.organ_id,
      regionCode: doc.region_code,
    });
    await markSealEvent(tx, doc.id, seq);
    return { pdfSha256: prepared.pdfSha256 };
  });
}

/**
 * A document issued in error is cancelled with a reason: its number stays on record as
 * cancelled and is never given again. A sealed or served document stands; a new step answers it.
 */
export async function cancelDocument(uc: UseCase, documentId: string, reason: string, reissue: boolean) {
  return uc.db.tx(async (tx) => {
    const doc = await getDocument(tx, uc.actor, documentId, true);
    if (!doc) throw refuse.notFound('文书', 'Document');
    if (uc.actor.organisationId !== doc.organ_id || uc.actor.role !== 'organ_head')
      throw refuse.forbidden(
        '只有制发机关负责人可以作废文书',
        'only the head of the issuing organ may cancel a document',
      );
    if (doc.cancelled_at) throw refuse.field('documentId', '文书已作废', 'already cancelled', 409);
    if (doc.sealed_at)
      throw refuse.field(
        'documentId',
        '已用印的文书不能作废',
        'a sealed document cannot be cancelled',
        409,
        'art10.1',
      );
    const [served] = await tx.query(
      sql`SELECT 1 FROM document_services WHERE document_id = ${doc.id} AND region_code = ${doc.region_code}`,
    );
    if (served)
      throw refuse.field('documentId', '已送达的文书不能作废', 'a served document cannot be cancelled', 409);
    await tx.query(sql`UPDATE documents SET cancelled_at = ${uc.audit.now}, cancelled_by = ${uc.actor.userId},
      cancel_reason = ${reason} WHERE id = ${doc.id} AND region_code = ${doc.region_code}`);
    // a case document is issued again from the case; the organ's own is published anew instead
    const issued =
      reissue && doc.case_id
        ? await issueDocuments(tx, {
            caseId: doc.case_id,
            regionCode: doc.region_code,
            stepN: doc.step_n,
            kinds: [doc.kind as DocumentKind],
            issuedOn: shanghaiDate(uc.audit.now),
            issuedAt: uc.audit.now,
            issuedBy: uc.actor.userId,
          })
        : [];
    await recordAudit(tx, uc.audit, {
      action: 'document.cancel',
      entityType: 'document',
      entityId: doc.id,
      before: { number: doc.number, kind: doc.kind },
      after: { cancelled: true, reason, reissued: issued },
      article: 'art9',
      organisationId: doc.organ_id,
      regionCode: doc.region_code,
    });
    return { cancelled: doc.id, reissued: issued[0] ?? null };
  });
}

/** an administrator files the organ's supervision seal; the last one is superseded, not deleted */
/** the supervision organ whose seal an admin of its jurisdiction files */
async function sealOrgan(uc: UseCase, q: Queryable, organId: string) {
  const [organ] = await q.query<{ id: string; region_code: string }>(sql`
    SELECT id, region_code FROM organisations WHERE id = ${organId} AND kind = 'supervision_organ'
      AND region_code = ANY(${uc.actor.scope.regionCodes})`);
  if (!organ) throw refuse.notFound('监督机关', 'Supervision organ');
  if (uc.actor.role !== 'admin')
    throw refuse.forbidden('只有管理员可以备案印章', 'only an administrator may file a seal');
  return organ;
}

export async function uploadSeal(uc: UseCase, organId: string, name: string, image: Uint8Array) {
  // who may file it is settled before the image is decoded
  await sealOrgan(uc, uc.db, organId);
  if (sniff(Buffer.from(image))?.mediaType !== 'image/png')
    throw refuse.field(
      'file',
      '印章图片须为 PNG 格式（透明背景）',
      'the seal must be a PNG image (transparent background)',
      415,
    );
  if (image.length > 2_000_000)
    throw refuse.field('file', '印章图片不能超过 2 MB', 'the seal image must be under 2 MB', 413);
  // decoded whole now, so that sealing never meets a seal it cannot stamp
  const problem = await sealImageProblem(image);
  if (problem) throw refuse.field('file', problem.zh, problem.en, 415);
  name = safeFileName(name, 'png');
  return uc.db.tx(async (tx) => {
    const organ = await sealOrgan(uc, tx, organId);
    await tx.query(
      sql`UPDATE seals SET superseded_at = ${uc.audit.now} WHERE organ_id = ${organId} AND superseded_at IS NULL`,
    );
    const id = randomUUID();
    const hash = sha256(image);
    await tx.query(sql`INSERT INTO seals (id, organ_id, name, media_type, image, sha256, uploaded_by, uploaded_at)
      VALUES (${id}, ${organId}, ${name}, 'image/png', ${image}, ${hash}, ${uc.audit.actor.userId}, ${uc.audit.now})`);
    await recordAudit(tx, uc.audit, {
      action: 'seal.upload',
      entityType: 'seal',
      entityId: id,
      after: { organId, name, sha256: hash, size: image.length },
      article: 'art10.1',
      organisationId: organId,
      regionCode: organ.region_code,
    });
    return { id, sha256: hash };
  });
}
