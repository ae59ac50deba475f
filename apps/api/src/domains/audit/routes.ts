import fs from 'node:fs';
import {
  auditCheckpoints,
  auditEventPage,
  auditNames,
  auditQuery,
  auditVerification,
} from '@jiandu/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AUDIT_ACTIONS, AUDIT_ENTITIES } from '../../audit/names.ts';
import { verifyAuditChain } from '../../audit/verify.ts';
import { verifyCheckpoints } from '../../audit/verify-checkpoints.ts';
import { readWitnessFile, trustedKeys } from '../../audit/witness-files.ts';
import type { AppContext } from '../../context.ts';
import { sql } from '../../db/sql.ts';
import { requirePermission } from '../../http/auth.ts';
import { publishedCheckpoints } from './checkpoints.ts';
import { listAuditEvents } from './queries.ts';

const tags = ['audit'];

export function auditRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/audit-events',
    {
      schema: {
        tags,
        summary: '操作日志 Audit events',
        response: { 200: auditEventPage },
        querystring: auditQuery,
      },
    },
    async (req) => {
      const actor = requirePermission(req, 'audit.read');
      const [region] = await ctx.db.query<{ in_system_parent: boolean }>(sql`
      SELECT coalesce(p.in_system, false) AS in_system_parent FROM regions r LEFT JOIN regions p ON p.code = r.parent_code
      WHERE r.code = ${actor.regionCode}`);
      const items = await listAuditEvents(ctx.db, actor.scope, !region.in_system_parent, req.query);
      return { items, nextBeforeSeq: items.length === req.query.limit ? items[items.length - 1].seq : null };
    },
  );

  // the names of what the log records, for its filters and columns
  r.get(
    '/api/v1/audit/names',
    {
      schema: {
        tags,
        summary: '操作日志的操作与对象名称 Names of audit actions and records',
        response: { 200: auditNames },
      },
    },
    async (req) => {
      requirePermission(req, 'audit.read');
      const list = (m: Record<string, { zh: string; en: string }>) =>
        Object.entries(m).map(([code, name]) => ({ code, ...name }));
      return { actions: list(AUDIT_ACTIONS), entities: list(AUDIT_ENTITIES) };
    },
  );

  // The whole chain is checked, whoever asks: a break anywhere concerns everyone.
  r.get(
    '/api/v1/audit/verify',
    {
      schema: {
        tags,
        summary: '校验操作日志哈希链 Verify the audit chain',
        response: { 200: auditVerification },
      },
    },
    async (req) => {
      requirePermission(req, 'audit.verify');
      // and held to the signed checkpoints: the server's own file and those the database keeps
      const { config } = ctx;
      const witnessed = fs.existsSync(config.checkpointFile) ? readWitnessFile(config.checkpointFile) : [];
      return {
        ...(await verifyAuditChain(ctx.db)),
        checkpoints: await verifyCheckpoints(ctx.db, witnessed, trustedKeys(config.keyDir, [])),
      };
    },
  );

  // Public: the signed checkpoints reveal only sequence numbers, hashes and times.
  r.get(
    '/api/v1/public/audit-checkpoints',
    {
      schema: {
        tags,
        summary: '操作日志签名检查点 Signed audit checkpoints (public)',
        response: { 200: auditCheckpoints },
        querystring: z.object({
          afterSeq: z.coerce.number().int().min(-1).default(-1),
          limit: z.coerce.number().int().min(1).max(1000).default(1000),
        }),
      },
    },
    async (req) => publishedCheckpoints(ctx.db, ctx.config.keyDir, req.query.afterSeq, req.query.limit),
  );
}
