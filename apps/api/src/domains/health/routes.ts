import { healthAnswer, livenessAnswer, readinessAnswer } from '@jiandu/contracts';
// Health for people and for load balancers: /health answers when the database does;
// /health/live whenever the process runs; /health/ready only when this process has migrated
// and seeded, is not stopping, and the database answers (else 503 with Retry-After).
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.ts';
import { sql } from '../../db/sql.ts';
import { isDatabaseUnavailable } from '../../db/unavailable.ts';
import { type Readiness, unavailable } from '../../http/readiness.ts';

export function healthRoutes(app: FastifyInstance, ctx: AppContext, readiness: Readiness) {
  app.get(
    '/api/v1/health',
    {
      schema: { tags: ['health'], summary: '健康检查 Health', response: { 200: healthAnswer } },
      config: { public: true },
    },
    async () => {
      await ctx.db.query(sql`SELECT 1`);
      return { status: 'ok', database: ctx.db.kind, version: ctx.version };
    },
  );
  app.get(
    '/api/v1/health/live',
    {
      schema: { tags: ['health'], summary: '存活检查 Liveness', response: { 200: livenessAnswer } },
      config: { public: true },
    },
    async () => ({ live: true, state: readiness.state }),
  );
  app.get(
    '/api/v1/health/ready',
    {
      schema: { tags: ['health'], summary: '就绪检查 Readiness', response: { 200: readinessAnswer } },
      config: { public: true },
    },
    async (_req, reply) => {
      if (readiness.state !== 'ready') throw unavailable(reply, readiness.state);
      try {
        await ctx.db.query(sql`SELECT 1`);
      } catch (err) {
        if (isDatabaseUnavailable(err)) throw unavailable(reply, 'database');
        throw err;
      }
      return { ready: true, database: ctx.db.kind };
    },
  );
}
