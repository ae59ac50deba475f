import { z } from 'zod';
import { dateOut, isoDate, label, queryInt, zhEn } from './common.ts';

/** Years a State Council notice may be loaded for (calendar_years). */
export const CALENDAR_YEAR_MIN = 1990;
export const CALENDAR_YEAR_MAX = 2200;
/** The longest period, as MAX_PERIOD in the calendar. */
const PERIOD_MAX = 3650;

/**
 * From the first national holiday law (1950) to the last year a notice can be loaded: beyond it no deadline
 * can ever become final, and near year 9999 the count itself would run past the last date.
 */
const FROM_MIN = '1950-01-01';
const FROM_MAX = `${CALENDAR_YEAR_MAX}-12-31`;
const deadlineFrom = isoDate.refine((s) => s >= FROM_MIN && s <= FROM_MAX, {
  error: `必须在${FROM_MIN}至${FROM_MAX}之间¦must be between ${FROM_MIN} and ${FROM_MAX}`,
});

export const calendarYearParams = z.object({ year: queryInt(CALENDAR_YEAR_MIN, CALENDAR_YEAR_MAX) });

export const deadlineQuery = z
  .object({
    from: deadlineFrom,
    workingDays: queryInt(1, PERIOD_MAX).optional(),
    calendarDays: queryInt(1, PERIOD_MAX).optional(),
  })
  .refine((q) => (q.workingDays === undefined) !== (q.calendarDays === undefined), {
    error: 'workingDays 与 calendarDays 必须且只能给出一个¦give exactly one of workingDays and calendarDays',
    path: ['workingDays'],
  });

export const deadline = z.object({
  from: dateOut,
  deadline: dateOut,
  unit: z.enum(['working_days', 'calendar_days']),
  length: z.number().int(),
  provisional: z.boolean(),
  provisionalYears: z.array(z.number().int()),
  skipped: z.array(z.object({ date: dateOut, reason: z.string(), name: z.string().optional() })),
  counted: z.array(dateOut),
  basis: zhEn,
  calendarYears: z.array(z.object({ year: z.number().int(), notice: z.string() })),
});
export type Deadline = z.infer<typeof deadline>;

export const calendarDay = z.object({
  date: isoDate,
  kind: z.enum(['holiday', 'adjusted_workday']),
  name: label(20),
  nameEn: z.string().trim().max(60).default(''),
});
export const calendarYear = z.object({
  year: z.number().int(),
  notice: z.string(),
  source: z.string(),
  loadedAt: z.string(),
  days: z.number().int(),
});
export const loadCalendarYear = z.object({
  notice: label(120),
  days: z.array(calendarDay).max(100),
});

export const calendarYears = z.object({ items: z.array(calendarYear) });
export type CalendarYear = z.infer<typeof calendarYear>;
export type CalendarYears = z.infer<typeof calendarYears>;
/** a year with its days (holidays and 调休 working days), as loaded */
export const calendarYearDays = calendarYear.extend({
  days: z.array(
    z.object({
      date: dateOut,
      kind: z.enum(['holiday', 'adjusted_workday']),
      name: z.string(),
      nameEn: z.string(),
    }),
  ),
});
export type CalendarYearDays = z.infer<typeof calendarYearDays>;
export const calendarYearLoaded = z.object({ year: z.number().int(), days: z.number().int() });
