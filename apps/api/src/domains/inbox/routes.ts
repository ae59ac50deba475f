// GET /api/v1/inbox: what waits for the user now (第九条, 第十条 deadlines; 第八条（一） scoring;
// 第七条（七） the follow-ups of on-site visits).
import { inbox } from '@jiandu/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { requirePermission } from '../../http/auth.ts';
import { gatherInbox } from './gather.ts';

export function inboxRoutes(app: FastifyInstance, ctx: AppContext) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/inbox',
    {
      schema: {
        tags: ['inbox'],
        summary: '待办事项与期限提醒 What waits for me',
        response: { 200: inbox },
      },
    },
    async (req) =>
      gatherInbox(ctx.db, requirePermission(req, 'case.read'), ctx.now(), ctx.config.remindWorkingDays),
  );
}
