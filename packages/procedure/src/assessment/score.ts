// Scoring the assessment (第五条). Each indicator earns its weight in full at its standard,
// nothing at its floor or beyond, and in proportion between. An indicator with nothing to
// measure (no notices issued, no files scored…) is left out and the others are rescaled to
// 100, so an agency is neither rewarded nor punished for what did not happen to it.
import {
  type AssessmentCounts,
  EMPTY_COUNTS,
  INDICATORS,
  type Indicator,
  type IndicatorId,
  type Level,
} from './indicators.ts';

export interface IndicatorResult {
  id: IndicatorId;
  /** null when there is nothing to measure */
  value: number | null;
  /** share of the standard reached, 0..1; null when not measured */
  attainment: number | null;
  /** points earned of the weight; null when not measured */
  points: number | null;
}

export interface Assessment {
  indicators: IndicatorResult[];
  /** 0..100 to one decimal; null when no indicator could be measured */
  total: number | null;
}

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

/** how far the value reaches from the floor to the standard, clamped to 0..1 */
export function attainment(ind: Indicator, value: number): number {
  const span = ind.standard - ind.floor;
  const share = (value - ind.floor) / span;
  return Math.min(1, Math.max(0, share));
}

export function assess(counts: AssessmentCounts, level: Level): Assessment {
  const indicators = INDICATORS.map((ind): IndicatorResult => {
    const raw = ind.levels.includes(level) ? ind.value(counts) : null;
    if (raw === null) return { id: ind.id, value: null, attainment: null, points: null };
    const a = attainment(ind, raw);
    return { id: ind.id, value: round(raw, 2), attainment: round(a, 4), points: round(a * ind.weight, 2) };
  });
  let weights = 0;
  let earned = 0;
  INDICATORS.forEach((ind, i) => {
    const a = indicators[i].attainment;
    if (a === null) return;
    weights += ind.weight;
    earned += a * ind.weight;
  });
  if (weights === 0) return { indicators, total: null };
  return { indicators, total: round((earned / weights) * 100, 1) };
}

/** a government's counts: the sum over its agencies (and organs, for what is theirs) */
export function sumCounts(rows: readonly AssessmentCounts[]): AssessmentCounts {
  const out = { ...EMPTY_COUNTS };
  for (const r of rows) for (const k of Object.keys(out) as (keyof AssessmentCounts)[]) out[k] += r[k];
  return out;
}

/** ranks by total, highest first; equal totals share a rank; the unmeasured come last unranked */
export function rankByTotal<T extends { total: number | null; name: string }>(
  rows: readonly T[],
): (T & { rank: number | null })[] {
  const sorted = [...rows].sort(
    (a, b) => (b.total ?? -1) - (a.total ?? -1) || a.name.localeCompare(b.name, 'zh'),
  );
  return sorted.map((r) => ({
    ...r,
    rank: r.total === null ? null : sorted.findIndex((x) => x.total === r.total) + 1,
  }));
}
