// The three subjects of 第四章 and their grounds: an agency (第十六条), an officer (第十七条),
// a supervisor (第十八条). The grounds are the items of each article's paragraph, read from the
// rule pack, so a later pack brings its own items without code changes here.
import {
  type AccountabilityMeasureCode,
  type AccountabilitySubject,
  getAccountabilityRule,
  type ProvisionId,
  type RulePack,
} from '@jiandu/regulation';

export const SUBJECT_KINDS = [
  'agency',
  'officer',
  'supervisor',
] as const satisfies readonly AccountabilitySubject[];
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

export const SUBJECTS = {
  agency: { article: 'art16', paragraph: 'art16.1', zh: '行政执法机关', en: 'Enforcement agency' },
  officer: { article: 'art17', paragraph: 'art17.1', zh: '行政执法人员', en: 'Enforcement officer' },
  supervisor: { article: 'art18', paragraph: 'art18.1', zh: '行政执法监督人员', en: 'Supervisor' },
} as const satisfies Record<
  SubjectKind,
  { article: ProvisionId; paragraph: ProvisionId; zh: string; en: string }
>;

/** the item ids a matter against `subject` may cite, e.g. art16.1.1 … art16.1.11 */
export function groundsOf(pack: RulePack, subject: SubjectKind): readonly ProvisionId[] {
  return getAccountabilityRule(pack, subject).grounds;
}

/** the grounds that do not belong to the subject's article (empty when all do) */
export function foreignGrounds(pack: RulePack, subject: SubjectKind, grounds: readonly string[]): string[] {
  const allowed = new Set(groundsOf(pack, subject));
  return grounds.filter((g) => !allowed.has(g));
}

/** one rung of a subject's ladder as the procedure reads it */
export interface Rung {
  code: AccountabilityMeasureCode;
  zh: string;
  en: string;
  level: number;
  trigger: 'ground_found' | 'not_corrected_by_deadline' | 'serious' | 'crime';
  /** the provision that names the measure */
  article: ProvisionId;
  alsoCites: readonly ProvisionId[];
}

/** the subject's measures, mildest first, each with the level and trigger of its rung */
export function ladderOf(pack: RulePack, subject: SubjectKind): Rung[] {
  return getAccountabilityRule(pack, subject).ladder.flatMap((step) =>
    step.measures.map((m) => ({
      code: m.code,
      zh: m.nameZh,
      en: m.nameEn,
      level: step.level,
      trigger: step.trigger,
      article: m.citation,
      alsoCites: m.alsoCites ?? [],
    })),
  );
}
