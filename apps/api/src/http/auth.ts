// Authentication on every request: the session cookie gives the actor; writes made with
// that cookie must echo the session's CSRF token in X-CSRF-Token.
import { timingSafeEqual } from 'node:crypto';
import type { Permission } from '@jiandu/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../access/actor.ts';
import { auditActor } from '../access/actor.ts';
import { can } from '../access/roles.ts';
import { type LoadedSession, loadSession, SESSION_COOKIE } from '../access/sessions.ts';
import type { AuditContext } from '../audit/record.ts';
import type { AppContext } from '../context.ts';
import type { Stamps } from '../db/change-stamps.ts';
import type { UseCase } from '../use-case.ts';
import { refuse } from './problem.ts';

declare module 'fastify' {
  interface FastifyRequest {
    session: LoadedSession | null;
  }
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function registerAuth(app: FastifyInstance, ctx: AppContext) {
  app.decorateRequest('session', null);
  // before the input is read or validated: a request without a session learns nothing of a
  // route that is not public, not even what it expects
  app.addHook('onRequest', async (req) => {
    if (!req.url.startsWith('/api/')) return;
    const cookie = req.cookies[SESSION_COOKIE];
    if (cookie)
      req.session = await loadSession(ctx.db, cookie, ctx.now(), {
        idleMinutes: ctx.config.sessionIdleMinutes,
        maxHours: ctx.config.sessionMaxHours,
      });
    if (!req.session) {
      // an unknown route is simply not found; a known one that is not public wants a session
      if (req.routeOptions.url !== undefined && req.routeOptions.config?.public !== true)
        throw refuse.unauthenticated();
      return;
    }
    if (!SAFE.has(req.method)) {
      const sent = req.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !sameToken(sent, req.session.csrfToken))
        throw refuse.forbidden('缺少或错误的 CSRF 令牌', 'Missing or wrong CSRF token (X-CSRF-Token)');
    }
  });
}

/** the change stamps read with the request's session (a logged-in route has one) */
export function stampsOf(req: FastifyRequest): Stamps {
  if (!req.session) throw refuse.unauthenticated();
  return req.session.stamps;
}

/** The logged-in actor, or a 401. */
export function actorOf(req: FastifyRequest): Actor {
  if (!req.session) throw refuse.unauthenticated();
  return req.session.actor;
}

/** The actor when the role holds the permission; 401 or 403 otherwise. */
export function requirePermission(req: FastifyRequest, permission: Permission): Actor {
  const actor = actorOf(req);
  if (!can(actor.role, permission)) throw refuse.forbidden();
  return actor;
}

export function auditContext(req: FastifyRequest, ctx: AppContext, actor: Actor): AuditContext {
  return { actor: auditActor(actor), requestId: req.id, now: ctx.now() };
}

/** what a use case gets from a request: the database, the actor holding `permission`, the audit context */
export function useCaseFor(req: FastifyRequest, ctx: AppContext, permission: Permission): UseCase {
  const actor = requirePermission(req, permission);
  return { db: ctx.db, actor, audit: auditContext(req, ctx, actor) };
}
