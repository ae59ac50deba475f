// The shape of a rule pack: one regulation as data. Rules elsewhere cite the ids defined here
// ('art13.1.2' = 第十三条第一款第（二）项) instead of restating the law in prose.

/** A calendar date as 'YYYY-MM-DD'; strings, so no time zone can shift a day. */
export type IsoDate = string;

/** 'art13' (article), 'art13.1' (paragraph) or 'art13.1.2' (item); numbers are 1-based. */
export type ProvisionId = string;

export interface Chapter {
  number: number;
  /** '第三章' */
  numberZh: string;
  /** '监督的处理' */
  titleZh: string;
}

export interface Item {
  /** 'art13.1.2' */
  id: ProvisionId;
  number: number;
  /** '（二）' */
  numberZh: string;
  /** The item's text as published, with its closing punctuation (；or 。). */
  text: string;
}

/**
 * Where the recovered text of a paragraph stops short. 'tail': the text breaks off where the recovery
 * stops; the words kept are exactly those recovered and are never completed. 'head': the paragraphs
 * before this one were not recovered, so its own number is unknown and it is cited by its article.
 */
export interface PartialMark {
  missing: 'tail' | 'head';
  noteZh: string;
  noteEn: string;
}

export interface Paragraph {
  /** 'art13.1' */
  id: ProvisionId;
  number: number;
  /** The paragraph's own lead text; for a paragraph with items, the sentence that introduces them. */
  text: string;
  items: readonly Item[];
  /** Set only when the paragraph was recovered in part. */
  partial?: PartialMark;
}

export interface Article {
  /** 'art13' */
  id: ProvisionId;
  number: number;
  /** '第十三条' */
  numberZh: string;
  chapter: Chapter;
  paragraphs: readonly Paragraph[];
}

/** The measures of 第七条第一款. */
export type MeasureCode =
  | 'hear_report'
  | 'consult_files'
  | 'inquiry'
  | 'site_investigation'
  | 'commissioned_appraisal'
  | 'hearing'
  | 'supervise_handling'
  | 'seize_certificate'
  | 'other_lawful';

export interface MeasureKind {
  code: MeasureCode;
  /** Short Chinese name for lists; the full wording is the cited item's text. */
  nameZh: string;
  nameEn: string;
  citation: ProvisionId;
}

/** A number the regulation fixes, with the provision that fixes it. */
export interface CitedValue {
  value: number;
  citation: ProvisionId;
}

/** The decisions of 第九条（四）. */
export type DecisionCode =
  | 'order_performance'
  | 'order_correction'
  | 'revoke'
  | 'confirm_illegal'
  | 'confirm_void';

/**
 * What a decision does to the enforcement act. Kinds with different effects must not share a
 * ground, except orders and revocation: revocation is the next step when an order goes unmet (第十三条).
 */
export type DecisionEffect = 'orders_action' | 'revokes' | 'declares_illegal' | 'declares_void';

/** The boolean conditions of a decision kind; each one that is set cites its provision. */
export type DecisionFlag =
  | 'setsDeadline'
  | 'requiresWrittenCorrection'
  | 'requiresPriorUnmetOrder'
  | 'voidFromStart'
  | 'actStaysInForce'
  | 'agencyMayActAnew';

export interface DecisionKind {
  code: DecisionCode;
  /** '责令限期履行' */
  nameZh: string;
  nameEn: string;
  effect: DecisionEffect;
  /** Provisions that name this kind of decision: 第九条（四）, then the article of its grounds, last. */
  namedIn: readonly ProvisionId[];
  /** Item ids a decision of this kind may cite as its grounds. */
  grounds: readonly ProvisionId[];
  setsDeadline: boolean;
  /** The agency's 补正/改正 must be in writing. */
  requiresWrittenCorrection: boolean;
  /** Only after an order with a deadline went unmet (逾期不改). */
  requiresPriorUnmetOrder: boolean;
  /** Not allowed where any of these grounds applies. */
  excludedWhere: readonly ProvisionId[];
  /** 自始不发生法律效力. */
  voidFromStart: boolean;
  /** The act is declared illegal but not revoked. */
  actStaysInForce: boolean;
  /** After revocation the agency may make the act anew. */
  agencyMayActAnew: boolean;
  /** The provision behind each flag that is set, and behind excludedWhere when it is not empty. */
  citations: Readonly<Partial<Record<DecisionFlag | 'excludedWhere', ProvisionId>>>;
}

export type AccountabilitySubject = 'agency' | 'officer' | 'supervisor';

export type AccountabilityMeasureCode =
  | 'order_correction_deadline'
  | 'circulate_criticism'
  | 'sanction_responsible_persons'
  | 'criticism_education'
  | 'off_duty_training'
  | 'transfer_from_post'
  | 'seize_certificate'
  | 'order_correction'
  | 'sanction'
  | 'criminal_referral';

/** What must be found before a step of the ladder applies. */
export type AccountabilityTrigger = 'ground_found' | 'not_corrected_by_deadline' | 'serious' | 'crime';

export interface AccountabilityMeasure {
  code: AccountabilityMeasureCode;
  nameZh: string;
  nameEn: string;
  citation: ProvisionId;
  /** Other provisions the measure relies on, e.g. 第七条（八） for seizing a certificate. */
  alsoCites?: readonly ProvisionId[];
}

