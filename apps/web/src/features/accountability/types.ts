// A matter as the API states it (the contracts), and the labels the pages add to it.
import type { MatterView } from '@jiandu/contracts';

export type { MatterSummary, MatterView } from '@jiandu/contracts';
export type Rung = MatterView['ladder'][number];
export type MeasureView = MatterView['measures'][number];

export interface Bilingual {
  zh: string;
  en: string;
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
