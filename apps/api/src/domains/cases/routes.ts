// HTTP for petitions and cases: the public form and status page, staff registration, the
// case list and page, and one endpoint for every step of the procedure.
import {
  caseActionRequest,
  caseExportQuery,
  caseList,
  caseQuery,
  caseSupervisors,
  caseView,
  petitionExportQuery,
  petitionFiled,
  petitionRegistered,
  publicAgencies as publicAgenciesAnswer,
  publicPetition,
  publicPetitionStatus,
  staffPetition,
  trackingCode,
  uuid,
} from '@jiandu/contracts';
import type { CaseAction } from '@jiandu/procedure';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PUBLIC_ACTOR } from '../../audit/record.ts';
import type { AppContext } from '../../context.ts';
import type { Stamps } from '../../db/change-stamps.ts';
import { auditContext, requirePermission, stampsOf } from '../../http/auth.ts';
import { listExportRoute } from '../../http/list-workbook.ts';
import { Refusal, refuse } from '../../http/problem.ts';
import { readCalendar } from '../calendar/queries.ts';
import { casesExport, petitionsExport } from './export.ts';
import { listCasesKept, readCase, readCaseKept } from './kept.ts';
import { listItem } from './list-item.ts';
import { agencyView, presentCase, presentPublicStatus } from './presenter.ts';
import {
  getCase,
  listCases,
  organSupervisors,
  petitionsByIds,
  publicAgencies,
  statusByTrackingCode,
} from './queries.ts';
import { actOnCase, procedureEnv, registerPetition } from './service.ts';
import { shanghaiDate } from './today.ts';
import { trackingHash } from './tracking.ts';
import { caseCandidatesKept, presentWaiting } from './waiting.ts';

const tags = ['cases'];

