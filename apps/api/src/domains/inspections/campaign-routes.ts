// HTTP for special campaigns (专项监督, 第七条): list, read, create, act, and the summary report.
import {
  campaignActionBody,
  campaignQuery,
  campaignReport as campaignReportAnswer,
  campaignReportIssued,
  createCampaign as createBody,
  specialCampaignDetail,
  specialCampaignList,
  uuid,
} from '@jiandu/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Actor } from '../../access/actor.ts';
import type { AppContext } from '../../context.ts';
import { auditContext, requirePermission } from '../../http/auth.ts';
import { refuse } from '../../http/problem.ts';
import { issueCampaignReport } from './campaign-document.ts';
import { actOnCampaign, createCampaign } from './campaigns.ts';
import { presentCampaign, presentVisitSummary } from './presenter.ts';
import { campaignVisits, getCampaign, listCampaigns, namesOf } from './queries.ts';
import { campaignReport } from './report.ts';

const tags = ['campaigns'];

export function campaignRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const load = async (actor: Actor, id: string) => {
    const c = await getCampaign(ctx.db, actor, id);
    if (!c) throw refuse.notFound('专项监督', 'Campaign');
    return c;
  };
  const detail = async (actor: Actor, id: string) => {
    const c = await load(actor, id);
    const visits = await campaignVisits(ctx.db, actor, c.id);
    return {
      ...presentCampaign(c, await namesOf(ctx.db, c.agency_ids), actor),
      visits: visits.map(presentVisitSummary),
    };
  };

  r.get(
    '/api/v1/campaigns',
    {
      schema: {
        tags,
        summary: '专项监督 Special campaigns',
        querystring: campaignQuery,
        response: { 200: specialCampaignList },
      },
    },
    async (req) => {
      const actor = requirePermission(req, 'case.read');
      const { rows, total } = await listCampaigns(ctx.db, actor, req.query);
      const names = await namesOf(
        ctx.db,
        rows.flatMap((c) => c.agency_ids),
      );
      return {
        items: rows.map((c) => presentCampaign(c, names, actor)),
        total,
        limit: req.query.limit,
        offset: req.query.offset,
      };
    },
  );

  r.get(
    '/api/v1/campaigns/:id',
    {
      schema: {
        tags,
        summary: '专项监督详情 A campaign',
        params: z.object({ id: uuid }),
        response: { 200: specialCampaignDetail },
      },
    },
    async (req) => detail(requirePermission(req, 'case.read'), req.params.id),
  );

  r.get(
    '/api/v1/campaigns/:id/report',
    {
      schema: {
        tags,
        summary: '专项监督总结报告 Summary report',
        params: z.object({ id: uuid }),
        response: { 200: campaignReportAnswer },
      },
    },
    async (req) => {
      const actor = requirePermission(req, 'case.read');
      return campaignReport(ctx.db, actor, await load(actor, req.params.id));
    },
  );

  r.post(
    '/api/v1/campaigns',
    {
      schema: {
        tags,
        summary: '部署专项监督 Create a campaign (第七条)',
        body: createBody,
        response: { 201: specialCampaignDetail },
      },
    },
    async (req, reply) => {
      const actor = requirePermission(req, 'case.act');
      const { id } = await createCampaign(
        { db: ctx.db, actor, audit: auditContext(req, ctx, actor) },
        req.body,
      );
      reply.status(201);
      return detail(actor, id);
    },
  );

  r.post(
    '/api/v1/campaigns/:id/actions',
    {
      schema: {
        tags,
        summary: '办理专项监督 Add agencies, start, attach a visit, summarise',
        params: z.object({ id: uuid }),
        body: campaignActionBody,
        response: { 200: specialCampaignDetail },
      },
    },
    async (req) => {
      const actor = requirePermission(req, 'case.act');
      await actOnCampaign(
        { db: ctx.db, actor, audit: auditContext(req, ctx, actor) },
        req.params.id,
        req.body.version,
        req.body.action,
      );
      return detail(actor, req.params.id);
    },
  );

  r.post(
    '/api/v1/campaigns/:id/report/document',
    {
      schema: {
        tags,
        summary: '印发专项监督情况报告 Issue the report as an official document (第七条（七）)',
        params: z.object({ id: uuid }),
        response: { 201: campaignReportIssued },
      },
    },
    async (req, reply) => {
      const actor = requirePermission(req, 'case.act');
      const r = await issueCampaignReport(
        { db: ctx.db, actor, audit: auditContext(req, ctx, actor) },
        req.params.id,
      );
      reply.status(201);
      return r;
    },
  );
}
