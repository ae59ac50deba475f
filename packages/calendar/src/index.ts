// Pure working-day calendar: no I/O, no clock; callers pass the calendar data in.

export { buildCalendar, dayStatus, noticeReaches } from './calendar.ts';
export { addDays, isIsoDate, isWeekend, weekday } from './dates.ts';
export { computeDeadline, MAX_PERIOD } from './deadline.ts';
export { makeUpDays } from './makeup.ts';
export { seedFromChineseDays } from './seed.ts';
export { hasLunarEstimate, statutoryHolidays } from './statutory.ts';
export type {
  CalendarData,
  CalendarException,
  DayReason,
  DayStatus,
  DeadlineInput,
  DeadlineResult,
  ExceptionKind,
  IsoDate,
  SkippedDay,
} from './types.ts';
