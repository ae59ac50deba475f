import { z } from 'zod';
import { dateOut, uuid, zhEn } from './common.ts';

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

/** what a pack is, where it stands and how much of it is loaded */
const packSummary = z.object({
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
});

/** the rule packs the system holds, each with its rank, validity and how much is loaded */
export const rulePacks = z.object({ default: z.string(), items: z.array(packSummary) });

const paragraph = z.object({
  id: z.string(),
  number: z.number().int(),
  text: z.string(),
  items: z
    .array(z.object({ id: z.string(), number: z.number().int(), numberZh: z.string(), text: z.string() }))
    .readonly(),
  /** set only when the paragraph was recovered in part */
  partial: z.object({ missing: z.enum(['tail', 'head']), noteZh: z.string(), noteEn: z.string() }).optional(),
});

/** a pack's full text as loaded, where it comes from, and what the system does with each article */
export const rulePackText = packSummary.extend({
  issuedBy: z.string(),
  issuedOn: dateOut,
  lapseNote: zhEn.nullable(),
  provenance: z
    .array(z.object({ code: z.string(), title: z.string(), coversZh: z.string(), coversEn: z.string() }))
    .readonly(),
  caseArticles: z.array(z.object({ id: z.string(), roleZh: z.string(), roleEn: z.string() })).readonly(),
  /** articles not loaded, by number only: no text is served for them */
  notLoaded: z.array(z.object({ number: z.number().int(), numberZh: z.string() })),
  corrections: z
    .array(
      z.object({
        id: z.string(),
        kind: z.enum(['numbering', 'punctuation', 'page_break', 'layout', 'spacing']),
        provisionIds: z.array(z.string()).readonly(),
        seedText: z.string().optional(),
        correctedText: z.string().optional(),
        noteZh: z.string(),
        noteEn: z.string(),
      }),
    )
    .readonly(),
  /** the bases for applying the pack further that govern the reader's jurisdiction (signed-in readers only) */
  bases: z.array(
    z.object({
      id: uuid,
      kind: z.enum(['extension', 'successor', 'interim']),
      reference: z.string(),
      note: z.string(),
      regionCodes: z.array(z.string()),
      regionNames: z.array(z.string()),
      validFrom: dateOut,
      validUntil: dateOut.nullable(),
      recordedBy: z.string(),
      recordedAt: z.string(),
    }),
  ),
  articles: z.array(
    z.object({
      id: z.string(),
      number: z.number().int(),
      numberZh: z.string(),
      chapter: z.object({ number: z.number().int(), numberZh: z.string(), titleZh: z.string() }),
      paragraphs: z.array(paragraph).readonly(),
      uses: z.array(z.object({ zh: z.string(), en: z.string(), actions: z.array(z.string()) })),
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

export type RulePacks = z.infer<typeof rulePacks>;
export type RulePackText = z.infer<typeof rulePackText>;
