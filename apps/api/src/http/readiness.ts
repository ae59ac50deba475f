// Readiness for a load balancer: the server listens from the start, but until this process has
// migrated and seeded (or while it waits for another process doing so), and again once it is
// stopping, every request except the health probes is answered 503 with Retry-After.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { RETRY_AFTER_SECONDS } from '../db/unavailable.ts';
import { Refusal } from './problem.ts';

export type ReadinessState = 'starting' | 'ready' | 'stopping';
export interface Readiness {
  state: ReadinessState;
}

/** always answered, whatever the state: the process is alive */
export const PROBES = ['/api/v1/health/live', '/api/v1/health/ready'];

export function unavailable(reply: FastifyReply, why: 'starting' | 'stopping' | 'database') {
  reply.header('retry-after', String(RETRY_AFTER_SECONDS));
  const text = {
    starting: [
      '服务正在启动（数据库迁移或初始化），请稍后再试',
      'The server is starting (migrating or seeding)',
    ],
    stopping: ['服务正在停止，请稍后再试', 'The server is stopping'],
    database: ['数据库暂时不可用，请稍后再试', 'The database is unavailable for the moment'],
  }[why];
  return new Refusal({
    status: 503,
    code: why === 'database' ? 'database_unavailable' : 'not_ready',
    title: '服务暂时不可用',
    titleEn: 'Service unavailable',
    detail: text[0],
    detailEn: `${text[1]}; try again in ${RETRY_AFTER_SECONDS} s`,
  });
}

export function registerReadiness(app: FastifyInstance, readiness: Readiness) {
  app.addHook('onRequest', async (req, reply) => {
    if (readiness.state === 'ready' || PROBES.includes(req.url.split('?')[0])) return;
    throw unavailable(reply, readiness.state);
  });
}
