// Attachments to a case: the petitioner's (with the tracking code, soon after filing) and the
// supervisors' evidence. Type sniffed from content, size bounded, stored with its SHA-256,
// every upload audited; the content never enters the audit log.
import { createHash, randomUUID } from 'node:crypto';
import { PETITIONER_UPLOAD_HOURS } from '@jiandu/contracts';
import type { Actor } from '../../access/actor.ts';
import { type AuditContext, recordAudit } from '../../audit/record.ts';
import type { Db, Queryable } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';
import { refuse } from '../../http/problem.ts';
import { MAX_FILES_PER_CASE_FROM_PETITIONER, safeFileName, sniff, storedFileOut } from './files.ts';
import { trackingHash } from './tracking.ts';

export interface AttachmentMeta {
  id: string;
  source: 'petitioner' | 'staff';
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
  uploadedAt: string;
}

async function store(
  tx: Queryable,
  audit: AuditContext,
  c: { id: string; organ_id: string; region_code: string },
  source: 'petitioner' | 'staff',
  file: { name: string; data: Buffer },
  uploadedBy: string | null,
): Promise<AttachmentMeta> {
  const type = sniff(file.data);
  if (!type)
    throw refuse.field(
      'file',
      '只接受 PDF、JPEG、PNG、DOCX、XLSX 文件（按内容识别）',
      'only PDF, JPEG, PNG, DOCX and XLSX files are accepted (judged by content)',
      415,
    );
  const meta: AttachmentMeta = {
    id: randomUUID(),
    source,
    fileName: safeFileName(file.name, type.ext),
    mediaType: type.mediaType,
    size: file.data.length,
    sha256: createHash('sha256').update(file.data).digest('hex'),
    uploadedAt: audit.now.toISOString(),
  };
  await tx.query(sql`INSERT INTO attachments (id, case_id, region_code, source, file_name, media_type, size, sha256, content,
      uploaded_by, uploaded_at)
    VALUES (${meta.id}, ${c.id}, ${c.region_code}, ${source}, ${meta.fileName}, ${meta.mediaType}, ${meta.size}, ${meta.sha256}, ${file.data},
      ${uploadedBy}, ${audit.now})`);
  await recordAudit(tx, audit, {
    action: 'attachment.upload',
    entityType: 'case',
    entityId: c.id,
    after: { ...meta, uploadedAt: undefined },
    article: source === 'petitioner' ? 'art9' : 'art7.1.2',
    organisationId: c.organ_id,
    regionCode: c.region_code,
  });
  return meta;
}

export async function addPetitionerAttachment(
  db: Db,
  audit: AuditContext,
  code: string,
  file: { name: string; data: Buffer },
) {
  return db.tx(async (tx) => {
    const [c] = await tx.query<{
      id: string;
      organ_id: string;
      region_code: string;
      received_at: Date;
      n: number;
    }>(sql`
      SELECT c.id, c.organ_id, c.region_code, p.received_at,
        (SELECT count(*)::int FROM attachments a WHERE a.case_id = c.id AND a.region_code = c.region_code AND a.source = 'petitioner') AS n
      FROM petitions p JOIN supervision_cases c ON c.petition_id = p.id AND c.region_code = p.region_code
      WHERE p.tracking_hash = ${trackingHash(code)} FOR UPDATE OF c`);
    if (!c) throw refuse.notFound('该查询码对应的事项', 'A petition with this tracking code');
    if (audit.now.getTime() - c.received_at.getTime() > PETITIONER_UPLOAD_HOURS * 3600_000)
      throw refuse.field(
        'code',
        `提交后${PETITIONER_UPLOAD_HOURS}小时内可补充附件，此后请联系承办机关`,
        `files may be added within ${PETITIONER_UPLOAD_HOURS} hours of filing; later, contact the organ`,
        409,
      );
    if (c.n >= MAX_FILES_PER_CASE_FROM_PETITIONER)
      throw refuse.field(
        'file',
        `最多上传${MAX_FILES_PER_CASE_FROM_PETITIONER}个附件`,
        `at most ${MAX_FILES_PER_CASE_FROM_PETITIONER} files`,
        409,
      );
    return store(tx, audit, c, 'petitioner', file, null);
  });
}

export async function addStaffAttachment(
  db: Db,
  audit: AuditContext,
  actor: Actor,
  c: { id: string; organ_id: string; region_code: string; petition_id?: string | null },
  file: { name: string; data: Buffer },
  /**
   * 'petitioner': what the petitioner handed in with a petition staff register (a letter, its
   * enclosures), kept as the petitioner's own — never shown to the agency concerned (举报人保密)
   */
  source: 'petitioner' | 'staff' = 'staff',
) {
  if (actor.organisationId !== c.organ_id || !['supervisor', 'organ_head'].includes(actor.role))
    throw refuse.forbidden(
      '只有承办机关的监督人员可以添加证据材料',
      'only the organ handling the case adds evidence',
      'art4.2',
    );
  if (source === 'petitioner' && !c.petition_id)
    throw refuse.field('id', '该案件没有来件', 'the case has no petition', 409);
  return db.tx((tx) => store(tx, audit, c, source, file, actor.userId));
}

/** the case's files, read in its region (the case's own row, already scoped, gives both) */
export async function listAttachments(
  q: Queryable,
  c: { id: string; region_code: string },
  withPetitioner: boolean,
): Promise<AttachmentMeta[]> {
  const rows = await q.query<Omit<AttachmentMeta, 'uploadedAt'> & { uploadedAt: Date }>(sql`
    SELECT id, source, file_name AS "fileName", media_type AS "mediaType", size, sha256, uploaded_at AS "uploadedAt"
    FROM attachments WHERE case_id = ${c.id} AND region_code = ${c.region_code}
      ${withPetitioner ? sql`` : sql`AND source <> 'petitioner'`} ORDER BY uploaded_at`);
  return rows.map(storedFileOut);
}

export async function attachmentContent(q: Queryable, c: { id: string; region_code: string }, id: string) {
  const [row] = await q.query<{ file_name: string; media_type: string; content: Uint8Array; source: string }>(
    sql`SELECT file_name, media_type, content, source FROM attachments
      WHERE id = ${id} AND region_code = ${c.region_code} AND case_id = ${c.id}`,
  );
  return row ?? null;
}
