// The shapes the inspections and campaigns API answers with, as the pages read them.
import type { CAMPAIGN_STATE_LABELS, CHECKLIST_RESULT_LABELS, VISIT_STATE_LABELS } from '@jiandu/contracts';

export type Label = { zh: string; en: string };

export interface VisitSummary {
  id: string;
  subject: string;
  organName: string;
  agencyId: string;
  agencyName: string;
  campaignId: string | null;
  campaignTheme: string | null;
  plannedOn: string | null;
  unannounced: boolean;
  startedOn: string | null;
  closedOn: string | null;
  state: keyof typeof VISIT_STATE_LABELS;
  stateLabel: Label;
  problems: number;
  version: number;
}

export interface Visit extends VisitSummary {
  supervisors: { id: string; name: string }[];
  checklist: {
    id: string;
    item: string;
    result: keyof typeof CHECKLIST_RESULT_LABELS;
    note: string | null;
  }[];
  findings: { id: string; text: string; problem: boolean; caseId: string | null }[];
  followUps: {
    id: string;
    findingId: string | null;
    task: string;
    due: string;
    doneOn: string | null;
    doneNote: string | null;
    overdue: boolean;
  }[];
  conclusion: string | null;
  photos: { id: string; fileName: string; size: number; uploadedAt: string }[];
  actions: string[];
}

export interface Campaign {
  id: string;
  organName: string;
  theme: string;
  scope: string;
  periodFrom: string;
  periodTo: string;
  state: keyof typeof CAMPAIGN_STATE_LABELS;
  stateLabel: Label;
  summary: string | null;
  reportDocumentId: string | null;
  agencies: { id: string; name: string }[];
  version: number;
  actions: string[];
  visits?: VisitSummary[];
}

export interface CampaignReport {
  totals: Record<
    'agencies' | 'visits' | 'visitsClosed' | 'findings' | 'problems' | 'casesOpened' | 'followUpsOpen',
    number
  >;
  byAgency: {
    agencyId: string;
    agencyName: string;
    visits: number;
    visitsClosed: number;
    findings: number;
    problems: number;
    casesOpened: number;
    followUpsOpen: number;
  }[];
  problems: {
    inspectionId: string;
    agencyName: string;
    findingId: string;
    text: string;
    caseId: string | null;
  }[];
  cases: { id: string; title: string; state: string; source: string }[];
}

export const VISIT_STATE_COLORS: Record<VisitSummary['state'], string> = {
  planned: 'default',
  under_way: 'processing',
  findings_recorded: 'warning',
  follow_up: 'orange',
  closed: 'success',
};
