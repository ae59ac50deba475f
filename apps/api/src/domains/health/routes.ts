import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.ts';
import { sql } from '../../db/sql.ts';

export function healthRoutes(app: FastifyInstance, ctx: AppContext) {
  app.get(
    '/api/v1/health',
    { schema: { tags: ['health'], summary: '健康检查 Health' }, config: { public: true } },
    async () => {
      await ctx.db.query(sql`SELECT 1`);
      return { status: 'ok', database: ctx.db.kind, version: ctx.version };
    },
  );
}
