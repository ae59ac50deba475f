// On-site visits (第八条（二）) and special campaigns (第七条): what the API accepts, shared
// with the web forms.
import { z } from 'zod';
import { dateOut, isoDate, label, page, paging, storedFile, uuid, version, zhEn } from './common.ts';

export const checklistResult = z.enum(['pending', 'compliant', 'problem', 'not_applicable']);

export const planInspection = z.object({
  agencyId: uuid,
  subject: label(200),
  /** 不打招呼: unannounced visits need no planned date */
  unannounced: z.boolean().default(false),
  plannedOn: isoDate.optional(),
  checklist: z.array(label(200)).max(50).default([]),
  campaignId: uuid.optional(),
});

export const inspectionAction = z.discriminatedUnion('type', [
  z.object({ type: z.literal('start'), supervisorIds: z.array(uuid).min(1).max(20) }),
  z.object({
    type: z.literal('record_checklist'),
    items: z
      .array(z.object({ id: z.string().min(1).max(40), result: checklistResult, note: label(500).nullish() }))
      .min(1)
      .max(50),
  }),
  z.object({
    type: z.literal('record_findings'),
    findings: z
      .array(z.object({ text: label(1000), problem: z.boolean() }))
      .min(1)
      .max(50),
  }),
  z.object({
    type: z.literal('add_follow_up'),
    task: label(500),
    due: isoDate,
    findingId: z.string().min(1).max(40).nullish(),
  }),
  z.object({
    type: z.literal('complete_follow_up'),
    followUpId: z.string().min(1).max(40),
    note: label(500),
  }),
  z.object({ type: z.literal('close'), conclusion: label(2000) }),
]);

export const inspectionActionBody = z.object({ version, action: inspectionAction });
export const openCaseFromFinding = z.object({ version });

export const inspectionQuery = z.object({
  state: z.enum(['planned', 'under_way', 'findings_recorded', 'follow_up', 'closed']).optional(),
  campaignId: uuid.optional(),
  ...paging,
});

export const createCampaign = z.object({
  theme: label(100),
  scope: label(2000),
  periodFrom: isoDate,
  periodTo: isoDate,
  agencyIds: z.array(uuid).max(200).default([]),
});

export const campaignAction = z.discriminatedUnion('type', [
  z.object({ type: z.literal('add_agencies'), agencyIds: z.array(uuid).min(1).max(200) }),
  z.object({ type: z.literal('start') }),
  z.object({ type: z.literal('attach_visit'), inspectionId: uuid }),
  z.object({ type: z.literal('summarise'), summary: label(5000) }),
]);
export const campaignActionBody = z.object({ version, action: campaignAction });

export const campaignQuery = z.object({
  state: z.enum(['draft', 'running', 'summarised']).optional(),
  ...paging,
});

export const VISIT_STATE_LABELS = {
  planned: { zh: '已计划', en: 'Planned' },
  under_way: { zh: '检查中', en: 'Under way' },
  findings_recorded: { zh: '已记录发现', en: 'Findings recorded' },
  follow_up: { zh: '督促整改', en: 'Follow-up' },
  closed: { zh: '已结束', en: 'Closed' },
} as const;

export const CHECKLIST_RESULT_LABELS = {
  pending: { zh: '未检查', en: 'Not checked' },
  compliant: { zh: '符合', en: 'Compliant' },
  problem: { zh: '存在问题', en: 'Problem' },
  not_applicable: { zh: '不适用', en: 'Not applicable' },
} as const;

export const CAMPAIGN_STATE_LABELS = {
  draft: { zh: '草拟', en: 'Draft' },
  running: { zh: '开展中', en: 'Running' },
  summarised: { zh: '已总结', en: 'Summarised' },
} as const;

/** a visit in the list: where it stands and how many problems it found */
export const visitSummary = z.object({
  id: uuid,
  subject: z.string(),
  organId: uuid,
  organName: z.string(),
  agencyId: uuid,
  agencyName: z.string(),
  regionCode: z.string(),
  campaignId: uuid.nullable(),
  campaignTheme: z.string().nullable(),
  plannedOn: dateOut.nullable(),
  unannounced: z.boolean(),
  startedOn: dateOut.nullable(),
  closedOn: dateOut.nullable(),
  state: z.enum(['planned', 'under_way', 'findings_recorded', 'follow_up', 'closed']),
  stateLabel: zhEn,
  problems: z.number().int(),
  version: z.number().int(),
});
export const visitList = page(visitSummary);

