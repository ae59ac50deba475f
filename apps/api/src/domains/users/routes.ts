import {
  createUser as createUserBody,
  noContent,
  paging,
  resetPassword as resetPasswordBody,
  updateUser as updateUserBody,
  user,
  userPage,
  userQuery,
  uuid,
} from '@jiandu/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { auditContext, requirePermission } from '../../http/auth.ts';
import { refuse } from '../../http/problem.ts';
import { getUser, listUsers } from './queries.ts';
import { createUser, resetPassword, unlockUser, updateUser } from './service.ts';

const tags = ['users'];
const idParams = z.object({ id: uuid });

export function userRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const uc = (req: Parameters<typeof requirePermission>[0]) => {
    const actor = requirePermission(req, 'user.write');
    return { db: ctx.db, actor, audit: auditContext(req, ctx, actor) };
  };

  r.get(
    '/api/v1/users',
    {
      schema: {
        tags,
        summary: '用户列表 Users',
        querystring: userQuery.extend(paging),
        response: { 200: userPage },
      },
    },
    async (req) => {
      const actor = requirePermission(req, 'user.read');
      return listUsers(ctx.db, actor.scope, req.query, ctx.now());
    },
  );

  r.get(
    '/api/v1/users/:id',
    { schema: { tags, summary: '用户 User', params: idParams, response: { 200: user } } },
    async (req) => {
      const actor = requirePermission(req, 'user.read');
      const user = await getUser(ctx.db, actor.scope, req.params.id, ctx.now());
      if (!user) throw refuse.notFound('用户', 'User');
      return user;
    },
  );

  r.post(
    '/api/v1/users',
    { schema: { tags, summary: '新建用户 Create a user', body: createUserBody, response: { 201: user } } },
    async (req, reply) => {
      reply.status(201);
      return createUser(uc(req), req.body);
    },
  );

  r.patch(
    '/api/v1/users/:id',
    {
      schema: {
        tags,
        summary: '修改或停用用户 Update or deactivate a user',
        params: idParams,
        body: updateUserBody,
        response: { 200: user },
      },
    },
    async (req) => updateUser(uc(req), req.params.id, req.body),
  );

  r.post(
    '/api/v1/users/:id/password',
    {
      schema: {
        tags,
        summary: '重置密码 Reset a password',
        params: idParams,
        body: resetPasswordBody,
        response: { 204: noContent },
      },
    },
    async (req, reply) => {
      await resetPassword(uc(req), req.params.id, req.body.password);
      return reply.status(204).send();
    },
  );

  r.post(
    '/api/v1/users/:id/unlock',
    { schema: { tags, summary: '解除锁定 Unlock', params: idParams, response: { 200: user } } },
    async (req) => unlockUser(uc(req), req.params.id),
  );
}
