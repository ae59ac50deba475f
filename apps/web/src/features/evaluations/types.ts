// The shapes the evaluation pages read from the API.
export interface RubricItem {
  code: string;
  text: string;
  points: number;
  article?: string;
  articleText: string | null;
  rule?: string;
}
export interface Rubric {
  passMark: number;
  chapters: { code: string; name: string; points: number; items: RubricItem[] }[];
}
export interface Campaign {
  id: string;
  organName: string;
  title: string;
  periodFrom: string;
  periodTo: string;
  filesPerAgency: number;
  reviewersPerFile: number;
  state: 'draft' | 'scoring' | 'published';
  stateLabel: { zh: string; en: string };
  seed: string | null;
  drawAlgorithm: string | null;
  drawnAt: string | null;
  resultsDocumentId: string | null;
  resultsNumber: string | null;
  version: number;
}
export interface Sheet {
  reviewerId: string;
  reviewerName: string;
  deductions: Record<string, number> | null;
  notes: string | null;
  submittedAt: string | null;
}
export interface FileResult {
  id: string;
  drawOrder: number;
  agencyName: string;
  caseNumber: string;
  kindLabel: { zh: string; en: string };
  decisionDate: string;
  prescore: { deductions: Record<string, number>; reasons: Record<string, string> };
  state: 'awaiting' | 'disputed' | 'final';
  score: number | null;
  deductions: Record<string, number> | null;
  scores: number[] | null;
  grade: 'excellent' | 'good' | 'pass' | 'fail' | null;
  gradeLabel: { zh: string; en: string } | null;
  settledReason: string | null;
  caseId: string | null;
  submitted: number;
  sheets: Sheet[];
}
export interface Summary {
  files: number;
  final: number;
  failing: number;
  reconcileGap: number;
  agencies: {
    agencyId: string;
    name: string;
    files: number;
    average: number;
    failing: number;
    rank: number;
  }[];
  problems: { code: string; text: string; chapter: string; files: number; articleText: string | null }[];
}
export interface CampaignDetail extends Campaign {
  rubric: Rubric;
  agencies: { id: string; name: string }[];
  reviewers: { id: string; display_name: string; organisation_name: string }[];
  files: FileResult[];
  summary: Summary | null;
  may: { draw: boolean; publish: boolean; settle: boolean; toCase: boolean };
}
export interface Act {
  agencyName: string;
  caseNumber: string;
  kindLabel: { zh: string; en: string };
  decisionDate: string;
  facts: string;
  legalBasis: string[];
  sealPresent: boolean;
  discretionLevel: string | null;
  fullRecord: boolean;
  outcome: string | null;
  officers: string[];
}
export interface FileDetail {
  campaign: Campaign;
  rubric: Rubric;
  act: Act;
  file: FileResult;
  mine: { queue: string[] } | null;
  may: { settle: boolean };
}
