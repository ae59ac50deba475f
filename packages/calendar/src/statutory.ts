import { addDays, isoFromParts } from './dates.ts';
import { LUNAR_FIRST_YEAR, LUNAR_LAST_YEAR, lunarNewYear, lunarToSolar, qingmingDay } from './lunar.ts';
import type { CalendarException, IsoDate } from './types.ts';

/**
 * One version of 《全国年节及纪念日放假办法》 (1949; revised 1999, 2007, 2013, 2024).
 * Only the statutory days themselves: how they are bridged with weekends (调休) is decided each year
 * by the State Council notice, so an estimate cannot know it; the days given back for a statutory day
 * on a weekend (补假, 第六条) follow in makeup.ts.
 */
interface Rule {
  firstYear: number;
  /** Offsets from 正月初一 (-1 = 除夕). */
  springFestival: number[];
  labourDays: number;
  nationalDays: number;
  /** 清明、端午、中秋 became holidays with the 2007 revision. */
  traditional: boolean;
}

const RULES: readonly Rule[] = [
  { firstYear: 1950, springFestival: [0, 1, 2], labourDays: 1, nationalDays: 2, traditional: false },
  // 1999 revision (in force 1999-09-18; applied here from 2000, the first whole year).
  { firstYear: 2000, springFestival: [0, 1, 2], labourDays: 3, nationalDays: 3, traditional: false },
  // 2007 revision, in force 2008: 除夕 to 初二, 劳动节 cut to 1 day, traditional festivals added.
  { firstYear: 2008, springFestival: [-1, 0, 1], labourDays: 1, nationalDays: 3, traditional: true },
  // 2013 revision, in force 2014: 初一 to 初三.
  { firstYear: 2014, springFestival: [0, 1, 2], labourDays: 1, nationalDays: 3, traditional: true },
  // 2024 revision, in force 2025: 春节 4 days from 除夕, 劳动节 2 days.
  { firstYear: 2025, springFestival: [-1, 0, 1, 2], labourDays: 2, nationalDays: 3, traditional: true },
];

function ruleFor(year: number): Rule | undefined {
  let found: Rule | undefined;
  for (const r of RULES) if (year >= r.firstYear) found = r;
  return found;
}

/** One festival on one day; two festivals may fall on the same day (e.g. 中秋 on 10-01). */
export interface FestivalDay {
  date: IsoDate;
  name: string;
  nameEn: string;
}

/** The statutory days of `year`, one entry per festival day, in the order the 办法 lists them. */
export function festivalDays(year: number): FestivalDay[] {
  if (!Number.isInteger(year)) throw new RangeError(`year must be an integer, got ${year}`);
  const rule = ruleFor(year);
  if (!rule) return []; // no national holiday law before 1950
  const days: FestivalDay[] = [];
  const add = (date: IsoDate, name: string, nameEn: string) => days.push({ date, name, nameEn });
  add(isoFromParts(year, 1, 1), '元旦', "New Year's Day");
  // The lunar table stops at 2100; later years get only the fixed-date holidays.
  const lunar = hasLunarEstimate(year);
  if (lunar) {
    const newYear = lunarNewYear(year);
    for (const o of rule.springFestival) add(addDays(newYear, o), '春节', 'Spring Festival');
  }
  if (lunar && rule.traditional) add(qingmingDay(year), '清明节', 'Tomb-sweeping Day');
  for (let i = 0; i < rule.labourDays; i++) add(isoFromParts(year, 5, 1 + i), '劳动节', 'Labour Day');
  if (lunar && rule.traditional) {
    add(lunarToSolar(year, 5, 5), '端午节', 'Dragon Boat Festival');
    add(lunarToSolar(year, 8, 15), '中秋节', 'Mid-autumn Festival');
  }
  for (let i = 0; i < rule.nationalDays; i++) add(isoFromParts(year, 10, 1 + i), '国庆节', 'National Day');
  return days;
}

const cache = new Map<number, readonly CalendarException[]>();

function compute(year: number): CalendarException[] {
  const days = new Map<IsoDate, CalendarException>();
  for (const { date, name, nameEn } of festivalDays(year)) {
    const prev = days.get(date);
    // Two festivals on one day: one day off, both names.
    days.set(
      date,
      prev
        ? { ...prev, name: `${prev.name}、${name}`, nameEn: `${prev.nameEn} / ${nameEn}` }
        : { date, kind: 'holiday', name, nameEn },
    );
  }
  return [...days.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Whether statutoryHolidays(year) can place the lunar festivals (春节、端午、中秋) and 清明. */
export function hasLunarEstimate(year: number): boolean {
  return year > LUNAR_FIRST_YEAR && year <= LUNAR_LAST_YEAR;
}

/**
 * The statutory holidays of `year` computed from the law — used for years whose State Council
 * notice is not loaded yet. Returns fresh objects; the computation itself is memoised.
 */
export function statutoryHolidays(year: number): CalendarException[] {
  let list = cache.get(year);
  if (!list) {
    list = Object.freeze(compute(year));
    cache.set(year, list);
  }
  return list.map((e) => ({ ...e }));
}

/** Lookup map for dayStatus, sharing the memoised list. */
const mapCache = new Map<number, ReadonlyMap<IsoDate, CalendarException>>();
export function statutoryHolidayMap(year: number): ReadonlyMap<IsoDate, CalendarException> {
  let m = mapCache.get(year);
  if (!m) {
    m = new Map(statutoryHolidays(year).map((e) => [e.date, e]));
    mapCache.set(year, m);
  }
  return m;
}
