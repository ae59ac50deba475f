import { addDays, isWeekend, yearOf } from './dates.ts';
import { festivalDays } from './statutory.ts';
import type { CalendarException, IsoDate } from './types.ts';

/**
 * 补假 in the estimate of a year whose notice is not loaded. 《全国年节及纪念日放假办法》第六条: a statutory
 * holiday falling on a Saturday or Sunday is given back on a working day. The notices give it back on the
 * first working days after the holiday block (a run of statutory days and weekends), so a weekend day inside
 * the block is paid back after the block, not on the weekday it adjoins. A festival falling on another
 * festival's day (2020: 中秋 on 10-01) has been given back the same way, so it is owed a day too.
 * 调休 (swapped weekends) stays unknown until the notice is loaded.
 */
function compute(year: number): CalendarException[] {
  const byDate = new Map<IsoDate, { names: string[]; namesEn: string[] }>();
  for (const f of festivalDays(year)) {
    const day = byDate.get(f.date) ?? { names: [], namesEn: [] };
    day.names.push(f.name);
    day.namesEn.push(f.nameEn);
    byDate.set(f.date, day);
  }
  const dates = [...byDate.keys()].sort();
  if (dates.length === 0) return [];
  const last = dates[dates.length - 1];
  const owed: { name: string; nameEn: string }[] = [];
  const out: CalendarException[] = [];
  // The latest statutory day is in October, so the walk never leaves the year; the bound only guards it.
  for (let d = dates[0]; (d <= last || owed.length > 0) && yearOf(d) === year; d = addDays(d, 1)) {
    const day = byDate.get(d);
    if (day) {
      const name = day.names.join('、');
      const nameEn = day.namesEn.join(' / ');
      const n = isWeekend(d) ? day.names.length : day.names.length - 1;
      for (let i = 0; i < n; i++) owed.push({ name, nameEn });
    } else if (!isWeekend(d) && owed.length > 0) {
      const { name, nameEn } = owed.shift()!;
      out.push({ date: d, kind: 'holiday', name, nameEn });
    }
  }
  return out;
}

const cache = new Map<number, ReadonlyMap<IsoDate, CalendarException>>();

/** The estimated 补假 days of `year`, by date; memoised (the statutory days of a year never change). */
export function makeUpDayMap(year: number): ReadonlyMap<IsoDate, CalendarException> {
  let m = cache.get(year);
  if (!m) {
    m = new Map(compute(year).map((e) => [e.date, Object.freeze(e)]));
    cache.set(year, m);
  }
  return m;
}

/** The estimated 补假 days of `year`, fresh objects in date order. */
export function makeUpDays(year: number): CalendarException[] {
  return [...makeUpDayMap(year).values()].map((e) => ({ ...e }));
}
