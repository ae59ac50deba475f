// Uploads (multipart, one file per request) and downloads of case attachments. Downloads
// are always `attachment` with the sniffed type, so a browser never renders them in place.
import multipart from '@fastify/multipart';
import {
  attachmentList,
  attachmentView,
  fileResponse,
  MEDIA_TYPES,
  petitionerFileAdded,
  trackingCode,
  uuid,
} from '@jiandu/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PUBLIC_ACTOR } from '../../audit/record.ts';
import type { AppContext } from '../../context.ts';
import { auditContext, requirePermission } from '../../http/auth.ts';
import { readUpload, sendDownload } from '../../http/files.ts';
import { refuse } from '../../http/problem.ts';
import {
  addPetitionerAttachment,
  addStaffAttachment,
  attachmentContent,
  listAttachments,
} from './attachments.ts';
import { MAX_FILE_BYTES } from './files.ts';
import { getCase } from './queries.ts';

const tags = ['cases'];

export async function attachmentRoutes(app: FastifyInstance, ctx: AppContext) {
  await app.register(multipart, { limits: { fileSize: MAX_FILE_BYTES, files: 1, fields: 5, parts: 6 } });
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/v1/public/petitions/:code/attachments',
    {
      schema: {
        tags,
        summary: '来件人补充附件 Add a file to a petition (tracking code)',
        params: z.object({ code: trackingCode }),
        response: { 201: petitionerFileAdded },
      },
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
      bodyLimit: MAX_FILE_BYTES + 64 * 1024,
    },
    async (req, reply) => {
      const file = await readUpload(req, MAX_FILE_BYTES);
      const meta = await addPetitionerAttachment(
        ctx.db,
        { actor: PUBLIC_ACTOR, requestId: req.id, now: ctx.now() },
        req.params.code,
        file,
      );
      reply.status(201);
      return { fileName: meta.fileName, size: meta.size, sha256: meta.sha256 };
    },
  );

  /** staff add a file to a case: evidence of their own, or the petitioner's material brought in at registration */
  const staffUpload = (url: string, summary: string, source?: 'petitioner') =>
    r.post(
      url,
      {
        schema: { tags, summary, params: z.object({ id: uuid }), response: { 201: attachmentView } },
        bodyLimit: MAX_FILE_BYTES + 64 * 1024,
      },
      async (req, reply) => {
        const actor = requirePermission(req, 'case.act');
        const c = await getCase(ctx.db, actor, req.params.id);
        if (!c) throw refuse.notFound('案件', 'Case');
        const file = await readUpload(req, MAX_FILE_BYTES);
        reply.status(201);
        return addStaffAttachment(ctx.db, auditContext(req, ctx, actor), actor, c, file, source);
      },
    );
  staffUpload('/api/v1/cases/:id/attachments', '添加证据材料 Add evidence');
  staffUpload(
    '/api/v1/cases/:id/petition-attachments',
    '登记来件时附上来件材料 Add the petitioner’s material to a registered petition',
    'petitioner',
  );

  r.get(
    '/api/v1/cases/:id/attachments',
    {
      schema: {
        tags,
        summary: '附件列表 Attachments',
        params: z.object({ id: uuid }),
        response: { 200: attachmentList },
      },
    },
    async (req) => {
      const actor = requirePermission(req, 'case.read');
      const c = await getCase(ctx.db, actor, req.params.id);
      if (!c) throw refuse.notFound('案件', 'Case');
      // the agency concerned does not see what the petitioner sent (it may identify them)
      return { items: await listAttachments(ctx.db, c, actor.role !== 'agency_liaison') };
    },
  );

  r.get(
    '/api/v1/cases/:id/attachments/:attachmentId',
    {
      schema: {
        tags,
        summary: '下载附件 Download',
        response: {
          200: fileResponse(
            '附件 The file as uploaded',
            MEDIA_TYPES.pdf,
            MEDIA_TYPES.png,
            MEDIA_TYPES.jpeg,
            MEDIA_TYPES.docx,
            MEDIA_TYPES.xlsx,
          ),
        },
        params: z.object({ id: uuid, attachmentId: uuid }),
      },
    },
    async (req, reply) => {
      const actor = requirePermission(req, 'case.read');
      const c = await getCase(ctx.db, actor, req.params.id);
      if (!c) throw refuse.notFound('案件', 'Case');
      const a = await attachmentContent(ctx.db, c, req.params.attachmentId);
      if (!a || (a.source === 'petitioner' && actor.role === 'agency_liaison'))
        throw refuse.notFound('附件', 'Attachment');
      return sendDownload(reply, a.file_name, a.media_type, a.content, 'attachment');
    },
  );
}
