// GET /api/v1/search?q=: one search across cases, documents and petitions (queries.ts).
import { searchAnswer, searchQuery } from '@jiandu/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { requirePermission } from '../../http/auth.ts';
import { search } from './queries.ts';

export function searchRoutes(app: FastifyInstance, ctx: AppContext) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/search',
    {
      schema: {
        tags: ['search'],
        summary: '综合检索：案号、文号、查询码、机关、案由 Search cases, documents and petitions',
        response: { 200: searchAnswer },
        querystring: searchQuery,
      },
    },
    async (req) => search(ctx.db, requirePermission(req, 'case.read'), req.query.q),
  );
}
