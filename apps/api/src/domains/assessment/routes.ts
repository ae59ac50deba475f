// HTTP for the annual assessment (第五条): thin — validate the year, call the use case, present
// as JSON, as a workbook or as the organ's report.
import { annualAssessment, assessmentQuery, fileResponse, MEDIA_TYPES } from '@jiandu/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { useCaseFor } from '../../http/auth.ts';
import { sendDownload } from '../../http/files.ts';
import { MEDIA } from '../documents/download.ts';
import { assessmentWorkbook } from './export.ts';
import { assessmentDocx } from './report.ts';
import { assessYear } from './service.ts';

const tags = ['assessment'];
const fileName = (year: number, region: string) => `${region}${year}年度行政执法监督工作考核`;

export function assessmentRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/assessment',
    {
      schema: {
        tags,
        summary: '年度考核 Annual assessment (第五条)',
        querystring: assessmentQuery,
        response: { 200: annualAssessment },
      },
    },
    async (req) => assessYear(useCaseFor(req, ctx, 'assessment.read'), req.query.year),
  );

  r.get(
    '/api/v1/assessment/export.xlsx',
    {
      schema: {
        tags,
        summary: '年度考核 Excel',
        response: { 200: fileResponse('工作簿 The workbook', MEDIA_TYPES.xlsx) },
        querystring: assessmentQuery,
      },
    },
    async (req, reply) => {
      const uc = useCaseFor(req, ctx, 'assessment.read');
      const a = await assessYear(uc, req.query.year);
      const body = await assessmentWorkbook(a);
      return sendDownload(
        reply,
        `${fileName(a.year, a.regionName)}.xlsx`,
        MEDIA.xlsx,
        body,
        `assessment-${a.year}.xlsx`,
      );
    },
  );

  r.get(
    '/api/v1/assessment/report.docx',
    {
      schema: {
        tags,
        summary: '年度考核报告 DOCX',
        response: { 200: fileResponse('报告 The report', MEDIA_TYPES.docx) },
        querystring: assessmentQuery,
      },
    },
    async (req, reply) => {
      const uc = useCaseFor(req, ctx, 'assessment.read');
      const a = await assessYear(uc, req.query.year);
      const body = await assessmentDocx(ctx.db, uc.actor, a);
      return sendDownload(
        reply,
        `${fileName(a.year, a.regionName)}报告.docx`,
        MEDIA.docx,
        body,
        `assessment-${a.year}.docx`,
      );
    },
  );
}
