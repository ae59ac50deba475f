import { z } from 'zod';
import { dateOut, uuid } from './common.ts';

const zhEn = z.object({ zh: z.string(), en: z.string() });

/** where a pack stands today: in force, lapsed since a day, or not yet in force */
const packStatus = z.object({
  inForce: z.boolean(),
  lapsedOn: dateOut.optional(),
  startsOn: dateOut.optional(),
});

/** how much of a regulation's text is loaded */
const completeness = z.object({
  complete: z.boolean(),
  articleCount: z.number().int(),
  missingArticles: z.array(z.number().int()).readonly(),
  partialArticles: z.array(z.number().int()).readonly(),
  procedureNotLoaded: z.object({ from: z.number().int(), to: z.number().int() }).nullable(),
  noteZh: z.string(),
  noteEn: z.string(),
});

/** the rule packs the system holds, each with its rank, validity and how much is loaded */
export const rulePacks = z.object({
  default: z.string(),
  items: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      titleEn: z.string(),
      documentNumber: z.string(),
      effectiveFrom: dateOut,
      effectiveUntil: dateOut.nullable(),
      status: packStatus,
      rank: z.object({ code: z.string(), zh: z.string(), en: z.string(), order: z.number().int() }),
      procedural: z.boolean(),
      validityCitation: z.string().nullable(),
      validityNote: zhEn.nullable(),
      completeness,
    }),
  ),
});

/** a basis recorded for applying a pack further (第十九条), and the regions it governs */
export const packBasisRecorded = z.object({
  id: uuid,
  regionCodes: z.array(z.string()),
  validFrom: dateOut,
  validUntil: dateOut.nullable(),
});
