// Visits and campaigns as the API shows them: names beside ids, overdue follow-ups computed
// from today (never stored), and the actions this user may take now.
import { CAMPAIGN_STATE_LABELS, VISIT_STATE_LABELS } from '@jiandu/contracts';
import { allowedCampaignActions, allowedVisitActions } from '@jiandu/procedure';
import type { Actor } from '../../access/actor.ts';
import { campaignFacts } from './campaigns.ts';
import type { PhotoMeta } from './photos.ts';
import { type CampaignRow, type VisitRow, visitFacts } from './queries.ts';

const runs = (actor: Actor, organId: string, roles: string[]) =>
  actor.organisationId === organId && roles.includes(actor.role);

export function presentVisitSummary(v: VisitRow) {
  return {
    id: v.id,
    subject: v.subject,
    organId: v.organ_id,
    organName: v.organ_name,
    agencyId: v.agency_id,
    agencyName: v.agency_name,
    regionCode: v.region_code,
    campaignId: v.campaign_id,
    campaignTheme: v.campaign_theme,
    plannedOn: v.planned_on,
    unannounced: v.unannounced,
    startedOn: v.started_on,
    closedOn: v.closed_on,
    state: v.state,
    stateLabel: VISIT_STATE_LABELS[v.state],
    problems: v.findings.filter((f) => f.problem).length,
    version: v.version,
  };
}

export function presentVisit(
  v: VisitRow,
  names: Map<string, string>,
  photos: PhotoMeta[],
  today: string,
  actor: Actor,
) {
  const facts = visitFacts(v);
  return {
    ...presentVisitSummary(v),
    supervisors: v.supervisor_ids.map((id) => ({ id, name: names.get(id) ?? '' })),
    checklist: v.checklist,
    findings: v.findings,
    followUps: v.follow_ups.map((u) => ({ ...u, overdue: !u.doneOn && u.due < today })),
    conclusion: v.conclusion,
    photos,
    actions: runs(actor, v.organ_id, ['supervisor']) ? allowedVisitActions(facts) : [],
  };
}

export function presentCampaign(c: CampaignRow, names: Map<string, string>, actor: Actor) {
  return {
    id: c.id,
    organId: c.organ_id,
    organName: c.organ_name,
    regionCode: c.region_code,
    theme: c.theme,
    scope: c.scope,
    periodFrom: c.period_from,
    periodTo: c.period_to,
    state: c.state,
    stateLabel: CAMPAIGN_STATE_LABELS[c.state],
    summary: c.summary,
    reportDocumentId: c.report_document_id,
    agencies: c.agency_ids.map((id) => ({ id, name: names.get(id) ?? '' })),
    version: c.version,
    actions: runs(actor, c.organ_id, ['supervisor', 'organ_head'])
      ? [
          ...allowedCampaignActions(campaignFacts(c)),
          // the report as an official document, once, after the summary (第七条（七）)
          ...(c.state === 'summarised' && !c.report_document_id ? ['issue_report'] : []),
        ]
      : [],
  };
}
