import {
  loggedOutEverywhere,
  loginAnswer,
  login as loginBody,
  me,
  noContent,
  sessionStarted,
  totpCode,
} from '@jiandu/contracts';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ROLE_PERMISSIONS } from '../../access/roles.ts';
import { SESSION_COOKIE } from '../../access/sessions.ts';
import type { AppContext } from '../../context.ts';
import { actorOf } from '../../http/auth.ts';
import { CHALLENGE_COOKIE, CHALLENGE_MINUTES } from './challenges.ts';
import { backoffNotice } from './notice.ts';
import { completeTotpLogin, login, logout, logoutEverywhere } from './service.ts';

const tags = ['auth'];

export function authRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const times = () => ({ idleMinutes: ctx.config.sessionIdleMinutes, maxHours: ctx.config.sessionMaxHours });

  r.post(
    '/api/v1/auth/login',
    {
      schema: { tags, summary: '登录 Log in', body: loginBody, response: { 200: loginAnswer } },
      config: { public: true, rateLimit: { max: ctx.config.loginRateLimit, timeWindow: '1 minute' } },
    },
    async (req, reply) => {
      const meta = { ip: req.ip, userAgent: req.headers['user-agent'] ?? '', requestId: req.id };
      const notice = backoffNotice(ctx.db, ctx.mailer, req.log);
      const r = await login(ctx.db, ctx.now(), times(), req.body, meta, notice);
      if ('totpChallenge' in r) {
        // no session yet: the challenge cookie only lets POST /auth/totp ask for the code
        reply.setCookie(CHALLENGE_COOKIE, r.totpChallenge, {
          path: '/api/v1/auth',
          httpOnly: true,
          sameSite: 'strict',
          secure: ctx.config.secureCookies,
          maxAge: CHALLENGE_MINUTES * 60,
        });
        return { totpRequired: true as const };
      }
      return startSession(reply, r.session);
    },
  );

  r.post(
    '/api/v1/auth/totp',
    {
      schema: {
        tags,
        summary: '双因素验证码 Second-factor code',
        body: totpCode,
        response: { 200: sessionStarted },
      },
      config: { public: true, rateLimit: { max: ctx.config.loginRateLimit, timeWindow: '1 minute' } },
    },
    async (req, reply) => {
      const meta = { ip: req.ip, userAgent: req.headers['user-agent'] ?? '', requestId: req.id };
      const challenge = req.cookies[CHALLENGE_COOKIE];
      const notice = backoffNotice(ctx.db, ctx.mailer, req.log);
      const s = await completeTotpLogin(ctx.db, ctx.now(), times(), challenge, req.body.code, meta, notice);
      reply.clearCookie(CHALLENGE_COOKIE, { path: '/api/v1/auth' });
      return startSession(reply, s);
    },
  );

  const startSession = (reply: FastifyReply, s: { token: string; csrfToken: string; expiresAt: Date }) => {
    reply.setCookie(SESSION_COOKIE, s.token, {
      path: '/',
      httpOnly: true,
      sameSite: 'strict',
      secure: ctx.config.secureCookies,
      // a browser-session cookie: the server enforces idle and absolute expiry itself
    });
    return { csrfToken: s.csrfToken, expiresAt: s.expiresAt.toISOString() };
  };

  r.post(
    '/api/v1/auth/logout',
    { schema: { tags, summary: '退出 Log out', response: { 204: noContent } } },
    async (req, reply) => {
      const actor = actorOf(req);
      await logout(ctx.db, actor, req.session!.tokenHash, ctx.now(), req.id);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send();
    },
  );

  r.post(
    '/api/v1/auth/logout-everywhere',
    { schema: { tags, summary: '退出所有设备 Log out everywhere', response: { 200: loggedOutEverywhere } } },
    async (req, reply) => {
      const ended = await logoutEverywhere(ctx.db, actorOf(req), ctx.now(), req.id);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { sessionsEnded: ended };
    },
  );

  r.get(
    '/api/v1/auth/me',
    { schema: { tags, summary: '当前用户 Who am I', response: { 200: me } } },
    async (req) => {
      const actor = actorOf(req);
      return {
        user: {
          id: actor.userId,
          username: actor.username,
          displayName: actor.displayName,
          role: actor.role,
        },
        organisation: {
          id: actor.organisationId,
          kind: actor.organisationKind,
          name: actor.organisationName,
          nameEn: actor.organisationNameEn,
          regionCode: actor.regionCode,
          regionName: actor.regionName,
          regionNameEn: actor.regionNameEn,
        },
        permissions: [...ROLE_PERMISSIONS[actor.role]],
        csrfToken: req.session!.csrfToken,
        sessionExpiresAt: req.session!.expiresAt.toISOString(),
      };
    },
  );
}
