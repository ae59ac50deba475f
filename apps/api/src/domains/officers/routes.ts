// HTTP for officers and certificates, and the public certificate check (a certificate number,
// or the QR code on the card, shows the holder's public card and nothing more).
import {
  announcementIssued,
  certificateActed,
  certificateAction,
  certificateNumber,
  confirmQualification,
  createOfficer as createOfficerBody,
  fileResponse,
  MEDIA_TYPES,
  officerExportQuery,
  officerList,
  officerQuery,
  officerView,
  publicCertificateView,
  publishedAnnouncements as publishedAnnouncementsAnswer,
  qualificationConfirmed,
  qualificationList,
  qualificationRevoked,
  qualifiedAgencies as qualifiedAgenciesAnswer,
  regionCode,
  revokeQualification,
  uuid,
} from '@jiandu/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { sql } from '../../db/sql.ts';
import { auditContext, requirePermission } from '../../http/auth.ts';
import { listExportRoute } from '../../http/list-workbook.ts';
import { refuse } from '../../http/problem.ts';
import { shanghaiDate } from '../cases/today.ts';
import { sendFile } from '../documents/download.ts';
import { sealedPdf } from '../documents/queries.ts';
import { certificateCard } from './card.ts';
import { certificateLines, officersExport } from './export.ts';
import { presentOfficer } from './presenter.ts';
import {
  confirm,
  issueAnnouncement,
  listQualifications,
  publishedAnnouncements,
  type QualificationRow,
  qualifiedAgencies,
  revoke,
} from './qualifications.ts';
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
    // the officers' rows are scoped already; their certificates and events are read in their regions
    const regions = [...new Set(rows.map((o) => o.region_code))];
    const certs = await officerCertificates(
      ctx.db,
      rows.map((o) => o.id),
      regions,
    );
    const events = await certificateEvents(
      ctx.db,
      certs.map((c) => c.id),
      regions,
    );
    return rows.map((o) => presentOfficer(o, certs, events, today(), actor));
  };

  r.get(
    '/api/v1/officers',
    {
      schema: {
        tags,
        summary: '执法人员与证件 Officers and certificates',
        response: { 200: officerList },
        querystring: officerQuery,
      },
    },
    async (req) => {
      const actor = requirePermission(req, 'organisation.read');
      const { rows, total } = await listOfficers(ctx.db, actor, req.query, today());
      return { items: await present(actor, rows), total, limit: req.query.limit, offset: req.query.offset };
    },
  );

  listExportRoute(app, ctx, {
    url: '/api/v1/officers/export.xlsx',
    tags,
    summary: '执法人员与证件导出 Excel Officers and certificates as a workbook, with the list’s filters',
    query: officerExportQuery,
    permission: 'organisation.read',
    spec: (_, query) => officersExport(query),
    rows: async (actor, query, limit, today) => {
      const { rows } = await listOfficers(ctx.db, actor, { ...query, limit, offset: 0 }, today);
      return certificateLines(await present(actor, rows));
    },
  });

  r.get(
    '/api/v1/officers/:id',
    {
      schema: {
        tags,
        summary: '执法人员 An officer',
        response: { 200: officerView },
        params: z.object({ id: uuid }),
      },
    },
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
        response: { 201: officerView },
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
        response: { 200: certificateActed },
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
        response: { 200: fileResponse('证件卡片 The card', MEDIA_TYPES.svg) },
        params: z.object({ id: uuid }),
      },
    },
    async (req, reply) => {
      const actor = requirePermission(req, 'organisation.read');
      const [row] = await ctx.db.query<CertificateRow & { holder: string; organisation: string }>(sql`
        SELECT c.*, o.name AS holder, org.name AS organisation
        FROM certificates c JOIN officers o ON o.id = c.officer_id AND o.region_code = c.region_code
        JOIN organisations org ON org.id = o.organisation_id
        WHERE c.id = ${req.params.id} AND c.region_code = ANY(${actor.scope.regionCodes}) AND ${officerScope(actor)}`);
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

  const presentQualification = (q: QualificationRow) => ({
    id: q.id,
    agencyId: q.agency_id,
    agencyName: q.agency_name,
    regionCode: q.region_code,
    government: q.government,
    legalBasis: q.legal_basis,
    scope: q.scope,
    confirmedOn: q.confirmed_on,
    revokedOn: q.revoked_on,
    revokeReason: q.revoke_reason,
  });

  r.get(
    '/api/v1/qualifications',
    {
      schema: {
        tags,
        summary: '行政执法主体资格 Qualifications (第八条（四）)',
        response: { 200: qualificationList },
      },
    },
    async (req) => {
      const actor = requirePermission(req, 'organisation.read');
      return { items: (await listQualifications(ctx.db, actor.scope.regionCodes)).map(presentQualification) };
    },
  );

  r.post(
    '/api/v1/qualifications',
    {
      schema: {
        tags,
        summary: '确认主体资格 Confirm a qualification',
        response: { 201: qualificationConfirmed },
        body: confirmQualification,
      },
    },
    async (req, reply) => {
      const actor = requirePermission(req, 'case.act');
      reply.status(201);
      return confirm({ db: ctx.db, actor, audit: auditContext(req, ctx, actor) }, req.body);
    },
  );

  r.post(
    '/api/v1/qualifications/:id/revoke',
    {
      schema: {
        tags,
        summary: '撤销主体资格 Revoke a qualification',
        response: { 200: qualificationRevoked },
        params: z.object({ id: uuid }),
        body: revokeQualification,
      },
    },
    async (req) => {
      const actor = requirePermission(req, 'case.act');
      return revoke(
        { db: ctx.db, actor, audit: auditContext(req, ctx, actor) },
        req.params.id,
        req.body.reason,
      );
    },
  );

  r.post(
    '/api/v1/qualifications/announcement',
    {
      schema: {
        tags,
        summary: '制发主体资格公告 Issue the announcement of qualified agencies (第八条（四）)',
        response: { 201: announcementIssued },
      },
    },
    async (req, reply) => {
      const actor = requirePermission(req, 'case.act');
      reply.status(201);
      return issueAnnouncement({ db: ctx.db, actor, audit: auditContext(req, ctx, actor) });
    },
  );

  r.get(
    '/api/v1/public/announcements',
    {
      schema: {
        tags,
        summary: '已公告的主体资格公告 Published announcements (public)',
        response: { 200: publishedAnnouncementsAnswer },
        querystring: z.object({ regionCode: regionCode.optional() }),
      },
    },
    async (req) => ({
      items: (await publishedAnnouncements(ctx.db, req.query.regionCode ?? null)).map((a) => ({
        id: a.id,
        number: a.number,
        title: a.title,
        government: a.government,
        issuedOn: a.issued_on,
        sha256: a.pdf_sha256,
      })),
    }),
  );

  r.get(
    '/api/v1/public/announcements/:id/pdf',
    {
      schema: {
        tags,
        summary: '公告 PDF (public)',
        response: { 200: fileResponse('公告 The announcement, sealed', MEDIA_TYPES.pdf) },
        params: z.object({ id: uuid }),
      },
    },
    async (req, reply) => {
      const a = (await publishedAnnouncements(ctx.db, null)).find((x) => x.id === req.params.id);
      const pdf = a ? await sealedPdf(ctx.db, a) : null;
      if (!a || !pdf) throw refuse.notFound('公告', 'Announcement');
      return sendFile(reply, `${a.title}（${a.number}）`, 'pdf', pdf);
    },
  );

  r.get(
    '/api/v1/public/qualified-agencies',
    {
      schema: {
        tags,
        summary: '行政执法主体公告 Qualified agencies of each government (public)',
        response: { 200: qualifiedAgenciesAnswer },
        querystring: z.object({ regionCode: regionCode.optional() }),
      },
    },
    async (req) => {
      const rows = await qualifiedAgencies(ctx.db, req.query.regionCode ?? null);
      return {
        items: rows.map((q) => ({
          agencyName: q.agency_name,
          government: q.government,
          regionCode: q.region_code,
          legalBasis: q.legal_basis,
          scope: q.scope,
          confirmedOn: q.confirmed_on,
        })),
      };
    },
  );

  r.get(
    '/api/v1/public/certificates/:number',
    {
      schema: {
        tags,
        summary: '执法证件查询 Check a certificate (public)',
        params: z.object({ number: certificateNumber }),
        response: { 200: publicCertificateView },
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
