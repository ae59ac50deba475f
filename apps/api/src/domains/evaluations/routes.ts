// HTTP for case-file evaluation (案卷评查, 第八条（一）): campaigns, the reviewer's work list,
// scoring sheets, reconciliation, results and the one action from a failing file to a case.

import type { Permission } from '@jiandu/contracts';
import {
  campaignDetail,
  campaignList,
  drawVerified,
  evaluationCandidates,
  evaluationCreate,
  evaluationCreated,
  evaluationDraw,
  evaluationDrawn,
  evaluationFileDetail,
  evaluationPublish,
  evaluationPublished,
  fileCaseOpened,
  fileSettle,
  fileSettled,
  mySheets as mySheetsAnswer,
  paging,
  sheetSubmit,
  sheetSubmitted,
  uuid,
} from '@jiandu/contracts';
import { DEFAULT_RUBRIC } from '@jiandu/procedure';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { sql } from '../../db/sql.ts';
import { requirePermission, useCaseFor } from '../../http/auth.ts';
import { listExportRoute } from '../../http/list-workbook.ts';
import { refuse } from '../../http/problem.ts';
import { evaluationsExport } from './export.ts';
import {
  presentAct,
  presentCampaign,
  presentResult,
  presentRubric,
  presentSummary,
  seesAll,
} from './presenter.ts';
import {
  campaignAgencies,
  campaignFiles,
  campaignReviewers,
  campaignSheets,
  getCampaign,
  getFile,
  listCampaigns,
  mySheets,
} from './queries.ts';
import { fileResults } from './results.ts';
import {
  createCampaign,
  drawCampaign,
  fileToCase,
  publishCampaign,
  settleFile,
  submitSheet,
  verifyDraw,
} from './service.ts';

const tags = ['evaluations'];
const idParams = z.object({ id: uuid });

