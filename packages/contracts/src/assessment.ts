import { z } from 'zod';
import { zhEn } from './common.ts';

// 第五条: the annual assessment is asked for one calendar year; the measures apply from 2021-12-01
// (第十九条), so earlier years hold nothing to assess.
export const ASSESSMENT_FIRST_YEAR = 2021;

export const assessmentQuery = z.object({
  year: z.coerce.number().int().min(ASSESSMENT_FIRST_YEAR).max(2100),
});

const counts = z.object({
  acts: z.number().int(),
  actsOnTime: z.number().int(),
  officersActing: z.number().int(),
  officersUncertified: z.number().int(),
  notices: z.number().int(),
  noticesOnTime: z.number().int(),
  orders: z.number().int(),
  ordersOnTime: z.number().int(),
  reviews: z.number().int(),
  reviewsUpheld: z.number().int(),
  filesScored: z.number().int(),
  filesScoreSum: z.number(),
  filesFailing: z.number().int(),
  warnings: z.number().int(),
  matters: z.number().int(),
});

/** each indicator's value, how far it reaches its standard and the points earned; null: nothing to measure */
const scored = {
  indicators: z.array(
    z.object({
      id: z.string(),
      value: z.number().nullable(),
      attainment: z.number().nullable(),
      points: z.number().nullable(),
    }),
  ),
  total: z.number().nullable(),
};

const assessedUnit = z.object({
  id: z.uuid(),
  name: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  counts,
  ...scored,
  rank: z.number().int().nullable(),
});

/** 第五条: the year's assessment of the reader's jurisdiction, its indicators, governments and agencies */
export const annualAssessment = z.object({
  year: z.number().int(),
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  regionName: z.string(),
  organisationName: z.string(),
  indicators: z
    .array(
      z.object({
        id: z.string(),
        zh: z.string(),
        en: z.string(),
        articles: z.array(z.string()).readonly(),
        formula: zhEn,
        unit: z.enum(['percent', 'points', 'per_thousand']),
        direction: z.enum(['higher', 'lower']),
        weight: z.number(),
        standard: z.number(),
        floor: z.number(),
        levels: z.array(z.enum(['government', 'agency'])).readonly(),
      }),
    )
    .readonly(),
  overall: z.object({ counts, ...scored }),
  governments: z.array(assessedUnit),
  agencies: z.array(assessedUnit.extend({ governmentId: z.uuid().nullable(), governmentName: z.string() })),
});

export type AnnualAssessment = z.infer<typeof annualAssessment>;
