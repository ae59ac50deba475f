// HTTP for accountability (第十六条 to 第十八条): thin — validate, call the use case, present.
import {
  approveMeasure,
  draftMeasure as draftMeasureBody,
  matterDecision,
  matterExportQuery,
  matterList,
  matterQuery,
  matterView,
  openMatter as openMatterBody,
  proposalsRun,
  recordCorrection,
  returnMeasure,
  uuid,
} from '@jiandu/contracts';
import { certificateStatusToday } from '@jiandu/procedure';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Actor } from '../../access/actor.ts';
import type { AppContext } from '../../context.ts';
import { useCaseFor } from '../../http/auth.ts';
import { listExportRoute } from '../../http/list-workbook.ts';
import { refuse } from '../../http/problem.ts';
import { shanghaiDate } from '../cases/today.ts';
import { mattersExport } from './export.ts';
import { approveDraft, draftMeasure, returnDraft } from './measures.ts';
import { presentMatter, presentMatterSummary } from './presenter.ts';
import { proposeMatters } from './proposals.ts';
import { getMatter, listMatters, matterMeasures, matterSources, officerCertificate } from './queries.ts';
import {
  closeMatter,
  confirmProposal,
  dismissMatter,
  openMatter,
  recordMatterCorrection,
} from './service.ts';

const tags = ['accountability'];
const byId = z.object({ id: uuid });
const byMeasure = z.object({ id: uuid, measureId: uuid });

export function accountabilityRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const today = () => shanghaiDate(ctx.now());
  const detail = async (actor: Actor, id: string) => {
    const row = await getMatter(ctx.db, actor, id);
    if (!row) throw refuse.notFound('追责事项', 'Accountability matter');
    const cert = row.officer_id ? await officerCertificate(ctx.db, row.officer_id) : null;
    return presentMatter(
      row,
      await matterMeasures(ctx.db, [row.id]),
      await matterSources(ctx.db, row.id),
      actor,
      today(),
      cert ? certificateStatusToday(cert.status, cert.valid_until, today()) : null,
    );
  };

  r.get(
    '/api/v1/accountability',
    {
      schema: {
        tags,
        summary: '责任追究事项 Accountability matters',
        response: { 200: matterList },
        querystring: matterQuery,
      },
    },
    async (req) => {
      const uc = useCaseFor(req, ctx, 'accountability.read');
      const { rows, total } = await listMatters(ctx.db, uc.actor, req.query);
      return {
        items: rows.map(presentMatterSummary),
        total,
        limit: req.query.limit,
        offset: req.query.offset,
      };
    },
  );

  listExportRoute(app, ctx, {
    url: '/api/v1/accountability/export.xlsx',
    tags,
    summary: '责任追究事项导出 Excel Accountability matters as a workbook, with the list’s filters',
    query: matterExportQuery,
    permission: 'accountability.read',
    spec: (_, query) => mattersExport(query),
    rows: async (actor, query, limit) =>
      (await listMatters(ctx.db, actor, { ...query, limit, offset: 0 })).rows.map(presentMatterSummary),
  });

  r.get(
    '/api/v1/accountability/:id',
    { schema: { tags, summary: '追责事项 A matter', response: { 200: matterView }, params: byId } },
    async (req) => detail(useCaseFor(req, ctx, 'accountability.read').actor, req.params.id),
  );

  r.post(
    '/api/v1/accountability',
    {
      schema: {
        tags,
        summary: '提起追责 Open a matter (第十六条至第十八条)',
        response: { 201: matterView },
        body: openMatterBody,
      },
    },
    async (req, reply) => {
      const uc = useCaseFor(req, ctx, 'accountability.act');
      const { id } = await openMatter(uc, req.body);
      reply.status(201);
      return detail(uc.actor, id);
    },
  );

  r.post(
    '/api/v1/accountability/proposals/run',
    {
      schema: {
        tags,
        summary: '运行追责自动提示 Run the automatic proposals',
        response: { 200: proposalsRun },
      },
    },
    async (req) => proposeMatters(useCaseFor(req, ctx, 'accountability.act')),
  );

  const decision = (path: string, summary: string, fn: typeof confirmProposal) =>
    r.post(
      `/api/v1/accountability/:id/${path}`,
      { schema: { tags, summary, response: { 200: matterView }, params: byId, body: matterDecision } },
      async (req) => {
        const uc = useCaseFor(req, ctx, 'accountability.act');
        await fn(uc, req.params.id, req.body);
        return detail(uc.actor, req.params.id);
      },
    );
  decision('confirm', '确认自动提示 Confirm a proposal', confirmProposal);
  decision('dismiss', '不予追究 Dismiss with a reason', dismissMatter);
  decision('close', '办结 Close', closeMatter);

  r.post(
    '/api/v1/accountability/:id/correction',
    {
      schema: {
        tags,
        summary: '登记改正情况 Record the agency’s correction (第十六条)',
        response: { 200: matterView },
        params: byId,
        body: recordCorrection,
      },
    },
    async (req) => {
      const uc = useCaseFor(req, ctx, 'accountability.act');
      await recordMatterCorrection(uc, req.params.id, req.body);
      return detail(uc.actor, req.params.id);
    },
  );

  r.post(
    '/api/v1/accountability/:id/measures',
    {
      schema: {
        tags,
        summary: '拟办处理措施 Draft a measure',
        response: { 201: matterView },
        params: byId,
        body: draftMeasureBody,
      },
    },
    async (req, reply) => {
      const uc = useCaseFor(req, ctx, 'accountability.act');
      await draftMeasure(uc, req.params.id, req.body);
      reply.status(201);
      return detail(uc.actor, req.params.id);
    },
  );

  r.post(
    '/api/v1/accountability/:id/measures/:measureId/approve',
    {
      schema: {
        tags,
        summary: '批准处理措施 Approve a measure',
        response: { 200: matterView },
        params: byMeasure,
        body: approveMeasure,
      },
    },
    async (req) => {
      const uc = useCaseFor(req, ctx, 'accountability.act');
      await approveDraft(uc, req.params.id, req.params.measureId, req.body);
      return detail(uc.actor, req.params.id);
    },
  );

  r.post(
    '/api/v1/accountability/:id/measures/:measureId/return',
    {
      schema: {
        tags,
        summary: '退回处理措施 Return a drafted measure',
        response: { 200: matterView },
        params: byMeasure,
        body: returnMeasure,
      },
    },
    async (req) => {
      const uc = useCaseFor(req, ctx, 'accountability.act');
      await returnDraft(uc, req.params.id, req.params.measureId, req.body);
      return detail(uc.actor, req.params.id);
    },
  );
}
