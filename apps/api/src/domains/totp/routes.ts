// HTTP for the second factor of one's own account, and an admin's reset of another's.
import { totpCode, totpEnrolment, totpResetAnswer, totpState, uuid } from '@jiandu/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { actorOf, auditContext, requirePermission } from '../../http/auth.ts';
import { confirmTotpEnrolment, disableTotp, resetTotp, startTotpEnrolment, totpStatus } from './service.ts';

const tags = ['auth'];

export function totpRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const own = (req: Parameters<typeof actorOf>[0]) => {
    const actor = actorOf(req);
    return { db: ctx.db, actor, audit: auditContext(req, ctx, actor) };
  };

  r.get(
    '/api/v1/account/totp',
    { schema: { tags, summary: '双因素认证状态 Second factor', response: { 200: totpState } } },
    (req) => totpStatus(own(req)),
  );
  r.post(
    '/api/v1/account/totp/enrol',
    { schema: { tags, summary: '开始启用 Start enrolment', response: { 200: totpEnrolment } } },
    (req) => startTotpEnrolment(own(req)),
  );
  r.post(
    '/api/v1/account/totp/confirm',
    {
      schema: { tags, summary: '确认启用 Confirm with a code', body: totpCode, response: { 200: totpState } },
    },
    (req) => confirmTotpEnrolment(own(req), req.body.code, req.ip),
  );
  r.post(
    '/api/v1/account/totp/disable',
    { schema: { tags, summary: '停用 Disable with a code', body: totpCode, response: { 200: totpState } } },
    (req) => disableTotp(own(req), req.body.code, req.ip),
  );
  r.post(
    '/api/v1/users/:id/totp/reset',
    {
      schema: {
        tags: ['users'],
        summary: '重置双因素认证 Reset the second factor',
        params: z.object({ id: uuid }),
        response: { 200: totpResetAnswer },
      },
    },
    (req) => {
      const actor = requirePermission(req, 'user.write');
      return resetTotp({ db: ctx.db, actor, audit: auditContext(req, ctx, actor) }, req.params.id);
    },
  );
}
