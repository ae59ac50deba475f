// The states of a supervision case (DOMAIN.md, "The lifecycle"), with the article that
// brings a case into each.

export const CASE_STATES = [
  'registered',
  'filing_pending',
  'not_filed',
  'transferred',
  'investigating',
  'notice_issued',
  'decision_pending',
  'decided',
  'under_review',
  'executed',
  'closed',
  'archived',
] as const;
export type CaseState = (typeof CASE_STATES)[number];

export const STATE_LABELS: Record<CaseState, { zh: string; en: string; article: string }> = {
  registered: { zh: '已登记', en: 'Registered', article: 'art9' },
  filing_pending: { zh: '待批准立案', en: 'Filing awaiting approval', article: 'art9.1.1' },
  not_filed: { zh: '不予立案', en: 'Not filed', article: 'art9.1.1' },
  transferred: { zh: '已移交', en: 'Transferred', article: 'art12' },
  investigating: { zh: '调查核实中', en: 'Investigating', article: 'art9.1.2' },
  notice_issued: { zh: '已发监督通知书', en: 'Notice issued', article: 'art9.1.3' },
  decision_pending: { zh: '待作出决定', en: 'Decision pending', article: 'art9.1.4' },
  decided: { zh: '已送达决定书', en: 'Decision served', article: 'art10.1' },
  under_review: { zh: '复查中', en: 'Under review', article: 'art10.2' },
  executed: { zh: '已执行', en: 'Executed', article: 'art16.1.10' },
  closed: { zh: '已结案', en: 'Closed', article: 'art9' },
  archived: { zh: '已归档', en: 'Archived', article: 'art9' },
};
