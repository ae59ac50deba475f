// HTTP for reported enforcement acts and their warnings (第八条（三）): the bulk API, the list,
// the export for the provincial system, and the warnings with their two ways out.

import type { Permission } from '@jiandu/contracts';
import {
  ACT_KIND_LABELS,
  actBatch,
  actExportQuery,
  actList,
  actQuery,
  actsExported,
  actsIngested,
  actsUploaded,
  actsUploadRefused,
  binary,
  dismissWarning as dismissBody,
  fileResponse,
  isoDate,
  MEDIA_TYPES,
  uuid,
  warningCaseOpened,
  warningDismissed,
  warningExportQuery,
  warningList,
  warningQuery,
  warningSummary as warningSummaryAnswer,
} from '@jiandu/contracts';
import { cite } from '@jiandu/regulation';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { requirePermission, useCaseFor } from '../../http/auth.ts';
import { readUpload } from '../../http/files.ts';
import { listExportRoute } from '../../http/list-workbook.ts';
import { refuse } from '../../http/problem.ts';
import { sendFile } from '../documents/download.ts';
import { exportActs } from './export.ts';
import { BatchRefused, ingestActs, reportingAgency } from './ingest.ts';
import { listActs } from './queries.ts';
import { actsTemplate, annotate, MAX_SHEET_BYTES, readActsSheet } from './spreadsheet.ts';
import { dismissWarning, listWarnings, type WarningRow, warningSummary, warningToCase } from './warnings.ts';
import { actsExport, warningsExport } from './workbooks.ts';

const tags = ['acts'];
/** a batch of 5,000 acts is a few MB; anything far larger is refused before it is read */
const BATCH_BYTES = 25 * 1024 * 1024;

const presentWarning = (w: WarningRow) => ({
  id: w.id,
  actId: w.act_id,
  caseNumber: w.case_number,
  actKind: ACT_KIND_LABELS[w.act_kind as keyof typeof ACT_KIND_LABELS],
  decisionDate: w.decision_date,
  agencyId: w.agency_id,
  agencyName: w.agency_name,
  rule: w.rule,
  article: w.article,
  articleText: cite(w.article).zh,
  officerName: w.officer_name,
  message: w.message,
  messageEn: w.message_en,
  state: w.state,
  reason: w.reason,
  caseId: w.case_id,
  raisedAt: w.raised_at.toISOString(),
});

