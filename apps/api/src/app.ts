// Builds the HTTP server: plugins, security headers, error answers, routes, and the web UI.

import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import type { AppContext } from './context.ts';
import { useKeyDir } from './documents/signing/organ-credentials.ts';
import { accountabilityRoutes } from './domains/accountability/routes.ts';
import { actRoutes } from './domains/acts/routes.ts';
import { assessmentRoutes } from './domains/assessment/routes.ts';
import { auditRoutes } from './domains/audit/routes.ts';
import { authRoutes } from './domains/auth/routes.ts';
import { calendarRoutes } from './domains/calendar/routes.ts';
import { attachmentRoutes } from './domains/cases/attachment-routes.ts';
import { caseRoutes } from './domains/cases/routes.ts';
import { dashboardRoutes } from './domains/dashboard/routes.ts';
import { documentRoutes } from './domains/documents/routes.ts';
import { evaluationRoutes } from './domains/evaluations/routes.ts';
import { healthRoutes } from './domains/health/routes.ts';
import { inboxRoutes } from './domains/inbox/routes.ts';
import { campaignRoutes } from './domains/inspections/campaign-routes.ts';
import { inspectionRoutes } from './domains/inspections/routes.ts';
import { officerRoutes } from './domains/officers/routes.ts';
import { organisationRoutes } from './domains/organisations/routes.ts';
import { regulationRoutes } from './domains/regulation/routes.ts';
import { searchRoutes } from './domains/search/routes.ts';
import { totpRoutes } from './domains/totp/routes.ts';
import { userRoutes } from './domains/users/routes.ts';
import { registerAuth } from './http/auth.ts';
import { registerErrors } from './http/errors.ts';
import { logSerializers } from './http/log-fields.ts';
import { openApiOperation, refusalResponses, SECURITY_SCHEMES, withSharedSchemas } from './http/openapi.ts';
import { databaseRateLimitStore } from './http/rate-limit-store.ts';
import { type Readiness, registerReadiness } from './http/readiness.ts';
import { refuseUnstorableText, validatorCompiler } from './http/validation.ts';

export interface RouteEntry {
  method: string;
  url: string;
  /** answered without a session (config: { public: true }) */
  public: boolean;
  /** the body's schema (zod), for the tests that feed every route bad input */
  body?: unknown;
  /** the query's schema (zod), likewise */
  querystring?: unknown;
  /** what it answers, by status (zod, or by media type), for the tests that check every answer */
  response?: Record<string, unknown>;
}

declare module 'fastify' {
  interface FastifyInstance {
    routeTable: RouteEntry[];
  }
  interface FastifyContextConfig {
    /** answered without a session; every other /api route refuses an anonymous request first */
    public?: boolean;
    /** may be shown in a frame of the application's own pages (a preview in a dialog) */
    frameable?: boolean;
  }
}

export interface BuildOptions {
  logger?: boolean | object;
  /** the process's start-up state; tests build an app that is ready at once */
  readiness?: Readiness;
}

