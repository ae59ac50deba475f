// Accountability (责任追究, 第十六条 to 第十八条): the requests the API validates and the web forms
// use. Which measure may follow which is the procedure's business, not the schema's.
import { z } from 'zod';
import { dateOut, isoDate, label, page, paging, uuid, version, zhEn } from './common.ts';

export const ACCOUNTABILITY_SUBJECTS = ['agency', 'officer', 'supervisor'] as const;
export const accountabilitySubject = z.enum(ACCOUNTABILITY_SUBJECTS);

export const ACCOUNTABILITY_MEASURES = [
  'order_correction_deadline',
  'circulate_criticism',
  'sanction_responsible_persons',
  'criticism_education',
  'off_duty_training',
  'transfer_from_post',
  'seize_certificate',
  'order_correction',
  'sanction',
  'criminal_referral',
] as const;
export const accountabilityMeasure = z.enum(ACCOUNTABILITY_MEASURES);

export const MATTER_STATE_LABELS = {
  proposed: { zh: '待确认', en: 'Proposed' },
  open: { zh: '办理中', en: 'Open' },
  closed: { zh: '已办结', en: 'Closed' },
  dismissed: { zh: '不予追究', en: 'Dismissed' },
} as const;

export const SUBJECT_LABELS = {
  agency: { zh: '行政执法机关', en: 'Agency' },
  officer: { zh: '行政执法人员', en: 'Officer' },
  supervisor: { zh: '行政执法监督人员', en: 'Supervisor' },
} as const;

export const SOURCE_KINDS = ['case', 'warning', 'evaluation', 'inspection'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** an item id such as art16.1.10 */
const groundId = z.string().regex(/^art1[678]\.1\.\d{1,2}$/, {
  error: '须为第十六条至第十八条的项，如 art16.1.10¦must be an item of Art. 16–18, e.g. art16.1.10',
});

export const openMatter = z.object({
  subjectKind: accountabilitySubject,
  /** the agency, officer or supervisor (user) the matter is against, by subjectKind */
  subjectId: uuid,
  grounds: z.array(groundId).min(1, { error: '至少一项追责情形¦at least one ground' }).max(11),
  facts: label(4000),
  sources: z
    .array(z.object({ kind: z.enum(SOURCE_KINDS), id: uuid }))
    .max(50)
    .default([]),
});

export const matterQuery = z.object({
  state: z.enum(['proposed', 'open', 'closed', 'dismissed']).optional(),
  subjectKind: accountabilitySubject.optional(),
  q: z.string().trim().max(40).optional(),
  ...paging,
});

/** the matter list's filters, for its export (the whole list, not a page) */
export const matterExportQuery = matterQuery.omit({ limit: true, offset: true });

export const matterDecision = z.object({ version, reason: label(1000) });

export const draftMeasure = z.object({
  version,
  kind: accountabilityMeasure,
  /** 责令限期改正 only */
  deadline: isoDate.optional(),
  reasons: label(2000).optional(),
  documentRef: label(100).optional(),
});

export const approveMeasure = z.object({ version });
export const returnMeasure = z.object({ version, reason: label(1000) });
export const recordCorrection = z.object({ version, reportedOn: isoDate });

/** a matter in the list: who, on which grounds, where it stands */
export const matterSummary = z.object({
  id: uuid,
  subjectKind: z.enum(['agency', 'officer', 'supervisor']),
  subjectLabel: zhEn,
  subjectId: uuid.nullable(),
  subjectName: z.string(),
  subjectOrganisation: z.string(),
  organId: uuid,
  organName: z.string(),
  regionCode: z.string(),
  article: z.string(),
  grounds: z.array(z.string()),
  groundCitations: z.array(z.string()),
  facts: z.string(),
  state: z.enum(['proposed', 'open', 'closed', 'dismissed']),
  stateLabel: zhEn,
  origin: z.enum(['manual', 'automatic']),
  version: z.number().int(),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export const matterList = page(matterSummary);
export type MatterSummary = z.infer<typeof matterSummary>;
export type MatterList = z.infer<typeof matterList>;

/**
 * a matter as its reader sees it: the grounds with their text, the ladder with each next measure
 * allowed or refused (and by which article), the measures taken, what found it, and what the reader may do now
 */
export const matterView = matterSummary.extend({
  articleText: z.string(),
  groundsDetail: z.array(z.object({ id: z.string(), citation: z.string(), text: z.string() })),
  correctionReportedOn: dateOut.nullable(),
  decisionReason: z.string().nullable(),
  ladder: z.array(
    z.object({
      code: z.string(),
      zh: z.string(),
      en: z.string(),
      level: z.number().int(),
      trigger: z.enum(['ground_found', 'not_corrected_by_deadline', 'serious', 'crime']),
      article: z.string(),
      citation: z.string(),
      taken: z.boolean(),
      allowed: z.boolean(),
      refusal: z
        .object({ article: z.string(), zh: z.string(), en: z.string(), citation: z.string() })
        .nullable(),
    }),
  ),
  measures: z.array(
    z.object({
      id: uuid,
      kind: z.string(),
      status: z.enum(['drafted', 'approved', 'returned']),
      article: z.string(),
      citation: z.string(),
      deadline: dateOut.nullable(),
      reasons: z.string().nullable(),
      documentRef: z.string().nullable(),
      draftedBy: z.string(),
      draftedAt: z.string(),
      decidedBy: z.string().nullable(),
      effectiveOn: dateOut.nullable(),
      returnReason: z.string().nullable(),
      certificateId: uuid.nullable(),
      actions: z.object({ approve: z.boolean(), return: z.boolean() }),
    }),
  ),
  sources: z.array(z.object({ kind: z.enum(SOURCE_KINDS), id: uuid, note: z.string().nullable() })),
  actions: z.object({
    confirm: z.boolean(),
    dismiss: z.boolean(),
    close: z.boolean(),
    recordCorrection: z.boolean(),
    draft: z.boolean(),
  }),
});

/** a run of the automatic proposals: how many candidates it examined and the matters it proposed anew */
export const proposalsRun = z.object({
  examined: z.number().int(),
  proposed: z.array(z.object({ id: uuid, subjectKind: accountabilitySubject })),
});
export type MatterView = z.infer<typeof matterView>;
export type ProposalsRun = z.infer<typeof proposalsRun>;
