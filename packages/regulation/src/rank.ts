// The hierarchy of norms as far as the packs need it: an administrative regulation of the State
// Council (行政法规) ranks above a city government's normative document (规范性文件).
import type { PackRank } from './types.ts';

export interface RankInfo {
  zh: string;
  en: string;
  /** 1 = highest. */
  order: number;
}

export const RANKS: Readonly<Record<PackRank, RankInfo>> = Object.freeze({
  administrative_regulation: { zh: '行政法规', en: 'administrative regulation', order: 1 },
  normative_document: { zh: '规范性文件', en: 'normative document', order: 2 },
});

/** Negative when `a` ranks above `b`. */
export const compareRank = (a: PackRank, b: PackRank): number => RANKS[a].order - RANKS[b].order;
