// HTTP for officers and certificates, and the public certificate check (a certificate number,
// or the QR code on the card, shows the holder's public card and nothing more).
import {
  certificateAction,
  certificateNumber,
  createOfficer as createOfficerBody,
  officerQuery,
  uuid,
} from '@jiandu/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { sql } from '../../db/sql.ts';
import { auditContext, requirePermission } from '../../http/auth.ts';
import { refuse } from '../../http/problem.ts';
import { shanghaiDate } from '../cases/today.ts';
import { certificateCard } from './card.ts';
import { presentOfficer } from './presenter.ts';
import {
  type CertificateRow,
  certificateEvents,
  getOfficer,
  listOfficers,
  officerCertificates,
  officerScope,
  publicCertificate,
} from './queries.ts';
import { actOnCertificate, createOfficer } from './service.ts';

const tags = ['officers'];

export function officerRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const today = () => shanghaiDate(ctx.now());
  const present = async (
    actor: Parameters<typeof presentOfficer>[4],
    rows: Parameters<typeof presentOfficer>[0][],
  ) => {
    const certs = await officerCertificates(
      ctx.db,
      rows.map((o) => o.id),
    );
    const events = await certificateEvents(
      ctx.db,
      certs.map((c) => c.id),
    );
    return rows.map((o) => presentOfficer(o, certs, events, today(), actor));
  };

  r.get(
    '/api/v1/officers',
    { schema: { tags, summary: '执法人员与证件 Officers and certificates', querystring: officerQuery } },
    async (req) => {
      const actor = requirePermission(req, 'organisation.read');
      const { rows, total } = await listOfficers(ctx.db, actor, req.query, today());
      return { items: await present(actor, rows), total, limit: req.query.limit, offset: req.query.offset };
    },
  );

  r.get(
    '/api/v1/officers/:id',
    { schema: { tags, summary: '执法人员 An officer', params: z.object({ id: uuid }) } },
    async (req) => {
      const actor = requirePermission(req, 'organisation.read');
      const o = await getOfficer(ctx.db, actor, req.params.id);
      if (!o) throw refuse.notFound('执法人员', 'Officer');
      return (await present(actor, [o]))[0];
    },
  );

  r.post(
    '/api/v1/officers',
    {
      schema: {
        tags,
        summary: '登记执法人员及证件 File an officer with a certificate',
        body: createOfficerBody,
      },
    },
    async (req, reply) => {
      const actor = requirePermission(req, 'organisation.write');
      const created = await createOfficer(
        { db: ctx.db, actor, audit: auditContext(req, ctx, actor) },
        req.body,
      );
      reply.status(201);
      return (await present(actor, [(await getOfficer(ctx.db, actor, created.id))!]))[0];
    },
  );

  r.post(
    '/api/v1/certificates/:id/actions',
    {
      schema: {
        tags,
        summary: '暂扣、发还、注销证件 Seize, return or revoke a certificate (第七条（八）, 第十七条)',
        params: z.object({ id: uuid }),
        body: certificateAction,
      },
    },
    async (req) => {
      const actor = requirePermission(req, 'case.act');
      return actOnCertificate(
        { db: ctx.db, actor, audit: auditContext(req, ctx, actor) },
        req.params.id,
        req.body,
      );
    },
  );

  r.get(
    '/api/v1/certificates/:id/card',
    {
      schema: {
        tags,
        summary: '证件卡片（含核验二维码）The certificate card with its QR code (SVG)',
        params: z.object({ id: uuid }),
      },
    },
    async (req, reply) => {
      const actor = requirePermission(req, 'organisation.read');
      const [row] = await ctx.db.query<CertificateRow & { holder: string; organisation: string }>(sql`
        SELECT c.*, o.name AS holder, org.name AS organisation
        FROM certificates c JOIN officers o ON o.id = c.officer_id JOIN organisations org ON org.id = o.organisation_id
        WHERE c.id = ${req.params.id} AND ${officerScope(actor)}`);
      if (!row) throw refuse.notFound('执法证件', 'Certificate');
      const base = ctx.config.publicUrl ?? `${req.protocol}://${req.host}`;
      return reply
        .type('image/svg+xml; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="certificate.svg"; filename*=UTF-8''${encodeURIComponent(`${row.number}.svg`)}`,
        )
        .send(await certificateCard(row, row.holder, row.organisation, base));
    },
  );

  r.get(
    '/api/v1/public/certificates/:number',
    {
      schema: {
        tags,
        summary: '执法证件查询 Check a certificate (public)',
        params: z.object({ number: certificateNumber }),
      },
      config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
    },
    async (req) => {
      const c = await publicCertificate(ctx.db, req.params.number, today());
      if (!c) throw refuse.notFound('执法证件', 'Certificate');
      return {
        number: c.number,
        kind: c.kind,
        holder: c.name,
        organisation: c.organisation,
        issuingAuthority: c.issuing_authority,
        areas: c.areas,
        validFrom: c.valid_from,
        validUntil: c.valid_until,
        status: c.status,
      };
    },
  );
}
