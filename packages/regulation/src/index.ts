// The regulation as data (a rule pack) and pure lookups over it: no I/O, no clock.

export type { CitingLaw } from './cite-basis.ts';
export { citeBasis, citeProcedure, citingLaw, documentsCite, refersToProcedure } from './cite-basis.ts';
export { isIsoDate } from './dates.ts';
export { JINCHENG_2021, MIN_SUPERVISORS_PER_MEASURE } from './jincheng-2021.ts';
export type { CitedArticle, LawGoverning } from './law.ts';
export { lawGoverning } from './law.ts';
export type { GroundsRefusal } from './lookup.ts';
export {
  accountabilityMeasures,
  bareText,
  checkDecisionGrounds,
  cite,
  covers,
  decisionKindsForGround,
  findProvision,
  getAccountabilityRule,
  getDecisionKind,
  getMeasure,
  getProvision,
  isValidId,
  lastLapsedPack,
  packInForce,
  packStatus,
  parseId,
  provisionIndex,
  qualifiedId,
  splitQualified,
} from './lookup.ts';
export { NATIONAL_2025 } from './national-2025.ts';
export { articleNumberZh, romanNumeral, zhNumeral } from './numbering.ts';
export type { RankInfo } from './rank.ts';
export { compareRank, RANKS } from './rank.ts';
export { DEFAULT_PACK, getPack, PACKS } from './registry.ts';
export type * from './types.ts';
export { validatePack } from './validate.ts';
