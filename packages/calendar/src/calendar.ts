import { isIsoDate, isWeekend, yearOf } from './dates.ts';
import { makeUpDayMap } from './makeup.ts';
import { statutoryHolidayMap } from './statutory.ts';
import type { CalendarData, CalendarException, DayStatus, IsoDate } from './types.ts';

/**
 * Whether the notice for `noticeYear` may set day `d`: its own year, or the December before (the 2012
 * notice worked 2011-12-31, the 2019 notice 2018-12-29 and gave 2018-12-30/31 off for 元旦).
 */
export function noticeReaches(noticeYear: number, d: IsoDate): boolean {
  if (!Number.isInteger(noticeYear) || !isIsoDate(d)) return false;
  const y = yearOf(d);
  return y === noticeYear || (y === noticeYear - 1 && d.slice(5, 7) === '12');
}

/**
 * Builds the lookup structure. Exceptions of notices whose year is not in `loadedYears` are dropped: a
 * notice becomes authoritative only as a whole, so a half-entered notice never mixes with the statutory
 * estimate. A day set by two notices (a notice reaching into the December before, and that year's own)
 * follows the later notice, which was published after the other and amends it.
 * Throws on malformed data (bad date/kind/notice year, or one notice listing a day both as holiday and workday).
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
    const notice = e.noticeYear ?? yearOf(e.date);
    if (!noticeReaches(notice, e.date)) {
      throw new RangeError(
        `calendar exception ${e.date} is outside the ${String(notice)} notice (its year and the December before)`,
      );
    }
    if (!years.has(notice)) continue;
    const prev = map.get(e.date);
    const prevNotice = prev ? (prev.noticeYear ?? yearOf(prev.date)) : notice;
    if (prevNotice > notice) continue;
    if (prev && prevNotice === notice && prev.kind !== e.kind) {
      throw new RangeError(`calendar exception ${e.date} is listed both as ${prev.kind} and ${e.kind}`);
    }
    const own = notice === yearOf(e.date);
    map.set(e.date, {
      date: e.date,
      kind: e.kind,
      name: e.name,
      nameEn: e.nameEn,
      ...(own ? {} : { noticeYear: notice }),
    });
  }
  return { loadedYears: years, exceptions: map };
}

/** Whether `d` is a working day and why. */
export function dayStatus(cal: CalendarData, d: IsoDate): DayStatus {
  if (!isIsoDate(d)) throw new RangeError(`invalid date '${d}', expected a real YYYY-MM-DD date`);
  const weekend = isWeekend(d);
  // A day a loaded notice sets is known, even in a year whose own notice is not loaded.
  const e = cal.exceptions.get(d);
  if (e?.kind === 'holiday') return { working: false, reason: 'holiday', name: e.name, provisional: false };
  if (e?.kind === 'adjusted_workday') {
    return { working: true, reason: 'adjusted_workday', name: e.name, provisional: false };
  }
  if (cal.loadedYears.has(yearOf(d))) {
    return { working: !weekend, reason: weekend ? 'weekend' : 'workday', provisional: false };
  }
  // Not loaded: the law fixes the statutory days and their 补假 (第六条); 调休 awaits the State Council notice.
  const s = statutoryHolidayMap(yearOf(d)).get(d);
  if (s) return { working: false, reason: 'estimated_statutory_holiday', name: s.name, provisional: true };
  const m = makeUpDayMap(yearOf(d)).get(d);
  if (m) return { working: false, reason: 'estimated_make_up_day', name: m.name, provisional: true };
  return { working: !weekend, reason: weekend ? 'weekend' : 'workday', provisional: true };
}
