// GET /api/v1/dashboard: the figures of 第五条 for one period and region (thin: validate, read).
import { dashboard, dashboardQuery } from '@jiandu/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { useCaseFor } from '../../http/auth.ts';
import { shanghaiDate } from '../cases/today.ts';
import { readDashboard } from './service.ts';

export function dashboardRoutes(app: FastifyInstance, ctx: AppContext) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/dashboard',
    {
      schema: {
        tags: ['dashboard'],
        summary: '统计分析 Dashboard figures (第五条)',
        response: { 200: dashboard },
        querystring: dashboardQuery,
      },
    },
    async (req) => readDashboard(useCaseFor(req, ctx, 'dashboard.read'), req.query, shanghaiDate(ctx.now())),
  );
}