export interface AccountabilityStep {
  /** 1 = mildest; strictly increasing along the ladder. */
  level: number;
  trigger: AccountabilityTrigger;
  /** The regulation's wording of the trigger, e.g. '逾期不改正的'. */
  triggerZh: string;
  /** single: one measure; any_of: alternatives by severity (视情节轻重); all_of: applied together. */
  combination: 'single' | 'any_of' | 'all_of';
  measures: readonly AccountabilityMeasure[];
  /** The list ends in 等: other measures of like weight are possible. */
  openEnded?: boolean;
}

export interface AccountabilityRule {
  subject: AccountabilitySubject;
  subjectZh: string;
  subjectEn: string;
  /** The article that governs this subject, e.g. 'art16'. */
  article: ProvisionId;
  /** Item ids that are grounds for accountability. */
  grounds: readonly ProvisionId[];
  ladder: readonly AccountabilityStep[];
}

/** An editorial change from the published (seed) text, so the transcription can be audited. */
export interface Correction {
  id: string;
  kind: 'numbering' | 'punctuation' | 'page_break' | 'layout' | 'spacing';
  provisionIds: readonly ProvisionId[];
  seedText?: string;
  correctedText?: string;
  noteZh: string;
  noteEn: string;
}

/** The rank of a pack in the hierarchy of norms; a higher rank displaces a lower one where they conflict. */
export type PackRank = 'administrative_regulation' | 'normative_document';

/** Where the text of a pack comes from, source by source, so it can be checked against the original. */
export interface PackSource {
  /** 'S1' */
  code: string;
  /** What the source is and where it was published. */
  title: string;
  /** What the source shows, e.g. '第一至六条（第六条第二款截断）'. */
  coversZh: string;
  coversEn: string;
}

/**
 * How much of the regulation the pack holds. Articles not loaded are listed by number and have no
 * text in the pack; loading them later is data only.
 */
export interface Completeness {
  complete: boolean;
  /** The number of articles the regulation has. */
  articleCount: number;
  /** Articles with no recovered text; they are not in `articles`. */
  missingArticles: readonly number[];
  /** Articles in `articles` with a paragraph marked partial, or paragraphs missing. */
  partialArticles: readonly number[];
  /** The missing articles that would govern the steps of a case (scope, methods, handling), if any. */
  procedureNotLoaded: { from: number; to: number } | null;
  noteZh: string;
  noteEn: string;
}

/** A recovered provision that applies to every case governed by the pack's text. */
export interface CaseArticle {
  id: ProvisionId;
  roleZh: string;
  roleEn: string;
}

export interface RulePack {
  /** 'jincheng-2021' */
  id: string;
  titleZh: string;
  titleEn: string;
  /** Used in English citations: 'Art. 13(1)(ii) of the Jincheng Interim Measures'. */
  shortTitleEn: string;
  documentNumber: string;
  issuedBy: string;
  issuedOn: IsoDate;
  effectiveFrom: IsoDate;
  /** Last day in force (inclusive); null when the pack has no end date. */
  effectiveUntil: IsoDate | null;
  /** The provision that fixes the period of validity; null when it is not loaded (see validityNote). */
  validityCitation: ProvisionId | null;
  /** Where the dates come from when no loaded provision fixes them. */
  validityNote?: { zh: string; en: string };
  rank: PackRank;
  provenance: readonly PackSource[];
  completeness: Completeness;
  /**
   * The pack holds the procedure (measures, decision kinds, grounds, accountability) that cases
   * are decided under. Only a complete pack may; only such packs are chosen for a case's pack_id.
   */
  procedural: boolean;
  /** Recovered provisions cited on every case the pack's text governs (scope, supervising body). */
  caseArticles: readonly CaseArticle[];
  /** Shown with a lapsed pack: what happened after it lapsed. */
  lapseNote?: { zh: string; en: string };
  articles: readonly Article[];
  measures: readonly MeasureKind[];
  /** At least this many supervisors take part in each measure. */
  minSupervisorsPerMeasure: CitedValue | null;
  decisionKinds: readonly DecisionKind[];
  accountability: readonly AccountabilityRule[];
  corrections: readonly Correction[];
}

export interface Citation {
  /** '《晋城市行政执法监督暂行办法》第十三条第一款第（二）项' */
  zh: string;
  /** '第十三条第一款第（二）项' */
  short: string;
  /** 'Art. 13(1)(ii) of the Jincheng Interim Measures' */
  en: string;
}

interface ProvisionBase {
  id: ProvisionId;
  article: Article;
  citation: Citation;
  /** The provision's full text: lead text and its items, one per line. */
  text: string;
}

export type Provision =
  | (ProvisionBase & { level: 'article' })
  | (ProvisionBase & { level: 'paragraph'; paragraph: Paragraph })
  | (ProvisionBase & { level: 'item'; paragraph: Paragraph; item: Item });

export interface PackStatus {
  inForce: boolean;
  /** First day no longer in force, when the pack has lapsed. */
  lapsedOn?: IsoDate;
  /** First day in force, when the pack has not started yet. */
  startsOn?: IsoDate;
}

export type PackProblemCode =
  | 'bad_metadata'
  | 'bad_numbering'
  | 'bad_text'
  | 'duplicate_id'
  | 'duplicate_code'
  | 'dangling_ref'
  | 'not_an_item'
  | 'grounds_conflict'
  | 'flag_inconsistent'
  | 'bad_ladder'
  | 'bad_completeness';

export interface PackProblem {
  code: PackProblemCode;
  /** Where in the pack, e.g. 'decisionKinds.revoke.grounds'. */
  where: string;
  message: string;
}