/** a visit with its supervisors, checklist, findings, follow-ups, photos and the actions open to the reader */
export const visitView = visitSummary.extend({
  supervisors: z.array(z.object({ id: uuid, name: z.string() })),
  checklist: z.array(
    z.object({ id: z.string(), item: z.string(), result: checklistResult, note: z.string().nullable() }),
  ),
  findings: z.array(
    z.object({ id: z.string(), text: z.string(), problem: z.boolean(), caseId: uuid.nullable() }),
  ),
  followUps: z.array(
    z.object({
      id: z.string(),
      findingId: z.string().nullable(),
      task: z.string(),
      due: dateOut,
      doneOn: dateOut.nullable(),
      doneNote: z.string().nullable(),
      overdue: z.boolean(),
    }),
  ),
  conclusion: z.string().nullable(),
  photos: z.array(storedFile),
  actions: z.array(z.string()),
});

/** the case opened from a finding, and the visit as it now stands */
export const findingCaseOpened = z.object({
  caseId: uuid,
  source: z.enum(['inspection', 'campaign']),
  inspection: visitView,
});

/** the organ's supervisors holding a supervision credential valid today (第七条第二款) */
export const credentialedSupervisors = z.object({
  items: z.array(z.object({ id: uuid, name: z.string(), certificate: z.string() })),
});

const campaignState = z.enum(['draft', 'running', 'summarised']);

/** a special campaign with its agencies and the actions open to the reader */
export const specialCampaign = z.object({
  id: uuid,
  organId: uuid,
  organName: z.string(),
  regionCode: z.string(),
  theme: z.string(),
  scope: z.string(),
  periodFrom: dateOut,
  periodTo: dateOut,
  state: campaignState,
  stateLabel: zhEn,
  summary: z.string().nullable(),
  reportDocumentId: uuid.nullable(),
  agencies: z.array(z.object({ id: uuid, name: z.string() })),
  version: z.number().int(),
  actions: z.array(z.string()),
});
export const specialCampaignList = page(specialCampaign);
/** a campaign with the visits made under it */
export const specialCampaignDetail = specialCampaign.extend({ visits: z.array(visitSummary) });

const reportCounts = {
  visits: z.number().int(),
  visitsClosed: z.number().int(),
  findings: z.number().int(),
  problems: z.number().int(),
  casesOpened: z.number().int(),
  followUpsOpen: z.number().int(),
};

/** 第七条（七）: the campaign's summary report, computed when read */
export const campaignReport = z.object({
  campaignId: uuid,
  theme: z.string(),
  scope: z.string(),
  periodFrom: dateOut,
  periodTo: dateOut,
  state: campaignState,
  summary: z.string().nullable(),
  totals: z.object({ agencies: z.number().int(), ...reportCounts }),
  byAgency: z.array(z.object({ agencyId: uuid, agencyName: z.string(), ...reportCounts })),
  problems: z.array(
    z.object({
      inspectionId: uuid,
      agencyName: z.string(),
      findingId: z.string(),
      text: z.string(),
      caseId: uuid.nullable(),
    }),
  ),
  cases: z.array(z.object({ id: uuid, title: z.string(), state: z.string(), source: z.string() })),
});

/** the report issued as an official document, with its number */
export const campaignReportIssued = z.object({ documentId: uuid, number: z.string() });

export type VisitSummary = z.infer<typeof visitSummary>;
export type VisitList = z.infer<typeof visitList>;
export type VisitView = z.infer<typeof visitView>;
export type FindingCaseOpened = z.infer<typeof findingCaseOpened>;
export type CredentialedSupervisors = z.infer<typeof credentialedSupervisors>;
export type SpecialCampaign = z.infer<typeof specialCampaign>;
export type SpecialCampaignList = z.infer<typeof specialCampaignList>;
export type SpecialCampaignDetail = z.infer<typeof specialCampaignDetail>;
export type CampaignReport = z.infer<typeof campaignReport>;
