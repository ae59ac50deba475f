// HTTP for on-site visits (第八条（二）): list, read, plan, act, open a case from a finding,
// photos. Thin: validation by the shared contracts, the rest in the use cases.
import multipart from '@fastify/multipart';
import {
  credentialedSupervisors,
  fileResponse,
  findingCaseOpened,
  inspectionActionBody,
  inspectionQuery,
  MEDIA_TYPES,
  openCaseFromFinding as openCaseBody,
  planInspection,
  storedFile,
  uuid,
  visitList,
  visitView,
} from '@jiandu/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { auditContext, requirePermission } from '../../http/auth.ts';
import { readUpload, sendDownload } from '../../http/files.ts';
import { refuse } from '../../http/problem.ts';
import { MAX_FILE_BYTES } from '../cases/files.ts';
import { shanghaiDate } from '../cases/today.ts';
import { addPhoto, listPhotos, photoContent } from './photos.ts';
import { presentVisit, presentVisitSummary } from './presenter.ts';
import { credentialedSupervisorList, getVisit, listVisits, namesOf } from './queries.ts';
import { actOnInspection, openCaseFromFinding, planInspection as plan } from './service.ts';

const tags = ['inspections'];

export async function inspectionRoutes(app: FastifyInstance, ctx: AppContext) {
  // multipart may already be on the app (case attachments register it with the same limits)
  if (!app.hasContentTypeParser('multipart/form-data'))
    await app.register(multipart, { limits: { fileSize: MAX_FILE_BYTES, files: 1, fields: 5, parts: 6 } });
  const r = app.withTypeProvider<ZodTypeProvider>();
  const today = () => shanghaiDate(ctx.now());
  const detail = async (actor: Parameters<typeof presentVisit>[4], id: string) => {
    const v = await getVisit(ctx.db, actor, id);
    if (!v) throw refuse.notFound('现场监督', 'Visit');
    const names = await namesOf(ctx.db, v.supervisor_ids);
    return presentVisit(v, names, await listPhotos(ctx.db, v.id), today(), actor);
  };
  const uc = (req: Parameters<typeof auditContext>[0], actor: Parameters<typeof auditContext>[2]) => ({
    db: ctx.db,
    actor,
    audit: auditContext(req, ctx, actor),
  });

  r.get(
    '/api/v1/inspections',
    {
      schema: {
        tags,
        summary: '现场监督 On-site visits',
        response: { 200: visitList },
        querystring: inspectionQuery,
      },
    },
    async (req) => {
      const actor = requirePermission(req, 'case.read');
      const { rows, total } = await listVisits(ctx.db, actor, req.query);
      return {
        items: rows.map(presentVisitSummary),
        total,
        limit: req.query.limit,
        offset: req.query.offset,
      };
    },
  );

  r.get(
    '/api/v1/inspections/supervisors',
    {
      schema: {
        tags,
        summary: '本机关持有效监督证件的监督人员 Credentialed supervisors (第七条)',
        response: { 200: credentialedSupervisors },
      },
    },
    async (req) => {
      const actor = requirePermission(req, 'case.act');
      return { items: await credentialedSupervisorList(ctx.db, actor.organisationId, today()) };
    },
  );

  r.get(
    '/api/v1/inspections/:id',
    {
      schema: {
        tags,
        summary: '现场监督详情 A visit',
        params: z.object({ id: uuid }),
        response: { 200: visitView },
      },
    },
    async (req) => detail(requirePermission(req, 'case.read'), req.params.id),
  );

  r.post(
    '/api/v1/inspections',
    {
      schema: {
        tags,
        summary: '计划现场监督 Plan a visit (第八条（二）)',
        body: planInspection,
        response: { 201: visitView },
      },
    },
    async (req, reply) => {
      const actor = requirePermission(req, 'case.act');
      const { id } = await plan(uc(req, actor), req.body);
      reply.status(201);
      return detail(actor, id);
    },
  );

  r.post(
    '/api/v1/inspections/:id/actions',
    {
      schema: {
        tags,
        summary: '办理现场监督 Start, record, follow up or close a visit',
        params: z.object({ id: uuid }),
        body: inspectionActionBody,
        response: { 200: visitView },
      },
    },
    async (req) => {
      const actor = requirePermission(req, 'case.act');
      await actOnInspection(uc(req, actor), req.params.id, req.body.version, req.body.action);
      return detail(actor, req.params.id);
    },
  );

  r.post(
    '/api/v1/inspections/:id/findings/:findingId/case',
    {
      schema: {
        tags,
        summary: '依监督发现立案 Open a case from a finding (第八条)',
        params: z.object({ id: uuid, findingId: z.string().min(1).max(40) }),
        body: openCaseBody,
        response: { 201: findingCaseOpened },
      },
    },
    async (req, reply) => {
      const actor = requirePermission(req, 'case.act');
      const r = await openCaseFromFinding(
        uc(req, actor),
        req.params.id,
        req.params.findingId,
        req.body.version,
      );
      reply.status(201);
      return { caseId: r.caseId, source: r.source, inspection: await detail(actor, req.params.id) };
    },
  );

  r.post(
    '/api/v1/inspections/:id/photos',
    {
      schema: {
        tags,
        summary: '上传现场照片 Add a photo (第七条（四）)',
        params: z.object({ id: uuid }),
        response: { 201: storedFile },
      },
      bodyLimit: MAX_FILE_BYTES + 64 * 1024,
    },
    async (req, reply) => {
      const actor = requirePermission(req, 'case.act');
      if (!(await getVisit(ctx.db, actor, req.params.id))) throw refuse.notFound('现场监督', 'Visit');
      const file = await readUpload(req, MAX_FILE_BYTES);
      reply.status(201);
      return addPhoto(uc(req, actor), req.params.id, file);
    },
  );

  r.get(
    '/api/v1/inspections/:id/photos/:photoId',
    {
      schema: {
        tags,
        summary: '下载照片 A photo',
        response: { 200: fileResponse('照片 The photo', MEDIA_TYPES.jpeg, MEDIA_TYPES.png) },
        params: z.object({ id: uuid, photoId: uuid }),
      },
    },
    async (req, reply) => {
      const actor = requirePermission(req, 'case.read');
      const v = await getVisit(ctx.db, actor, req.params.id);
      const p = v && (await photoContent(ctx.db, v.id, req.params.photoId));
      if (!p) throw refuse.notFound('照片', 'Photo');
      return sendDownload(reply, p.file_name, p.media_type, p.content, 'photo');
    },
  );
}
