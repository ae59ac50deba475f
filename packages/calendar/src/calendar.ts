import { isIsoDate, isWeekend, yearOf } from './dates.ts';
import { makeUpDayMap } from './makeup.ts';
import { statutoryHolidayMap } from './statutory.ts';
import type { CalendarData, CalendarException, DayStatus, IsoDate } from './types.ts';

/**
 * Builds the lookup structure. Exceptions of years not in `loadedYears` are dropped: a year becomes
 * authoritative only as a whole, so a half-entered notice never mixes with the statutory estimate.
 * Throws on malformed data (bad date/kind, or one day listed both as holiday and workday).
 */
export function buildCalendar(
  exceptions: Iterable<CalendarException>,
  loadedYears: Iterable<number>,
): CalendarData {
  const years = new Set<number>();
  for (const y of loadedYears) {
    if (!Number.isInteger(y)) throw new RangeError(`loaded year must be an integer, got ${y}`);
    years.add(y);
  }
  const map = new Map<IsoDate, CalendarException>();
  for (const e of exceptions) {
    if (!isIsoDate(e.date)) {
      throw new RangeError(
        `calendar exception has invalid date '${String(e.date)}', expected a 'YYYY-MM-DD' string`,
      );
    }
    if (e.kind !== 'holiday' && e.kind !== 'adjusted_workday') {
      throw new RangeError(`calendar exception ${e.date} has invalid kind '${String(e.kind)}'`);
    }
    if (!years.has(yearOf(e.date))) continue;
    const prev = map.get(e.date);
    if (prev && prev.kind !== e.kind) {
      throw new RangeError(`calendar exception ${e.date} is listed both as ${prev.kind} and ${e.kind}`);
    }
    map.set(e.date, { date: e.date, kind: e.kind, name: e.name, nameEn: e.nameEn });
  }
  return { loadedYears: years, exceptions: map };
}

/** Whether `d` is a working day and why. */
export function dayStatus(cal: CalendarData, d: IsoDate): DayStatus {
  if (!isIsoDate(d)) throw new RangeError(`invalid date '${d}', expected a real YYYY-MM-DD date`);
  const weekend = isWeekend(d);
  if (cal.loadedYears.has(yearOf(d))) {
    const e = cal.exceptions.get(d);
    if (e?.kind === 'holiday') return { working: false, reason: 'holiday', name: e.name, provisional: false };
    if (e?.kind === 'adjusted_workday') {
      return { working: true, reason: 'adjusted_workday', name: e.name, provisional: false };
    }
    return { working: !weekend, reason: weekend ? 'weekend' : 'workday', provisional: false };
  }
  // Not loaded: the law fixes the statutory days and their 补假 (第六条); 调休 awaits the State Council notice.
  const s = statutoryHolidayMap(yearOf(d)).get(d);
  if (s) return { working: false, reason: 'estimated_statutory_holiday', name: s.name, provisional: true };
  const m = makeUpDayMap(yearOf(d)).get(d);
  if (m) return { working: false, reason: 'estimated_make_up_day', name: m.name, provisional: true };
  return { working: !weekend, reason: weekend ? 'weekend' : 'workday', provisional: true };
}
