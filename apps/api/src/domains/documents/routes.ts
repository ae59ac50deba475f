// HTTP for official documents: the case's documents, DOCX and PDF downloads, sealing, service,
// cancelling, the organ's seal, and the public check that a PDF is the one issued.

import type { Permission } from '@jiandu/contracts';
import {
  caseAction,
  caseDocumentList,
  documentCancel,
  documentCancelled,
  documentNumber,
  documentSealed,
  documentService,
  documentVerified,
  documentView,
  fileResponse,
  MEDIA_TYPES,
  sealFiled,
  sealOnFile,
  serviceRecorded,
  uuid,
} from '@jiandu/contracts';
import { type CaseAction, DOCUMENT_KINDS, type DocumentKind } from '@jiandu/procedure';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { identityView } from '../../access/personal-data.ts';
import type { AppContext } from '../../context.ts';
import { sql } from '../../db/sql.ts';
import { renderDocx } from '../../documents/render-docx.ts';
import { renderPdf } from '../../documents/render-pdf.ts';
import { requirePermission, useCaseFor } from '../../http/auth.ts';
import { readUpload } from '../../http/files.ts';
import { refuse } from '../../http/problem.ts';
import { fieldProblems } from '../../http/validation.ts';
import { MAX_FILE_BYTES } from '../cases/files.ts';
import { getCase } from '../cases/queries.ts';
import { caseArchive } from './archive.ts';
import { fileName, sendFile, sendPreview } from './download.ts';
import { maskedFor } from './masking.ts';
import { presentDocument } from './presenter.ts';
import { previewDocument } from './preview.ts';
import { caseDocuments, currentSeal, documentServices, getDocument, sealedPdf } from './queries.ts';
import { cancelDocument, recordService, sealDocument, uploadSeal } from './service.ts';
import { verifyDocument } from './verify.ts';

const tags = ['documents'];

/** the step a preview is of, validated as the step itself would be (query.action.<field>) */
function parseAction(text: string): CaseAction {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw refuse.field('query.action', '不是有效的 JSON', 'is not valid JSON');
  }
  const problems = fieldProblems(caseAction, data, 'query.action');
  if (problems.length) throw refuse.invalid(problems);
  return caseAction.parse(data) as CaseAction;
}
const SEAL_MAX_BYTES = 2_000_000;

