import chineseDays from 'chinese-days';
import { addDays, isoFromParts } from './dates.ts';
import type { IsoDate } from './types.ts';

// Only chinese-days' table lookups (monthDays, getYearLeapMonth) are used: its date-returning helpers
// (getSolarDateFromLunar, getSolarTermDate) format with local-time getters and drift a day in some time zones.
const { monthDays, getYearLeapMonth } = chineseDays;

/** The lunar table in chinese-days covers lunar years 1900..2100. */
export const LUNAR_FIRST_YEAR = 1900;
export const LUNAR_LAST_YEAR = 2100;
/** Lunar year 1900 starts on 1900-01-31 (the table's epoch). */
const LUNAR_EPOCH: IsoDate = '1900-01-31';

function lunarYearDays(y: number): number {
  let sum = getYearLeapMonth(y).days;
  for (let m = 1; m <= 12; m++) sum += monthDays(y, m);
  return sum;
}

// Offsets of each 正月初一 from the epoch, filled lazily; a pure cache of a fixed table.
const newYearOffsets: number[] = [0];

function assertLunarYear(y: number): void {
  if (!Number.isInteger(y) || y < LUNAR_FIRST_YEAR || y > LUNAR_LAST_YEAR) {
    throw new RangeError(`lunar year ${y} outside ${LUNAR_FIRST_YEAR}..${LUNAR_LAST_YEAR}`);
  }
}

/** Solar date of 正月初一 of lunar year y. */
export function lunarNewYear(y: number): IsoDate {
  assertLunarYear(y);
  for (let i = newYearOffsets.length; i <= y - LUNAR_FIRST_YEAR; i++) {
    newYearOffsets.push(newYearOffsets[i - 1] + lunarYearDays(LUNAR_FIRST_YEAR + i - 1));
  }
  return addDays(LUNAR_EPOCH, newYearOffsets[y - LUNAR_FIRST_YEAR]);
}

/** Solar date of a (non-leap) lunar month/day in lunar year y. */
export function lunarToSolar(y: number, month: number, day: number): IsoDate {
  assertLunarYear(y);
  const leap = getYearLeapMonth(y);
  let offset = day - 1;
  for (let m = 1; m < month; m++) {
    offset += monthDays(y, m);
    // A leap month follows the ordinary month of the same number.
    if (m === leap.leapMonth) offset += leap.days;
  }
  return addDays(lunarNewYear(y), offset);
}

/**
 * 清明 (solar term pure_brightness) by the same 寿星 formula chinese-days uses
 * ([Y·D + C] − [Y/4], D = 0.2422, C = 5.59 for 19xx / 4.81 for 20xx; no correction years for 清明).
 */
export function qingmingDay(y: number): IsoDate {
  assertLunarYear(y);
  const yy = y % 100;
  const c = y >= 2000 ? 4.81 : 5.59;
  return isoFromParts(y, 4, Math.floor(yy * 0.2422 + c) - Math.floor(yy / 4));
}
