// How an indicator's figure is written in the report and the workbook: percentages and points
// to one decimal, "—" where there was nothing to measure.
import type { Indicator } from '@jiandu/procedure';
import { cite } from '@jiandu/regulation';

export const UNIT_ZH: Record<Indicator['unit'], string> = {
  percent: '%',
  points: '分',
  per_thousand: '件/千件',
};

export const figure = (ind: Indicator, v: number | null) =>
  v === null ? '—' : `${v.toFixed(1)}${UNIT_ZH[ind.unit]}`;

export const articlesOf = (ind: Indicator) => ind.articles.map((a) => cite(a).short).join('、');

/** the value that earns full points, e.g. "≥100.0%" */
export const standardOf = (ind: Indicator) =>
  `${ind.direction === 'higher' ? '≥' : '≤'}${figure(ind, ind.standard)}`;

/** the value from which nothing is earned, e.g. "≤60.0%" */
export const floorOf = (ind: Indicator) =>
  `${ind.direction === 'higher' ? '≤' : '≥'}${figure(ind, ind.floor)}`;
