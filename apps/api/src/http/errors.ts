// Error answers: refusals as problem+json; anything unexpected as a 500 that is logged
// with its request id and says nothing about internals.
import type { FastifyError, FastifyInstance } from 'fastify';
import { isDatabaseUnavailable } from '../db/unavailable.ts';
import { Refusal, refuse } from './problem.ts';
import { unavailable } from './readiness.ts';

const PG_UNIQUE = '23505';
const PG_FK = '23503';
const PG_CHECK = '23514';
const PG_SERIALIZATION = '40001';
const PG_DEADLOCK = '40P01';

function send(reply: import('fastify').FastifyReply, r: Refusal, requestId: string) {
  return reply.status(r.init.status).type('application/problem+json').send(r.toJSON(requestId));
}

export function registerErrors(app: FastifyInstance) {
  app.setNotFoundHandler((req, reply) =>
    send(
      reply,
      new Refusal({
        status: 404,
        code: 'not_found',
        title: '未找到',
        titleEn: 'Not found',
        detail: `没有这个接口：${req.method} ${req.url.split('?')[0]}`,
        detailEn: `No such route: ${req.method} ${req.url.split('?')[0]}`,
      }),
      req.id,
    ),
  );

  app.setErrorHandler((err: FastifyError | Refusal, req, reply) => {
    if (err instanceof Refusal) return send(reply, err, req.id);
    const e = err as FastifyError & { code?: string };
    if (e.code === PG_UNIQUE)
      return send(
        reply,
        refuse.field('name', '与已有记录重复', 'duplicates an existing record', 409),
        req.id,
      );
    if (e.code === PG_FK)
      return send(
        reply,
        refuse.field(
          'id',
          '引用的记录不存在或仍被引用',
          'refers to a missing record, or is still referred to',
          409,
        ),
        req.id,
      );
    if (e.code === PG_CHECK)
      return send(reply, refuse.field('body', '不符合数据约束', 'violates a data constraint'), req.id);
    if (e.code === PG_SERIALIZATION || e.code === PG_DEADLOCK) return send(reply, refuse.stale(), req.id);
    // an outage, logged once by the database's own watch, not once per request
    if (isDatabaseUnavailable(err)) return send(reply, unavailable(reply, 'database'), req.id);
    const status = typeof e.statusCode === 'number' ? e.statusCode : 500;
    if (status >= 400 && status < 500) {
      const fields = [{ field: 'body', reason: '请求无法解析', reason_en: e.message }];
      return send(
        reply,
        new Refusal({
          status,
          code: status === 413 ? 'too_large' : status === 415 ? 'unsupported_media_type' : 'bad_request',
          title: status === 413 ? '请求过大' : status === 415 ? '不支持的内容类型' : '请求无法处理',
          titleEn:
            status === 413 ? 'Request too large' : status === 415 ? 'Unsupported media type' : 'Bad request',
          detail: status === 429 ? '请求过于频繁，请稍后再试' : undefined,
          detailEn: e.message,
          fields: status === 429 ? undefined : fields,
        }),
        req.id,
      );
    }
    req.log.error({ err }, 'unhandled error');
    return send(
      reply,
      new Refusal({
        status: 500,
        code: 'internal',
        title: '服务器内部错误',
        titleEn: 'Internal server error',
        detail: `请将请求编号 ${req.id} 告知管理员`,
        detailEn: `Give request id ${req.id} to the administrator`,
      }),
      req.id,
    );
  });
}