export function documentRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const uc = (req: FastifyRequest, perm: Permission) => useCaseFor(req, ctx, perm);
  const loadDoc = async (req: Parameters<typeof requirePermission>[0], id: string) => {
    const actor = requirePermission(req, 'case.read');
    const doc = await getDocument(ctx.db, actor, id);
    if (!doc) throw refuse.notFound('文书', 'Document');
    return { actor, doc };
  };

  r.get(
    '/api/v1/cases/:id/documents',
    {
      schema: {
        tags,
        summary: '案件文书 Documents of a case',
        response: { 200: caseDocumentList },
        params: z.object({ id: uuid }),
      },
    },
    async (req) => {
      const actor = requirePermission(req, 'case.read');
      const c = await getCase(ctx.db, actor, req.params.id);
      if (!c) throw refuse.notFound('案件', 'Case');
      const docs = await caseDocuments(ctx.db, actor, c);
      return {
        items: await Promise.all(
          docs.map(async (d) => presentDocument(d, await documentServices(ctx.db, d), actor)),
        ),
      };
    },
  );

  r.get(
    '/api/v1/cases/:id/documents/preview',
    {
      schema: {
        tags,
        summary: '预览文书（草稿） Preview a document before it is issued (PDF marked 草稿, no number)',
        response: { 200: fileResponse('草稿 The draft', MEDIA_TYPES.pdf) },
        params: z.object({ id: uuid }),
        querystring: z.object({
          kind: z.enum(Object.keys(DOCUMENT_KINDS) as [DocumentKind, ...DocumentKind[]]),
          /** the step as its dialog holds it, as JSON; without it, the draft awaiting approval */
          action: z.string().max(8000).optional(),
        }),
      },
      config: { frameable: true },
    },
    async (req, reply) => {
      const actor = requirePermission(req, 'case.read');
      const action = req.query.action === undefined ? null : parseAction(req.query.action);
      const content = await previewDocument(ctx.db, actor, req.params.id, req.query.kind, action, ctx.now());
      return sendPreview(reply, await renderPdf(content, { draft: true }));
    },
  );

  r.get(
    '/api/v1/documents/:id',
    {
      schema: {
        tags,
        summary: '文书 A document',
        response: { 200: documentView },
        params: z.object({ id: uuid }),
      },
    },
    async (req) => {
      const { actor, doc } = await loadDoc(req, req.params.id);
      return presentDocument(doc, await documentServices(ctx.db, doc), actor);
    },
  );

  r.get(
    '/api/v1/documents/:id/docx',
    {
      schema: {
        tags,
        summary: '下载 DOCX Download as DOCX (to edit in WPS or Word)',
        response: { 200: fileResponse('文书 The document', MEDIA_TYPES.docx) },
        params: z.object({ id: uuid }),
      },
    },
    async (req, reply) => {
      const { actor, doc } = await loadDoc(req, req.params.id);
      const masked = await maskedFor(ctx.db, actor, doc);
      // dated the issue time: two downloads of one document are the same bytes
      return sendFile(reply, fileName(doc), 'docx', await renderDocx(masked ?? doc.content, doc.issued_at));
    },
  );

  r.get(
    '/api/v1/documents/:id/pdf',
    {
      schema: {
        tags,
        summary: '下载 PDF Download as PDF (the sealed one once sealed)',
        response: { 200: fileResponse('文书 The document', MEDIA_TYPES.pdf) },
        params: z.object({ id: uuid }),
      },
    },
    async (req, reply) => {
      const { actor, doc } = await loadDoc(req, req.params.id);
      // a reader who may not identify the petitioner gets a masked rendering, never the sealed bytes
      const masked = await maskedFor(ctx.db, actor, doc);
      const pdf = masked
        ? await renderPdf(masked)
        : doc.sealed_at
          ? await sealedPdf(ctx.db, doc)
          : await renderPdf(doc.content);
      return sendFile(reply, fileName(doc), 'pdf', pdf!);
    },
  );

  r.post(
    '/api/v1/documents/:id/seal',
    {
      schema: {
        tags,
        summary: '用印 Seal a notice or review decision (第十条)',
        response: { 200: documentSealed },
        params: z.object({ id: uuid }),
      },
    },
    async (req) => sealDocument(uc(req, 'case.act'), req.params.id),
  );

  r.post(
    '/api/v1/documents/:id/services',
    {
      schema: {
        tags,
        summary: '登记送达 Record service (送达回证)',
        response: { 201: serviceRecorded },
        params: z.object({ id: uuid }),
        body: documentService,
      },
    },
    async (req, reply) => {
      reply.status(201);
      return recordService(uc(req, 'case.act'), req.params.id, req.body);
    },
  );

  r.post(
    '/api/v1/documents/:id/cancel',
    {
      schema: {
        tags,
        summary: '作废文书 Cancel a document (its number stays on record)',
        response: { 200: documentCancelled },
        params: z.object({ id: uuid }),
        body: documentCancel,
      },
    },
    async (req) => cancelDocument(uc(req, 'case.act'), req.params.id, req.body.reason, req.body.reissue),
  );

  r.get(
    '/api/v1/cases/:id/archive',
    {
      schema: {
        tags,
        summary: '导出案卷 Export the closed case as one archive (ZIP)',
        response: { 200: fileResponse('案卷 The case file', MEDIA_TYPES.zip) },
        params: z.object({ id: uuid }),
      },
    },
    async (req, reply) => {
      const actor = requirePermission(req, 'case.read');
      if (actor.role === 'agency_liaison') throw refuse.notFound('案件', 'Case');
      const c = await getCase(ctx.db, actor, req.params.id);
      if (!c) throw refuse.notFound('案件', 'Case');
      // the file holds the petitioner's identity whole (the receipt, the reply): it is the
      // handling organ's to archive, as only its supervisors and head see that identity
      if (identityView(actor, c.organ_id) !== 'full')
        throw refuse.forbidden(
          '案卷由承办机关的监督人员或负责人归档导出（含来件人身份信息）',
          'only the handling organ’s supervisors and head export the file (it names the petitioner)',
          'art9',
        );
      if (!['closed', 'archived', 'not_filed', 'transferred'].includes(c.state))
        throw refuse.field(
          'id',
          '案件办结后方可归档导出',
          'only a case that has ended can be exported',
          409,
          'art9',
        );
      const zip = await caseArchive(ctx.db, actor, c, ctx.now());
      return sendFile(reply, `案卷-${c.title.slice(0, 40)}`, 'zip', zip);
    },
  );

  // the seal on file: for administrators in whose jurisdiction the organ lies, and its head
  const sealOf = async (req: Parameters<typeof requirePermission>[0], organId: string) => {
    const actor = requirePermission(req, 'organisation.read');
    const seal = await currentSeal(ctx.db, organId);
    const [organ] = await ctx.db.query<{ region_code: string }>(
      sql`SELECT region_code FROM organisations WHERE id = ${organId} AND kind = 'supervision_organ'`,
    );
    const allowed =
      organ &&
      ((actor.role === 'admin' && actor.scope.regionCodes.includes(organ.region_code)) ||
        (actor.role === 'organ_head' && actor.organisationId === organId));
    if (!allowed) throw refuse.notFound('监督机关', 'Supervision organ');
    return seal;
  };

  r.get(
    '/api/v1/organisations/:id/seal',
    {
      schema: {
        tags,
        summary: "本机关印章 The organ's seal on file",
        response: { 200: sealOnFile },
        params: z.object({ id: uuid }),
      },
    },
    async (req) => {
      const seal = await sealOf(req, req.params.id);
      return seal
        ? {
            id: seal.id,
            name: seal.name,
            sha256: seal.sha256,
            uploadedAt: seal.uploaded_at.toISOString(),
            size: seal.image.length,
          }
        : { id: null };
    },
  );

  r.get(
    '/api/v1/organisations/:id/seal/image',
    {
      schema: {
        tags,
        summary: '印章图片 The seal image (PNG)',
        response: { 200: fileResponse('印章 The seal', MEDIA_TYPES.png) },
        params: z.object({ id: uuid }),
      },
    },
    async (req, reply) => {
      const seal = await sealOf(req, req.params.id);
      if (!seal) throw refuse.notFound('印章', 'Seal');
      // the bytes as they are; the schema names them binary, which a typed reply reads as text
      return (reply as FastifyReply)
        .type('image/png')
        .header('cache-control', 'private, no-store')
        .send(Buffer.from(seal.image));
    },
  );

  r.post(
    '/api/v1/organisations/:id/seal',
    {
      schema: {
        tags,
        summary: '备案行政执法监督专用章 File the supervision seal (PNG)',
        response: { 201: sealFiled },
        params: z.object({ id: uuid }),
      },
      bodyLimit: SEAL_MAX_BYTES + 64 * 1024,
    },
    async (req, reply) => {
      const u = uc(req, 'organisation.write');
      const file = await readUpload(req, MAX_FILE_BYTES);
      reply.status(201);
      return uploadSeal(u, req.params.id, file.name, file.data);
    },
  );

  r.post(
    '/api/v1/public/documents/verify',
    {
      schema: {
        tags,
        summary: '核验文书 Check that a PDF is the document issued (public)',
        querystring: z.object({ number: documentNumber.optional() }),
        response: { 200: documentVerified },
      },
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
    },
    async (req) => {
      const file = await readUpload(req, MAX_FILE_BYTES);
      return verifyDocument(ctx.db, file.data, req.query.number ?? null);
    },
  );
}
