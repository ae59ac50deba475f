// The indicators of the annual assessment (第五条: 行政执法监督工作作为法治建设第一责任人职责
// 专项考核的重要内容). Each is a ratio of counts the system already keeps, cites the article
// whose duty it measures, and carries the standard that earns full points and the floor that
// earns none; docs/assessment.md spells out where each count comes from.
import type { ProvisionId } from '@jiandu/regulation';

/** the counts an assessment reads for one agency (or, summed, for one government) */
export interface AssessmentCounts {
  /** enforcement acts decided in the year and reported (第八条（三）) */
  acts: number;
  /** of those, reported within REPORT_WITHIN_DAYS of the decision */
  actsOnTime: number;
  /** distinct officers named on the year's acts */
  officersActing: number;
  /** of those, officers a certificate warning (持证上岗) was raised against and not dismissed */
  officersUncertified: number;
  /** supervision notices issued in the year */
  notices: number;
  /** of those, answered in writing by the notice's deadline */
  noticesOnTime: number;
  /** orders (责令限期履行, 责令补正或者改正) served in the year */
  orders: number;
  /** of those, executed and reported by the order's deadline */
  ordersOnTime: number;
  /** review decisions (复查) made in the year */
  reviews: number;
  /** of those, upholding the decision */
  reviewsUpheld: number;
  /** case files scored in evaluation campaigns ending in the year */
  filesScored: number;
  /** the sum of their final scores */
  filesScoreSum: number;
  /** of those, below the campaign's pass mark */
  filesFailing: number;
  /** warnings raised on the year's acts and not dismissed as unfounded */
  warnings: number;
  /** accountability matters confirmed in the year (第十六条 to 第十八条) */
  matters: number;
}

export const EMPTY_COUNTS: AssessmentCounts = {
  acts: 0,
  actsOnTime: 0,
  officersActing: 0,
  officersUncertified: 0,
  notices: 0,
  noticesOnTime: 0,
  orders: 0,
  ordersOnTime: 0,
  reviews: 0,
  reviewsUpheld: 0,
  filesScored: 0,
  filesScoreSum: 0,
  filesFailing: 0,
  warnings: 0,
  matters: 0,
};

/** 及时 in 第八条（三） is not given a number; the system's standard is a week from the decision */
export const REPORT_WITHIN_DAYS = 7;

export type IndicatorId =
  | 'act_reporting'
  | 'certified_officers'
  | 'notices_on_time'
  | 'orders_on_time'
  | 'reviews_upheld'
  | 'evaluation_average'
  | 'evaluation_failing'
  | 'warnings_per_thousand'
  | 'matters_per_thousand';

export type Unit = 'percent' | 'points' | 'per_thousand';
export type Level = 'government' | 'agency';

export interface Indicator {
  id: IndicatorId;
  zh: string;
  en: string;
  /** the provisions whose duty the indicator measures */
  articles: readonly ProvisionId[];
  /** the formula as the leader's report prints it */
  formula: { zh: string; en: string };
  unit: Unit;
  direction: 'higher' | 'lower';
  /** points of 100 */
  weight: number;
  /** the value that earns the full weight */
  standard: number;
  /** the value (and beyond) that earns nothing */
  floor: number;
  /** levels the indicator is scored at */
  levels: readonly Level[];
  /** the value, or null when the denominator is zero (nothing to measure) */
  value(c: AssessmentCounts): number | null;
}

const ratio = (num: number, den: number, scale: number) => (den > 0 ? (num / den) * scale : null);
const BOTH: readonly Level[] = ['government', 'agency'];

