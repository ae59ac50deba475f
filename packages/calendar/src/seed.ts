import data from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { isIsoDate, yearOf } from './dates.ts';
import type { CalendarException, ExceptionKind } from './types.ts';

type DayMap = Record<string, string>;

/** 'English name,中文名,days' → names; split from the right in case an English name has a comma. */
function splitNames(value: string): { name: string; nameEn: string } {
  const parts = value.split(',');
  if (parts.length < 3) throw new Error(`unexpected chinese-days entry '${value}'`);
  return { name: parts[parts.length - 2].trim(), nameEn: parts.slice(0, -2).join(',').trim() };
}

function collect(map: DayMap, kind: ExceptionKind, out: CalendarException[]): void {
  for (const [date, value] of Object.entries(map)) {
    if (!isIsoDate(date)) throw new Error(`unexpected chinese-days date '${date}'`);
    out.push({ date, kind, ...splitNames(value) });
  }
}

/**
 * Seed data from chinese-days: `holidays` are days off, `workdays` the 调休上班 weekends.
 * (`inLieuDays` only marks which holidays are paid back by a weekend, so it is not needed.)
 * The loaded years are those with any holiday entry.
 */
export function seedFromChineseDays(): { exceptions: CalendarException[]; years: number[] } {
  const exceptions: CalendarException[] = [];
  collect(data.holidays as DayMap, 'holiday', exceptions);
  collect(data.workdays as DayMap, 'adjusted_workday', exceptions);
  exceptions.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const years = [...new Set(Object.keys(data.holidays).map(yearOf))].sort((a, b) => a - b);
  return { exceptions, years };
}
