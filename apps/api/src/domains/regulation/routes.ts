// The regulation as the system holds it: text, validity, and what the system does with each article.

import { isoDate, label, packBasisRecorded, regionCode, rulePacks, rulePackText } from '@jiandu/contracts';
import {
  articleNumberZh,
  DEFAULT_PACK,
  getPack,
  PACKS,
  packStatus,
  RANKS,
  type RulePack,
} from '@jiandu/regulation';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { auditContext, requirePermission } from '../../http/auth.ts';
import { refuse } from '../../http/problem.ts';
import { shanghaiDate } from '../cases/today.ts';
import { basesSeenBy, recordPackBasis } from './service.ts';
import { articleUses } from './uses.ts';

const tags = ['regulation'];

/** What a pack is, where it stands and how much of it is loaded, as both endpoints show it. */
const packSummary = (p: RulePack) => ({
  rank: { code: p.rank, ...RANKS[p.rank] },
  procedural: p.procedural,
  validityCitation: p.validityCitation,
  validityNote: p.validityNote ?? null,
  completeness: p.completeness,
});
const packParams = z.object({ id: z.string().max(40) });

export function regulationRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const find = (id: string) => {
    if (!PACKS.some((p) => p.id === id)) throw refuse.notFound('规则包', 'Rule pack');
    return getPack(id);
  };

  r.get(
    '/api/v1/regulation',
    {
      schema: { tags, summary: '规则包列表 Rule packs', response: { 200: rulePacks } },
      config: { public: true },
    },
    async () => {
      const today = shanghaiDate(ctx.now());
      return {
        default: DEFAULT_PACK.id,
        items: PACKS.map((p) => ({
          id: p.id,
          title: p.titleZh,
          titleEn: p.titleEn,
          documentNumber: p.documentNumber,
          effectiveFrom: p.effectiveFrom,
          effectiveUntil: p.effectiveUntil,
          status: packStatus(p, today),
          ...packSummary(p),
        })),
      };
    },
  );

  r.get(
    '/api/v1/regulation/:id',
    {
      schema: {
        tags,
        summary: '规则包全文及系统执行情况 A rule pack with what the system does',
        params: packParams,
        response: { 200: rulePackText },
      },
      config: { public: true },
    },
    async (req) => {
      const pack = find(req.params.id);
      return {
        id: pack.id,
        title: pack.titleZh,
        titleEn: pack.titleEn,
        documentNumber: pack.documentNumber,
        issuedBy: pack.issuedBy,
        issuedOn: pack.issuedOn,
        effectiveFrom: pack.effectiveFrom,
        effectiveUntil: pack.effectiveUntil,
        status: packStatus(pack, shanghaiDate(ctx.now())),
        lapseNote: pack.lapseNote ?? null,
        ...packSummary(pack),
        // each source as the type states it (a pack's data may carry more)
        provenance: pack.provenance.map(({ code, title, coversZh, coversEn }) => ({
          code,
          title,
          coversZh,
          coversEn,
        })),
        caseArticles: pack.caseArticles,
        // listed by number only: no text is served for an article that was not loaded
        notLoaded: pack.completeness.missingArticles.map((n) => ({
          number: n,
          numberZh: articleNumberZh(n),
        })),
        corrections: pack.corrections,
        // the bases governing the user's jurisdiction (a region of it, or a region above it)
        bases: req.session ? await basesSeenBy(ctx.db, req.session.actor, pack.id) : [],
        articles: pack.articles.map((a) => ({
          id: a.id,
          number: a.number,
          numberZh: a.numberZh,
          chapter: a.chapter,
          paragraphs: a.paragraphs,
          uses: articleUses(pack, a.number),
        })),
      };
    },
  );

  r.post(
    '/api/v1/regulation/:id/bases',
    {
      schema: {
        tags,
        summary: '记录规则包继续适用的依据 Record the basis for applying a pack further',
        response: { 201: packBasisRecorded },
        params: packParams,
        body: z.object({
          kind: z.enum(['extension', 'successor', 'interim']),
          reference: label(200),
          note: z.string().trim().max(2000).default(''),
          /** the regions it governs, each with the regions below it */
          regionCodes: z.array(regionCode).min(1).max(50),
          validFrom: isoDate.optional(),
          validUntil: isoDate.nullable().optional(),
        }),
      },
    },
    async (req, reply) => {
      const actor = requirePermission(req, 'organisation.write');
      find(req.params.id);
      reply.status(201);
      return recordPackBasis(
        { db: ctx.db, actor, audit: auditContext(req, ctx, actor) },
        req.params.id,
        req.body,
      );
    },
  );
}