export function evaluationRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const uc = (req: FastifyRequest, perm: Permission) => useCaseFor(req, ctx, perm);

  r.get(
    '/api/v1/evaluations',
    {
      schema: {
        tags,
        summary: '案卷评查活动 Evaluation campaigns',
        response: { 200: campaignList },
        querystring: z.object(paging),
      },
    },
    async (req) => {
      const actor = requirePermission(req, 'case.read');
      const { rows, total } = await listCampaigns(ctx.db, actor, req.query);
      return {
        items: rows.map((c) => ({ ...presentCampaign(c), files: c.files, agencies: c.agencies })),
        total,
      };
    },
  );

  listExportRoute(app, ctx, {
    url: '/api/v1/evaluations/export.xlsx',
    tags,
    summary: '案卷评查活动导出 Excel Evaluation campaigns as a workbook',
    permission: 'case.read',
    spec: () => evaluationsExport({}),
    rows: async (actor, _, limit) =>
      (await listCampaigns(ctx.db, actor, { limit, offset: 0 })).rows.map((c) => ({
        ...presentCampaign(c),
        files: c.files,
        agencies: c.agencies,
      })),
  });

  r.post(
    '/api/v1/evaluations',
    {
      schema: {
        tags,
        summary: '设立评查活动 Set up an evaluation',
        body: evaluationCreate,
        response: { 201: evaluationCreated },
      },
    },
    async (req, reply) => reply.code(201).send(await createCampaign(uc(req, 'case.act'), req.body)),
  );

  r.get(
    '/api/v1/evaluations/candidates',
    {
      schema: {
        tags,
        summary: '可选的被评查机关、评查人员和默认评查标准 Agencies, reviewers and the default rubric',
        response: { 200: evaluationCandidates },
      },
    },
    async (req) => {
      const actor = requirePermission(req, 'case.act');
      const agencies = await ctx.db.query<{ id: string; name: string; acts: number }>(sql`
        SELECT o.id, o.name, (SELECT count(*)::int FROM enforcement_acts a WHERE a.agency_id = o.id) AS acts
        FROM organisations o WHERE o.kind = 'agency' AND o.active AND o.region_code = ANY(${actor.scope.regionCodes})
        ORDER BY o.region_code, o.name`);
      const reviewers = await ctx.db.query<{
        id: string;
        name: string;
        role: string;
        organisation: string;
      }>(sql`
        SELECT u.id, u.display_name AS name, u.role, o.name AS organisation
        FROM users u JOIN organisations o ON o.id = u.organisation_id
        WHERE u.active AND u.role IN ('supervisor', 'organ_head', 'agency_liaison') AND o.region_code = ANY(${actor.scope.regionCodes})
        ORDER BY o.region_code, o.name, u.display_name`);
      return { agencies, reviewers, rubric: presentRubric(DEFAULT_RUBRIC) };
    },
  );

  r.get(
    '/api/v1/evaluations/:id',
    {
      schema: {
        tags,
        summary: '评查活动详情与结果 An evaluation and its results',
        params: idParams,
        response: { 200: campaignDetail },
      },
    },
    async (req) => {
      const actor = requirePermission(req, 'case.read');
      const c = await getCampaign(ctx.db, actor, req.params.id);
      if (!c) throw refuse.notFound('评查活动', 'Evaluation');
      const all = seesAll(actor, c);
      const results = fileResults(
        c.rubric,
        c.reviewers_per_file,
        await campaignFiles(ctx.db, c.id),
        await campaignSheets(ctx.db, c.id),
      );
      // a liaison sees his own agency's files once published, and the files he reviews
      const visible = all
        ? results
        : results.filter(
            (x) =>
              (c.state === 'published' && x.file.agency_id === actor.organisationId) ||
              x.sheets.some((s) => s.reviewer_id === actor.userId),
          );
      return {
        ...presentCampaign(c),
        rubric: presentRubric(c.rubric),
        agencies: await campaignAgencies(ctx.db, c.id),
        reviewers: all ? await campaignReviewers(ctx.db, c.id) : [],
        files: visible.map((x) =>
          presentResult(x, {
            sheets: all && ['supervisor', 'organ_head'].includes(actor.role),
            viewerId: actor.userId,
          }),
        ),
        summary: all || c.state === 'published' ? presentSummary(c.rubric, results) : null,
        may: {
          draw: c.state === 'draft' && all && c.organ_id === actor.organisationId,
          publish:
            c.state === 'scoring' && actor.role === 'organ_head' && c.organ_id === actor.organisationId,
          settle: c.state === 'scoring' && c.organ_id === actor.organisationId,
          toCase: ['supervisor', 'organ_head'].includes(actor.role) && c.organ_id === actor.organisationId,
        },
      };
    },
  );

  r.post(
    '/api/v1/evaluations/:id/draw',
    {
      schema: {
        tags,
        summary: '随机抽取案卷并分配评查人员 Draw the files',
        params: idParams,
        body: evaluationDraw,
        response: { 200: evaluationDrawn },
      },
    },
    async (req) => drawCampaign(uc(req, 'case.act'), req.params.id, req.body),
  );

  r.get(
    '/api/v1/evaluations/:id/draw/verify',
    {
      schema: {
        tags,
        summary: '按记录的种子重做抽取并核对 Redo the draw from its seed',
        params: idParams,
        response: { 200: drawVerified },
      },
    },
    async (req) => verifyDraw(uc(req, 'case.read'), req.params.id),
  );

  r.post(
    '/api/v1/evaluations/:id/publish',
    {
      schema: {
        tags,
        summary: '签发评查结果通报 Publish the results',
        params: idParams,
        body: evaluationPublish,
        response: { 200: evaluationPublished },
      },
    },
    async (req) => publishCampaign(uc(req, 'case.act'), req.params.id, req.body),
  );

  r.get(
    '/api/v1/evaluation-sheets/mine',
    { schema: { tags, summary: '我的评查任务 My files to score', response: { 200: mySheetsAnswer } } },
    async (req) => {
      const actor = requirePermission(req, 'case.act');
      return (await mySheets(ctx.db, actor)).map((s) => ({
        fileId: s.file_id,
        campaignId: s.campaign_id,
        campaignTitle: s.campaign_title,
        campaignState: s.campaign_state,
        agencyName: s.agency_name,
        caseNumber: s.case_number,
        actKind: s.act_kind,
        submittedAt: s.submitted_at?.toISOString() ?? null,
      }));
    },
  );

  r.get(
    '/api/v1/evaluation-files/:id',
    {
      schema: {
        tags,
        summary: '评查案卷 A drawn file',
        params: idParams,
        response: { 200: evaluationFileDetail },
      },
    },
    async (req) => {
      const actor = requirePermission(req, 'case.read');
      const f = await getFile(ctx.db, actor, req.params.id);
      if (!f) throw refuse.notFound('评查案卷', 'Evaluation file');
      const [c] = await ctx.db.query<Parameters<typeof presentCampaign>[0]>(
        sql`SELECT c.*, o.name AS organ_name, NULL AS results_number FROM evaluation_campaigns c
          JOIN organisations o ON o.id = c.organ_id WHERE c.id = ${f.campaign_id}`,
      );
      const sheets = await campaignSheets(ctx.db, c.id, f.id);
      const all = seesAll(actor, c) && ['supervisor', 'organ_head'].includes(actor.role);
      // besides the organ's staff and the file's reviewers, only the agency concerned, once published
      const reviews = sheets.some((s) => s.reviewer_id === actor.userId);
      const ownPublished = c.state === 'published' && f.agency_id === actor.organisationId;
      if (!seesAll(actor, c) && !reviews && !ownPublished)
        throw refuse.notFound('评查案卷', 'Evaluation file');
      const [result] = fileResults(c.rubric, c.reviewers_per_file, [f], sheets);
      // the files of this reviewer in this campaign, for going on to the next with one key
      const queue = (await mySheets(ctx.db, actor))
        .filter((s) => s.campaign_id === c.id)
        .map((s) => s.file_id);
      return {
        campaign: presentCampaign(c),
        rubric: presentRubric(c.rubric),
        act: presentAct(f),
        file: presentResult(result, { sheets: all, viewerId: actor.userId }),
        mine: sheets.find((s) => s.reviewer_id === actor.userId) ? { queue } : null,
        may: { settle: all && c.state === 'scoring' && c.organ_id === actor.organisationId },
      };
    },
  );

  r.put(
    '/api/v1/evaluation-files/:id/sheet',
    {
      schema: {
        tags,
        summary: '提交评分 Submit my score sheet',
        params: idParams,
        body: sheetSubmit,
        response: { 200: sheetSubmitted },
      },
    },
    async (req) => submitSheet(uc(req, 'case.act'), req.params.id, req.body),
  );

  r.post(
    '/api/v1/evaluation-files/:id/settle',
    {
      schema: {
        tags,
        summary: '合议定分 Settle two far-apart scores',
        params: idParams,
        body: fileSettle,
        response: { 200: fileSettled },
      },
    },
    async (req) => settleFile(uc(req, 'case.act'), req.params.id, req.body),
  );

  r.post(
    '/api/v1/evaluation-files/:id/case',
    {
      schema: {
        tags,
        summary: '不合格案卷转立案监督 Open a case from a failing file',
        params: idParams,
        response: { 201: fileCaseOpened },
      },
    },
    async (req, reply) => reply.code(201).send(await fileToCase(uc(req, 'case.act'), req.params.id)),
  );
}
