// Calendar-date helpers on 'YYYY-MM-DD' strings; UTC arithmetic so the process time zone never
// shifts a day. ISO dates compare correctly as strings, which the validity checks rely on.
import type { IsoDate } from './types.ts';

const ISO_RE = /^\d{4}-\d{2}-\d{2}$/;

/** Strict 'YYYY-MM-DD' that is also a real calendar date (rejects 2023-02-30). */
export function isIsoDate(s: unknown): s is IsoDate {
  if (typeof s !== 'string' || !ISO_RE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export function assertIsoDate(s: unknown, what: string): asserts s is IsoDate {
  if (!isIsoDate(s)) throw new RangeError(`${what}: invalid date '${String(s)}', expected YYYY-MM-DD`);
}

export function nextDay(d: IsoDate): IsoDate {
  assertIsoDate(d, 'nextDay');
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + 1);
  return t.toISOString().slice(0, 10);
}
