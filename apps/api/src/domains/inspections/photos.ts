// Photos taken on site (第七条（四） 拍照): images only, judged by their content, stored in the
// database with their SHA-256 in the same transaction as the audit event that records them.
import { createHash, randomUUID } from 'node:crypto';
import { recordAudit } from '../../audit/record.ts';
import type { Queryable } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';
import { refuse } from '../../http/problem.ts';
import type { UseCase } from '../../use-case.ts';
import { safeFileName, sniff, storedFileOut } from '../cases/files.ts';
import { requireOrganStaff } from './policy.ts';
import { getVisit } from './queries.ts';

const PHOTO_STATES = ['under_way', 'findings_recorded', 'follow_up'];
export const MAX_PHOTOS_PER_VISIT = 50;

export interface PhotoMeta {
  id: string;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
  uploadedAt: string;
}

export async function addPhoto(uc: UseCase, visitId: string, file: { name: string; data: Buffer }) {
  requireOrganStaff(uc.actor, ['supervisor']);
  const type = sniff(file.data);
  if (!type?.mediaType.startsWith('image/'))
    throw refuse.field(
      'file',
      '只接受 JPEG 或 PNG 照片（按内容识别）',
      'only JPEG or PNG photos (judged by content)',
      415,
    );
  return uc.db.tx(async (tx) => {
    const v = await getVisit(tx, uc.actor, visitId, true);
    if (!v) throw refuse.notFound('现场监督', 'Visit');
    if (v.organ_id !== uc.actor.organisationId)
      throw refuse.forbidden(
        '只有组织现场监督的机关可以办理',
        'only the organ running the visit may act',
        'art4.2',
      );
    if (!PHOTO_STATES.includes(v.state))
      throw refuse.byLaw(
        409,
        '现场监督开始后、结束前方可上传照片',
        'photos are added while the visit is open',
        'art7.1.4',
      );
    const [{ n }] = await tx.query<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM inspection_photos WHERE inspection_id = ${v.id}`,
    );
    if (n >= MAX_PHOTOS_PER_VISIT)
      throw refuse.field(
        'file',
        `最多上传${MAX_PHOTOS_PER_VISIT}张照片`,
        `at most ${MAX_PHOTOS_PER_VISIT} photos`,
        409,
      );
    const meta: PhotoMeta = {
      id: randomUUID(),
      fileName: safeFileName(file.name, type.ext),
      mediaType: type.mediaType,
      size: file.data.length,
      sha256: createHash('sha256').update(file.data).digest('hex'),
      uploadedAt: uc.audit.now.toISOString(),
    };
    await tx.query(sql`INSERT INTO inspection_photos (id, inspection_id, region_code, file_name, media_type, size, sha256, content,
        uploaded_by, uploaded_at)
      VALUES (${meta.id}, ${v.id}, ${v.region_code}, ${meta.fileName}, ${meta.mediaType}, ${meta.size}, ${meta.sha256}, ${file.data},
        ${uc.actor.userId}, ${uc.audit.now})`);
    await recordAudit(tx, uc.audit, {
      action: 'inspection.photo',
      entityType: 'inspection',
      entityId: v.id,
      after: { ...meta, uploadedAt: undefined },
      article: 'art7.1.4',
      organisationId: v.organ_id,
      regionCode: v.region_code,
    });
    return meta;
  });
}

export async function listPhotos(q: Queryable, visitId: string): Promise<PhotoMeta[]> {
  const rows = await q.query<Omit<PhotoMeta, 'uploadedAt'> & { uploadedAt: Date }>(sql`
    SELECT id, file_name AS "fileName", media_type AS "mediaType", size, sha256, uploaded_at AS "uploadedAt"
    FROM inspection_photos WHERE inspection_id = ${visitId} ORDER BY uploaded_at, id`);
  return rows.map(storedFileOut);
}

export async function photoContent(q: Queryable, visitId: string, id: string) {
  const [row] = await q.query<{ file_name: string; media_type: string; content: Uint8Array }>(
    sql`SELECT file_name, media_type, content FROM inspection_photos WHERE inspection_id = ${visitId} AND id = ${id}`,
  );
  return row ?? null;
}