export function caseRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  /**
   * the case page: `stamps` read with the session let the case, the calendar, the bases and the
   * people come from memory (kept.ts); after a write (`written`) the case is read afresh, since
   * the request's stamps were read before it
   */
  const view = async (
    actor: Parameters<typeof presentCase>[3],
    stamps: Stamps,
    id: string,
    written = false,
  ) => {
    const read = written ? await readCase(ctx.db, actor, id) : await readCaseKept(ctx.db, actor, stamps, id);
    if (!read) throw refuse.notFound('案件', 'Case');
    const { row, steps, petition } = read;
    const cal = await readCalendar(ctx.db, stamps);
    const [env, candidates] = await Promise.all([
      procedureEnv(ctx.db, row, ctx.now(), cal.data, stamps),
      caseCandidatesKept(ctx.db, stamps, row),
    ]);
    const seen = presentCase(row, steps, petition, actor, env, cal);
    const agency = actor.role === 'agency_liaison';
    const waiting = presentWaiting(row.facts, env, candidates, agency ? 'agency' : 'staff');
    return agency ? { ...agencyView(seen, row.registered_on), waiting } : { ...seen, waiting };
  };

  r.get(
    '/api/v1/public/agencies',
    {
      schema: {
        tags,
        summary: '可投诉的行政执法机关 Agencies (public)',
        response: { 200: publicAgenciesAnswer },
      },
    },
    async () => {
      return { items: await publicAgencies(ctx.db) };
    },
  );

  r.post(
    '/api/v1/public/petitions',
    {
      schema: {
        tags,
        summary: '提交申请、投诉、举报（第九条） File a petition',
        response: { 201: petitionFiled },
        body: publicPetition,
      },
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
    },
    async (req, reply) => {
      const out = await registerPetition(
        ctx.db,
        { actor: PUBLIC_ACTOR, requestId: req.id, now: ctx.now() },
        req.body,
        null,
      );
      reply.status(201);
      return { trackingCode: out.trackingCode };
    },
  );

  r.get(
    '/api/v1/public/petitions/:code',
    {
      schema: {
        tags,
        summary: '办理进度查询 Petition status',
        response: { 200: publicPetitionStatus },
        params: z.object({ code: trackingCode }),
      },
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
    },
    async (req) => {
      const row = await statusByTrackingCode(ctx.db, trackingHash(req.params.code));
      // in the public's words: nothing of jurisdictions, only what to check
      if (!row)
        throw new Refusal({
          status: 404,
          code: 'not_found',
          title: '未找到',
          titleEn: 'Not found',
          detail: '没有找到与该查询码对应的来件，请核对查询码（16位字母和数字，登记时给出）后重试',
          detailEn: 'No petition has this tracking code: check the 16 letters and digits you were given',
        });
      return presentPublicStatus(row, row.facts);
    },
  );

  r.post(
    '/api/v1/petitions',
    {
      schema: {
        tags,
        summary: '登记来件（纸质、电话、12345） Register a petition',
        response: { 201: petitionRegistered },
        body: staffPetition,
      },
    },
    async (req, reply) => {
      const actor = requirePermission(req, 'petition.register');
      const out = await registerPetition(ctx.db, auditContext(req, ctx, actor), req.body, actor);
      reply.status(201);
      return { ...out, case: await view(actor, stampsOf(req), out.caseId, true) };
    },
  );

  r.get(
    '/api/v1/cases',
    { schema: { tags, summary: '监督案件 Cases', response: { 200: caseList }, querystring: caseQuery } },
    async (req) => {
      const actor = requirePermission(req, 'case.read');
      const today = shanghaiDate(ctx.now());
      const stamps = stampsOf(req);
      const cal = await readCalendar(ctx.db, stamps);
      const { items, total, totalCapped } = await listCasesKept(
        ctx.db,
        actor,
        stamps,
        { ...req.query, today },
        cal,
      );
      return {
        items,
        total,
        // a search that matched more than it counted (SEARCH_COUNT_CAP): "1,000+"
        totalCapped,
        limit: req.query.limit,
        offset: req.query.offset,
      };
    },
  );

  listExportRoute(app, ctx, {
    url: '/api/v1/cases/export.xlsx',
    tags,
    summary: '监督案件导出 Excel Cases as a workbook, with the list’s filters',
    query: caseExportQuery,
    permission: 'case.read',
    spec: (_, query) => casesExport(query),
    rows: async (actor, query, limit, today) => {
      const cal = await readCalendar(ctx.db);
      const { rows } = await listCases(ctx.db, actor, { ...query, today, limit, offset: 0 });
      return rows.map((c) => listItem(c, actor, today, cal));
    },
  });

  listExportRoute(app, ctx, {
    url: '/api/v1/petitions/export.xlsx',
    tags,
    summary:
      '申请、投诉、举报导出 Excel（第九条） The petitions among the cases as a workbook, with the list’s filters',
    query: petitionExportQuery,
    permission: 'case.read',
    spec: (actor, query) => {
      // the agency concerned never learns who complained or reported, nor their words (举报人保密)
      if (actor.role === 'agency_liaison')
        throw refuse.forbidden(
          '执法机关不能导出申请、投诉、举报：举报人信息保密',
          'an enforcement agency may not export the petitions: who made them is kept confidential',
          'art9',
        );
      return petitionsExport(actor, query);
    },
    rows: async (actor, query, limit, today) => {
      const { rows } = await listCases(ctx.db, actor, {
        ...query,
        source: 'petition',
        today,
        limit,
        offset: 0,
      });
      const petitions = await petitionsByIds(ctx.db, rows);
      return rows.map((c) => ({ case: c, petition: petitions.get(c.petition_id ?? '') ?? null }));
    },
  });

  r.get(
    '/api/v1/cases/:id',
    { schema: { tags, summary: '案件 Case', response: { 200: caseView }, params: z.object({ id: uuid }) } },
    async (req) => {
      const actor = requirePermission(req, 'case.read');
      return view(actor, stampsOf(req), req.params.id);
    },
  );

  r.get(
    '/api/v1/cases/:id/supervisors',
    {
      schema: {
        tags,
        summary: '可参加监督措施的监督人员（第七条） Supervisors of the case’s organ',
        response: { 200: caseSupervisors },
        params: z.object({ id: uuid }),
      },
    },
    async (req) => {
      const actor = requirePermission(req, 'case.act');
      const row = await getCase(ctx.db, actor, req.params.id);
      if (!row || actor.organisationId !== row.organ_id) throw refuse.notFound('案件', 'Case');
      const items = await organSupervisors(ctx.db, row.organ_id);
      return { items };
    },
  );

  r.post(
    '/api/v1/cases/:id/actions',
    {
      schema: {
        tags,
        summary: '办理一步（立案、措施、通知书、决定书、复查……） Take a step',
        response: { 200: caseView },
        params: z.object({ id: uuid }),
        body: caseActionRequest,
      },
    },
    async (req) => {
      const actor = requirePermission(req, 'case.act');
      await actOnCase(
        { db: ctx.db, actor, audit: auditContext(req, ctx, actor) },
        req.params.id,
        req.body.version,
        req.body.action as CaseAction,
      );
      return view(actor, stampsOf(req), req.params.id, true);
    },
  );
}
