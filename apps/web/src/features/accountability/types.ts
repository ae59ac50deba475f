// A matter as the API presents it (domains/accountability/presenter.ts).
export interface Bilingual {
  zh: string;
  en: string;
}

export interface MatterSummary {
  id: string;
  subjectKind: 'agency' | 'officer' | 'supervisor';
  subjectLabel: Bilingual;
  subjectName: string;
  subjectOrganisation: string;
  organName: string;
  article: string;
  grounds: string[];
  groundCitations: string[];
  facts: string;
  state: 'proposed' | 'open' | 'closed' | 'dismissed';
  stateLabel: Bilingual;
  origin: 'manual' | 'automatic';
  version: number;
  createdBy: string;
  updatedAt: string;
}

export interface Rung {
  code: string;
  zh: string;
  en: string;
  level: number;
  trigger: 'ground_found' | 'not_corrected_by_deadline' | 'serious' | 'crime';
  article: string;
  citation: string;
  taken: boolean;
  allowed: boolean;
  refusal: { article: string; citation: string; zh: string; en: string } | null;
}

export interface MeasureView {
  id: string;
  kind: string;
  status: 'drafted' | 'approved' | 'returned';
  article: string;
  citation: string;
  deadline: string | null;
  reasons: string | null;
  documentRef: string | null;
  draftedBy: string;
  decidedBy: string | null;
  effectiveOn: string | null;
  returnReason: string | null;
  actions: { approve: boolean; return: boolean };
}

export interface MatterView extends MatterSummary {
  articleText: string;
  groundsDetail: { id: string; citation: string; text: string }[];
  correctionReportedOn: string | null;
  decisionReason: string | null;
  ladder: Rung[];
  measures: MeasureView[];
  sources: { kind: 'case' | 'warning' | 'evaluation' | 'inspection'; id: string; note: string | null }[];
  actions: { confirm: boolean; dismiss: boolean; close: boolean; recordCorrection: boolean; draft: boolean };
}

export const TRIGGER: Record<Rung['trigger'], Bilingual> = {
  ground_found: { zh: '有所列情形的', en: 'On a ground' },
  not_corrected_by_deadline: { zh: '逾期不改正的', en: 'Not corrected by the deadline' },
  serious: { zh: '情节严重的', en: 'Where serious' },
  crime: { zh: '构成犯罪的', en: 'Where a crime is suspected' },
};

export const SOURCE_LABELS: Record<MatterView['sources'][number]['kind'], Bilingual> = {
  case: { zh: '监督案件', en: 'Case' },
  warning: { zh: '预警', en: 'Warning' },
  evaluation: { zh: '案卷评查', en: 'Evaluation' },
  inspection: { zh: '现场监督', en: 'Inspection' },
};
