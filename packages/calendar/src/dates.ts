import type { IsoDate } from './types.ts';

// All arithmetic is on UTC day numbers so the result never depends on the process time zone.
const MS_PER_DAY = 86_400_000;
const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Milliseconds at UTC midnight; setUTCFullYear because Date.UTC maps years 0..99 to 1900..1999. */
function utcMs(y: number, m: number, d: number): number {
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return date.getTime();
}

function format(ms: number): IsoDate {
  const date = new Date(ms);
  const y = date.getUTCFullYear();
  if (y < 0 || y > 9999) throw new RangeError(`date out of range 0000..9999 (year ${y})`);
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return `${pad(y, 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

/** Strict 'YYYY-MM-DD' that is also a real calendar date (rejects 2024-02-30). */
export function isIsoDate(s: string): boolean {
  if (typeof s !== 'string') return false;
  const m = ISO_RE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return false;
  return format(utcMs(y, mo, d)) === s;
}

function ms(d: IsoDate): number {
  if (!isIsoDate(d)) throw new RangeError(`invalid date '${d}', expected a real YYYY-MM-DD date`);
  return utcMs(Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8, 10)));
}

/** d shifted by n calendar days (n may be negative). */
export function addDays(d: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`addDays: n must be an integer, got ${n}`);
  return format(ms(d) + n * MS_PER_DAY);
}

/** Day of week, 0 = Sunday … 6 = Saturday. */
export function weekday(d: IsoDate): number {
  return new Date(ms(d)).getUTCDay();
}

export function isWeekend(d: IsoDate): boolean {
  const w = weekday(d);
  return w === 0 || w === 6;
}

export function yearOf(d: IsoDate): number {
  return Number(d.slice(0, 4));
}

/** Builds an IsoDate from numeric parts (month 1-based). */
export function isoFromParts(y: number, m: number, d: number): IsoDate {
  return format(utcMs(y, m, d));
}
