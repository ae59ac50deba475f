// The official documents each step produces; rendering them is another module's work.
export const DOCUMENT_KINDS = {
  filing_approval_form: { zh: '立案审批表', article: 'art9.1.1' },
  non_filing_notice: { zh: '不予立案告知书', article: 'art9.1.1' },
  transfer_letter: { zh: '移送函', article: 'art12' },
  assistance_letter: { zh: '协助函', article: 'art11' },
  inquiry_record: { zh: '询问笔录', article: 'art7.1.3' },
  site_record: { zh: '现场检查记录', article: 'art7.1.4' },
  supervision_notice: { zh: '行政执法监督通知书', article: 'art9.1.3' },
  supervision_decision: { zh: '行政执法监督决定书', article: 'art9.1.4' },
  higher_department_letter: { zh: '行政执法监督问题告知函', article: 'national-2025:art42.2' },
  service_receipt: { zh: '送达回证', article: 'art10.2' },
  review_decision: { zh: '复查决定书', article: 'art10.2' },
  petition_receipt: { zh: '来件登记回执', article: 'art9' },
  petition_reply: { zh: '答复书', article: 'art9' },
} as const;
export type DocumentKind = keyof typeof DOCUMENT_KINDS;