export function actRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const uc = (req: FastifyRequest, perm: Permission) => useCaseFor(req, ctx, perm);

  r.post(
    '/api/v1/acts/batch',
    {
      schema: {
        tags,
        summary: '报送执法行为（批量，按案件编号幂等）Report enforcement acts in bulk',
        body: actBatch,
        response: { 200: actsIngested },
      },
      bodyLimit: BATCH_BYTES,
    },
    async (req) => ingestActs(uc(req, 'organisation.read'), req.body),
  );

  r.get(
    '/api/v1/acts/template',
    {
      schema: {
        tags,
        summary: '报送模板 The Excel template',
        response: { 200: fileResponse('报送模板 The template', MEDIA_TYPES.xlsx) },
      },
    },
    async (req, reply) => {
      requirePermission(req, 'organisation.read');
      return sendFile(reply, '执法行为报送模板', 'xlsx', await actsTemplate());
    },
  );

  r.post(
    '/api/v1/acts/upload',
    {
      schema: {
        tags,
        summary:
          '上传报送表（Excel）Report acts with the Excel template; ?format=xlsx returns the workbook with an error column',
        response: {
          200: {
            description: '已接收 Taken, row by row',
            content: { 'application/json': { schema: actsUploaded }, [MEDIA_TYPES.xlsx]: { schema: binary } },
          },
          422: {
            description: '整表不予接收 The sheet refused, row by row',
            content: {
              'application/problem+json': { schema: actsUploadRefused },
              [MEDIA_TYPES.xlsx]: { schema: binary },
            },
          },
        },
        querystring: z.object({
          agencyId: uuid,
          atomic: z.enum(['true', 'false']).default('true'),
          format: z.enum(['json', 'xlsx']).default('json'),
        }),
      },
      bodyLimit: MAX_SHEET_BYTES + 64 * 1024,
    },
    async (req, reply) => {
      const u = uc(req, 'organisation.read');
      // who may report for this agency is settled before a byte of the file is read
      await reportingAgency(u, req.query.agencyId);
      const file = await readUpload(req, MAX_SHEET_BYTES);
      const { rows, workbook } = await readActsSheet(file.data);
      if (!rows.length) throw refuse.field('file', '表中没有数据行', 'the sheet has no rows');
      const batch = {
        agencyId: req.query.agencyId,
        atomic: req.query.atomic === 'true',
        acts: rows.map((r) => r.act),
      };
      const pre = rows.map((r, i) => r.errors.map((e) => ({ ...e, field: `acts.${i}.${e.field}` })));
      let result: Awaited<ReturnType<typeof ingestActs>> | null = null;
      let refused: BatchRefused | null = null;
      try {
        result = await ingestActs(u, batch, pre);
      } catch (err) {
        if (!(err instanceof BatchRefused)) throw err;
        refused = err;
      }
      const results = result?.rows ?? refused!.rows;
      if (refused) reply.status(422);
      if (req.query.format === 'xlsx')
        return sendFile(reply, '执法行为报送校验结果', 'xlsx', await annotate(workbook, rows, results));
      const withLines = results.map((r, i) => ({ ...r, line: rows[i].line }));
      // a refused sheet answers as a problem, with every row's result beside it
      if (refused)
        return reply.type('application/problem+json').send({
          ...refused.toJSON(req.id),
          refused: true,
          stored: 0,
          rejected: results.filter((r) => r?.status === 'rejected').length,
          rows: withLines,
        });
      return { ...result!, refused: false as const, rows: withLines };
    },
  );

  r.get(
    '/api/v1/acts',
    {
      schema: { tags, summary: '执法行为 Reported acts', response: { 200: actList }, querystring: actQuery },
    },
    async (req) => {
      const actor = requirePermission(req, 'case.read');
      const { rows, total } = await listActs(ctx.db, actor, req.query);
      return { items: rows, total, limit: req.query.limit, offset: req.query.offset };
    },
  );

  listExportRoute(app, ctx, {
    url: '/api/v1/acts/export.xlsx',
    tags,
    summary: '执法行为导出 Excel Reported acts as a workbook, with the list’s filters',
    query: actExportQuery,
    permission: 'case.read',
    spec: (_, query) => actsExport(query),
    rows: async (actor, query, limit) => (await listActs(ctx.db, actor, { ...query, limit, offset: 0 })).rows,
  });

  r.get(
    '/api/v1/acts/export',
    {
      schema: {
        tags,
        summary:
          '导出执法行为（报送省级系统的 JSON 格式，见 docs/acts-format.md）Export acts for the provincial system',
        querystring: z.object({ from: isoDate, to: isoDate, agencyId: uuid.optional() }),
        response: { 200: actsExported },
      },
    },
    async (req, reply) => {
      const actor = requirePermission(req, 'case.read');
      if (req.query.to < req.query.from)
        throw refuse.field('query.to', '截止日期不能早于起始日期', 'cannot precede from');
      const acts = await exportActs(ctx.db, actor, req.query);
      return reply
        .header('content-disposition', `attachment; filename="acts-${req.query.from}-${req.query.to}.json"`)
        .send({
          format: 'jiandu-acts/1' as const,
          from: req.query.from,
          to: req.query.to,
          exportedAt: ctx.now().toISOString(),
          count: acts.length,
          acts,
        });
    },
  );

  r.get(
    '/api/v1/warnings',
    { schema: { tags, summary: '预警 Warnings', response: { 200: warningList }, querystring: warningQuery } },
    async (req) => {
      const actor = requirePermission(req, 'case.read');
      const { rows, total } = await listWarnings(ctx.db, actor, req.query);
      return { items: rows.map(presentWarning), total, limit: req.query.limit, offset: req.query.offset };
    },
  );

  listExportRoute(app, ctx, {
    url: '/api/v1/warnings/export.xlsx',
    tags,
    summary: '预警导出 Excel Warnings as a workbook, with the list’s filters',
    query: warningExportQuery,
    permission: 'case.read',
    spec: (_, query) => warningsExport(query),
    rows: async (actor, query, limit) =>
      (await listWarnings(ctx.db, actor, { ...query, limit, offset: 0 })).rows,
  });

  r.get(
    '/api/v1/warnings/summary',
    {
      schema: {
        tags,
        summary: '预警分布 Open warnings by agency and rule',
        response: { 200: warningSummaryAnswer },
      },
    },
    async (req) => {
      const actor = requirePermission(req, 'case.read');
      return {
        items: (await warningSummary(ctx.db, actor)).map((s) => ({
          agencyId: s.agency_id,
          agencyName: s.agency_name,
          rule: s.rule,
          article: s.article,
          articleText: cite(s.article).zh,
          count: s.n,
        })),
      };
    },
  );

  r.post(
    '/api/v1/warnings/:id/dismiss',
    {
      schema: {
        tags,
        summary: '排除预警 Dismiss with a reason',
        response: { 200: warningDismissed },
        params: z.object({ id: uuid }),
        body: dismissBody,
      },
    },
    async (req) => dismissWarning(uc(req, 'case.act'), req.params.id, req.body.reason),
  );

  r.post(
    '/api/v1/warnings/:id/case',
    {
      schema: {
        tags,
        summary: '预警转立案 Open a supervision case from the warning',
        response: { 201: warningCaseOpened },
        params: z.object({ id: uuid }),
      },
    },
    async (req, reply) => {
      reply.status(201);
      return warningToCase(uc(req, 'case.act'), req.params.id);
    },
  );
}