export async function buildApp(ctx: AppContext, opts: BuildOptions = {}): Promise<FastifyInstance> {
  // the organs' signing keys: in the configured key folder, outside the database
  useKeyDir(ctx.config.keyDir);
  const app = Fastify({
    logger: opts.logger
      ? { ...(typeof opts.logger === 'object' ? opts.logger : {}), serializers: logSerializers }
      : false,
    genReqId: () => randomUUID(),
    bodyLimit: 1024 * 1024,
    trustProxy: process.env.JIANDU_TRUST_PROXY === 'true',
  });
  // the route table, for the access tests that cover every route there is
  const routes: RouteEntry[] = [];
  app.addHook('onRoute', (r) => {
    // what the public may use lives under /api/v1/public/ (besides login, health, the regulation
    // and the API's own documentation)
    if (r.url.startsWith('/api/v1/public/') || r.url.startsWith('/api/docs'))
      r.config = { ...r.config, public: true };
    // the OpenAPI describes the API alone, each operation named and its session stated
    if (!r.url.startsWith('/api/v1/')) r.schema = { ...r.schema, hide: true };
    else
      r.schema = {
        ...r.schema,
        ...openApiOperation(r.method, r.url, r.config?.public === true, r.schema),
        response: {
          ...refusalResponses(r.method, r.config?.public === true),
          ...(r.schema?.response as object | undefined),
        },
      };
    for (const method of [r.method].flat())
      if (method !== 'HEAD')
        routes.push({
          method,
          url: r.url,
          public: r.config?.public === true,
          body: r.schema?.body,
          querystring: r.schema?.querystring,
          response: r.schema?.response as Record<string, unknown> | undefined,
        });
  });
  app.decorate('routeTable', routes);
  app.setValidatorCompiler(validatorCompiler);
  // answers are written as the route returns them, without checking them against the declared
  // schema: the API tests check every answer they receive (test/helpers/contract.ts), and
  // production does not pay for a second pass over each body
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));

  await app.register(cookie);
  // per client address across all processes: on PostgreSQL the counters live in the database
  await app.register(rateLimit, {
    global: false,
    ...(ctx.db.kind === 'postgresql' ? { store: databaseRateLimitStore(ctx.db) } : {}),
  });
  await app.register(swagger, {
    openapi: {
      components: { securitySchemes: SECURITY_SCHEMES },
      // relative: the document is served by the API it describes, wherever that is
      servers: [{ url: '/', description: '本服务 This server' }],
      info: {
        title: '监督 Jiandu API',
        description:
          '行政执法监督信息系统 — supervision of administrative law enforcement (晋市政发〔2021〕23号)',
        version: ctx.version,
      },
    },
    transform: jsonSchemaTransform,
    // schemas with an id (Problem) written once under components and referred to
    transformObject: withSharedSchemas,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    if (!req.url.startsWith('/api/docs')) {
      reply.header(
        'content-security-policy',
        `default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors ${req.routeOptions.config?.frameable ? "'self'" : "'none'"}; base-uri 'self'; form-action 'self'`,
      );
    }
    if (req.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
    // served over TLS (secure cookies on): browsers are to come back over TLS only
    if (ctx.config.secureCookies) reply.header('strict-transport-security', 'max-age=31536000');
  });

  const readiness = opts.readiness ?? { state: 'ready' };
  registerErrors(app);
  registerReadiness(app, readiness);
  registerAuth(app, ctx);
  refuseUnstorableText(app);
  healthRoutes(app, ctx, readiness);
  authRoutes(app, ctx);
  organisationRoutes(app, ctx);
  userRoutes(app, ctx);
  totpRoutes(app, ctx);
  calendarRoutes(app, ctx);
  auditRoutes(app, ctx);
  caseRoutes(app, ctx);
  await attachmentRoutes(app, ctx);
  documentRoutes(app, ctx);
  officerRoutes(app, ctx);
  actRoutes(app, ctx);
  evaluationRoutes(app, ctx);
  inboxRoutes(app, ctx);
  searchRoutes(app, ctx);
  await inspectionRoutes(app, ctx);
  campaignRoutes(app, ctx);
  regulationRoutes(app, ctx);
  accountabilityRoutes(app, ctx);
  dashboardRoutes(app, ctx);
  assessmentRoutes(app, ctx);

  await serveWeb(app, ctx.config.webDist);
  return app;
}

/** The production build of the web UI, with index.html for client-side routes. */
async function serveWeb(app: FastifyInstance, dist: string) {
  const index = path.join(dist, 'index.html');
  if (!fs.existsSync(index)) return;
  await app.register(fastifyStatic, { root: dist, wildcard: false, index: false });
  app.get('/*', async (req, reply) => {
    const file = path.join(dist, path.normalize(req.url.split('?')[0]));
    if (file.startsWith(dist) && fs.existsSync(file) && fs.statSync(file).isFile())
      return reply.sendFile(path.relative(dist, file));
    if (req.url.startsWith('/api/')) return reply.callNotFound();
    // read each time: a rebuilt UI is served without restarting the server
    return reply.type('text/html; charset=utf-8').send(fs.readFileSync(index));
  });
}
