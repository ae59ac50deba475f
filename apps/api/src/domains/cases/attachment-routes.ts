// Uploads (multipart, one file per request) and downloads of case attachments. Downloads
// are always `attachment` with the sniffed type, so a browser never renders them in place.
import multipart from '@fastify/multipart';
import { trackingCode, uuid } from '@jiandu/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PUBLIC_ACTOR } from '../../audit/record.ts';
import type { AppContext } from '../../context.ts';
import { auditContext, requirePermission } from '../../http/auth.ts';
import { Refusal, refuse } from '../../http/problem.ts';
import {
  addPetitionerAttachment,
  addStaffAttachment,
  attachmentContent,
  listAttachments,
} from './attachments.ts';
import { MAX_FILE_BYTES } from './files.ts';
import { getCase } from './queries.ts';

const tags = ['cases'];

export async function readFile(req: FastifyRequest): Promise<{ name: string; data: Buffer }> {
  if (!req.isMultipart())
    throw refuse.field(
      'file',
      '请以 multipart/form-data 上传文件',
      'upload the file as multipart/form-data',
      415,
    );
  const part = await req.file();
  if (!part) throw refuse.field('file', '没有收到文件', 'no file received');
  const data = await part.toBuffer().catch((err: { code?: string }) => {
    if (err.code === 'FST_REQ_FILE_TOO_LARGE')
      throw new Refusal({
        status: 413,
        code: 'too_large',
        title: '文件过大',
        titleEn: 'File too large',
        detail: `单个文件不得超过 ${MAX_FILE_BYTES / 1024 / 1024} MB`,
        detailEn: `a file may not exceed ${MAX_FILE_BYTES / 1024 / 1024} MB`,
        fields: [{ field: 'file', reason: '文件过大', reason_en: 'too large' }],
      });
    throw err;
  });
  if (data.length === 0) throw refuse.field('file', '文件为空', 'the file is empty');
  return { name: part.filename, data };
}

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
      },
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
      bodyLimit: MAX_FILE_BYTES + 64 * 1024,
    },
    async (req, reply) => {
      const file = await readFile(req);
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

  r.post(
    '/api/v1/cases/:id/attachments',
    {
      schema: { tags, summary: '添加证据材料 Add evidence', params: z.object({ id: uuid }) },
      bodyLimit: MAX_FILE_BYTES + 64 * 1024,
    },
    async (req, reply) => {
      const actor = requirePermission(req, 'case.act');
      const c = await getCase(ctx.db, actor, req.params.id);
      if (!c) throw refuse.notFound('案件', 'Case');
      const file = await readFile(req);
      reply.status(201);
      return addStaffAttachment(ctx.db, auditContext(req, ctx, actor), actor, c, file);
    },
  );

  r.get(
    '/api/v1/cases/:id/attachments',
    { schema: { tags, summary: '附件列表 Attachments', params: z.object({ id: uuid }) } },
    async (req) => {
      const actor = requirePermission(req, 'case.read');
      const c = await getCase(ctx.db, actor, req.params.id);
      if (!c) throw refuse.notFound('案件', 'Case');
      // the agency concerned does not see what the petitioner sent (it may identify them)
      return { items: await listAttachments(ctx.db, c.id, actor.role !== 'agency_liaison') };
    },
  );

  r.get(
    '/api/v1/cases/:id/attachments/:attachmentId',
    { schema: { tags, summary: '下载附件 Download', params: z.object({ id: uuid, attachmentId: uuid }) } },
    async (req, reply) => {
      const actor = requirePermission(req, 'case.read');
      const c = await getCase(ctx.db, actor, req.params.id);
      if (!c) throw refuse.notFound('案件', 'Case');
      const a = await attachmentContent(ctx.db, c.id, req.params.attachmentId);
      if (!a || (a.source === 'petitioner' && actor.role === 'agency_liaison'))
        throw refuse.notFound('附件', 'Attachment');
      return reply
        .type(a.media_type)
        .header(
          'content-disposition',
          `attachment; filename="attachment"; filename*=UTF-8''${encodeURIComponent(a.file_name)}`,
        )
        .header('cache-control', 'private, no-store')
        .send(Buffer.from(a.content));
    },
  );
}
