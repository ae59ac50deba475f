import { z } from 'zod';
import { isoDate, label } from './common.ts';

export const deadlineQuery = z
  .object({
    from: isoDate,
    workingDays: z.coerce.number().int().min(1).max(3650).optional(),
    calendarDays: z.coerce.number().int().min(1).max(3650).optional(),
  })
  .refine((q) => (q.workingDays === undefined) !== (q.calendarDays === undefined), {
    error: 'workingDays 与 calendarDays 必须且只能给出一个¦give exactly one of workingDays and calendarDays',
    path: ['workingDays'],
  });

export const deadline = z.object({
  from: isoDate,
  deadline: isoDate,
  unit: z.enum(['working_days', 'calendar_days']),
  length: z.number().int(),
  provisional: z.boolean(),
  provisionalYears: z.array(z.number().int()),
  skipped: z.array(z.object({ date: isoDate, reason: z.string(), name: z.string().optional() })),
  counted: z.array(isoDate),
  basis: z.object({ zh: z.string(), en: z.string() }),
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
