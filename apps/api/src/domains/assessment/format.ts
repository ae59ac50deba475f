// How an indicator's figure is written in the report and the workbook: to one decimal with its
// unit (a rate per 1,000 acts says so in its name), "—" where there was nothing to measure.
import type { Indicator } from '@jiandu/procedure';
import { cite } from '@jiandu/regulation';

export const UNIT_ZH: Record<Indicator['unit'], string> = { percent: '%', points: '分', per_thousand: '' };

export const figure = (ind: Indicator, v: number | null) =>
  v === null ? '—' : `${v.toFixed(1)}${UNIT_ZH[ind.unit]}`;

/** a standard or zero line as set: whole numbers without decimals */
const bound = (ind: Indicator, v: number) => `${Number.isInteger(v) ? v : v.toFixed(1)}${UNIT_ZH[ind.unit]}`;

export const articlesOf = (ind: Indicator) => ind.articles.map((a) => cite(a).short).join('、');

/** the value that earns full points, e.g. "≥100%" */
export const standardOf = (ind: Indicator) =>
  `${ind.direction === 'higher' ? '≥' : '≤'}${bound(ind, ind.standard)}`;

/** the value from which nothing is earned, e.g. "≤60%" */
export const floorOf = (ind: Indicator) =>
  `${ind.direction === 'higher' ? '≤' : '≥'}${bound(ind, ind.floor)}`;