export const INDICATORS: readonly Indicator[] = [
  {
    id: 'act_reporting',
    zh: '执法信息及时报送率',
    en: 'Acts reported on time',
    articles: ['art8.1.3'],
    formula: {
      zh: `决定之日起${REPORT_WITHIN_DAYS}日内报送的执法行为数 ÷ 年度报送的执法行为数 × 100%`,
      en: `acts reported within ${REPORT_WITHIN_DAYS} days of the decision ÷ acts reported for the year × 100%`,
    },
    unit: 'percent',
    direction: 'higher',
    weight: 15,
    standard: 100,
    floor: 60,
    levels: BOTH,
    value: (c) => ratio(c.actsOnTime, c.acts, 100),
  },
  {
    id: 'certified_officers',
    zh: '持证执法率',
    en: 'Officers acting with a valid certificate',
    articles: ['art16.1.7', 'art7.1.8'],
    formula: {
      zh: '（执法人员数 − 被预警无有效证件的执法人员数）÷ 年度执法行为中的执法人员数 × 100%',
      en: '(officers acting − officers warned for lacking a valid certificate) ÷ officers acting × 100%',
    },
    unit: 'percent',
    direction: 'higher',
    weight: 15,
    standard: 100,
    floor: 80,
    levels: BOTH,
    value: (c) => ratio(c.officersActing - c.officersUncertified, c.officersActing, 100),
  },
  {
    id: 'notices_on_time',
    zh: '监督通知书按期办理率',
    en: 'Notices answered by their deadline',
    articles: ['art9.1.3'],
    formula: {
      zh: '在通知书规定期限内书面报告处理情况的通知书数 ÷ 年度发出的通知书数 × 100%',
      en: 'notices answered in writing by their deadline ÷ notices issued in the year × 100%',
    },
    unit: 'percent',
    direction: 'higher',
    weight: 15,
    standard: 100,
    floor: 50,
    levels: BOTH,
    value: (c) => ratio(c.noticesOnTime, c.notices, 100),
  },
  {
    id: 'orders_on_time',
    zh: '监督决定按期纠正率',
    en: 'Orders executed by their deadline',
    articles: ['art13.1', 'art16.1.10'],
    formula: {
      zh: '在决定规定期限内履行、补正或者改正并报告的责令类决定数 ÷ 年度送达的责令类决定数 × 100%',
      en: 'orders executed and reported by their deadline ÷ orders served in the year × 100%',
    },
    unit: 'percent',
    direction: 'higher',
    weight: 10,
    standard: 100,
    floor: 50,
    levels: BOTH,
    value: (c) => ratio(c.ordersOnTime, c.orders, 100),
  },
  {
    id: 'reviews_upheld',
    zh: '监督决定复查维持率',
    en: 'Decisions upheld on review',
    articles: ['art10.2'],
    formula: {
      zh: '复查维持的决定数 ÷ 年度作出复查决定数（维持、变更、撤销）× 100%',
      en: 'reviews upholding the decision ÷ review decisions of the year (upheld, changed, revoked) × 100%',
    },
    unit: 'percent',
    direction: 'higher',
    weight: 5,
    standard: 100,
    floor: 50,
    // a review judges the supervision organ's decision, not the agency: scored for governments only
    levels: ['government'],
    value: (c) => ratio(c.reviewsUpheld, c.reviews, 100),
  },
  {
    id: 'evaluation_average',
    zh: '案卷评查平均分',
    en: 'Average case-file score',
    articles: ['art8.1.1'],
    formula: {
      zh: '评查定分案卷得分之和 ÷ 评查定分案卷数',
      en: 'sum of the final scores of evaluated files ÷ evaluated files',
    },
    unit: 'points',
    direction: 'higher',
    weight: 15,
    standard: 90,
    floor: 60,
    levels: BOTH,
    value: (c) => ratio(c.filesScoreSum, c.filesScored, 1),
  },
  {
    id: 'evaluation_failing',
    zh: '案卷不合格率',
    en: 'Failing case files',
    articles: ['art8.1.1'],
    formula: {
      zh: '评查不合格案卷数 ÷ 评查定分案卷数 × 100%',
      en: 'failing files ÷ evaluated files × 100%',
    },
    unit: 'percent',
    direction: 'lower',
    weight: 10,
    standard: 0,
    floor: 20,
    levels: BOTH,
    value: (c) => ratio(c.filesFailing, c.filesScored, 100),
  },
  {
    id: 'warnings_per_thousand',
    zh: '千件执法行为预警数',
    en: 'Warnings per 1,000 acts',
    articles: ['art8.1.3', 'art16.1', 'art17.1'],
    formula: {
      zh: '年度执法行为上未被排除的预警数 ÷ 年度报送的执法行为数 × 1000',
      en: 'warnings on the year’s acts not dismissed ÷ acts reported for the year × 1,000',
    },
    unit: 'per_thousand',
    direction: 'lower',
    weight: 10,
    standard: 0,
    floor: 200,
    levels: BOTH,
    value: (c) => ratio(c.warnings, c.acts, 1000),
  },
  {
    id: 'matters_per_thousand',
    zh: '千件执法行为追责事项数',
    en: 'Accountability matters per 1,000 acts',
    articles: ['art16.1', 'art17.1', 'art18.1'],
    formula: {
      zh: '年度确认的责任追究事项数（对机关、执法人员、监督人员）÷ 年度报送的执法行为数 × 1000',
      en: 'matters confirmed in the year (agencies, officers, supervisors) ÷ acts reported for the year × 1,000',
    },
    unit: 'per_thousand',
    direction: 'lower',
    weight: 5,
    standard: 0,
    floor: 10,
    levels: BOTH,
    value: (c) => ratio(c.matters, c.acts, 1000),
  },
];

export const indicatorById = (id: IndicatorId): Indicator => {
  const i = INDICATORS.find((x) => x.id === id);
  if (!i) throw new Error(`no indicator ${id}`);
  return i;
};
