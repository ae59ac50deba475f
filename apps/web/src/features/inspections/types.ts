// The shapes the inspections and campaigns API answers with: the contracts the API states them in.
import type { SpecialCampaign, SpecialCampaignDetail, VisitSummary, VisitView } from '@jiandu/contracts';

export type { CampaignReport, VisitSummary } from '@jiandu/contracts';
export type Visit = VisitView;
/** a campaign as listed */
export type Campaign = SpecialCampaign;
/** a campaign's page: the visits made under it besides */
export type CampaignDetail = SpecialCampaignDetail;

export const VISIT_STATE_COLORS: Record<VisitSummary['state'], string> = {
  planned: 'default',
  under_way: 'processing',
  findings_recorded: 'warning',
  follow_up: 'orange',
  closed: 'success',
};
