import { z } from 'zod';

// 第五条: the annual assessment is asked for one calendar year; the measures apply from 2021-12-01
// (第十九条), so earlier years hold nothing to assess.
export const ASSESSMENT_FIRST_YEAR = 2021;

export const assessmentQuery = z.object({
  year: z.coerce.number().int().min(ASSESSMENT_FIRST_YEAR).max(2100),
});
