import { z } from 'zod';
import { dateOut, isoDate, label, uuid, version, zhEn } from './common.ts';

export const petitionKind = z.enum(['application', 'complaint', 'report']);
export const PETITION_KIND_LABELS = {
  application: { zh: '申请', en: 'Application' },
  complaint: { zh: '投诉', en: 'Complaint' },
  report: { zh: '举报', en: 'Report' },
} as const;

const phone = z
  .string()
  .trim()
  .regex(/^[0-9+\-() ]{5,20}$/, { error: '请填写有效的电话号码¦must be a phone number' });

const petitionFields = {
  kind: petitionKind,
  anonymous: z.boolean().default(false),
  petitionerName: label(60).optional(),
  petitionerPhone: phone.optional(),
  petitionerAddress: z.string().trim().max(200).optional(),
  agencyId: uuid,
  occurredOn: isoDate.optional(),
  summary: label(4000),
};

/** A report may be anonymous; an application or complaint names who makes it. */
const withPetitionRules = <
  T extends z.ZodType<{ kind: string; anonymous: boolean; petitionerName?: string }>,
>(
  schema: T,
) =>
  schema
    .refine((p) => !p.anonymous || p.kind === 'report', {
      error: '只有举报可以匿名¦only a report may be anonymous',
      path: ['anonymous'],
    })
    .refine((p) => p.anonymous || !!p.petitionerName, {
      error: '请填写申请人、投诉人姓名或单位名称¦give the petitioner’s name',
      path: ['petitionerName'],
    });

/** 第九条: 公民、法人、其他组织的申请、投诉、举报, on the public page. */
export const publicPetition = withPetitionRules(z.object(petitionFields));

/** The same, received on paper, by phone, in person or from the 12345 hotline, entered by staff. */
export const staffPetition = withPetitionRules(
  z.object({
    ...petitionFields,
    channel: z.enum(['paper', 'phone', 'hotline_12345', 'visit']),
    duplicateOf: uuid.optional(),
  }),
);

export const trackingCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[0-9A-Z]{4}-?[0-9A-Z]{4}-?[0-9A-Z]{4}-?[0-9A-Z]{4}$/, {
    error: '查询码格式不正确¦not a tracking code',
  });

const provisionId = z
  .string()
  .regex(/^art\d{1,2}(\.\d{1,2}){0,2}$/, { error: '不是条款编号¦not an article id' });
const reason = z.string().trim().max(2000);
const ids = z.array(uuid).max(20);
/** an opinion fits the form's box: a few sentences, not a report */
export const OPINION_MAX = 500;
/** 送达方式: 直接, 留置, 邮寄, 电子, 委托 */
export const serviceMethod = z.enum(['direct', 'left', 'post', 'electronic', 'entrusted']);

/**
 * The enforcement act supervised (第九条（三）（四）), as the agency's own documents name it; the
 * procedure decides what must be filled in (a finding of the wrong law names both provisions).
 */
export const supervisedAct = z.object({
  name: label(60),
  number: z.string().trim().max(60).optional(),
  madeOn: isoDate,
  party: label(120),
  provisionApplied: z.string().trim().max(300).optional(),
  provisionCorrect: z.string().trim().max(300).optional(),
});

/** a person questioned or present at a measure (询问笔录): name, and role or unit */
export const measurePerson = z.object({ name: label(60), role: label(120) });

/** The steps of the procedure, as the API takes them (the procedure module decides). */
export const caseAction = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('draft_filing'),
    proposal: z.enum(['file', 'not_file', 'transfer']),
    reason,
    transferTo: z.string().trim().max(120).optional(),
    caseName: label(120),
  }),
  z.object({ type: z.literal('merge_duplicate'), duplicateOf: uuid }),
  // 审批意见: required; the procedure refuses a blank one citing 第九条（一）
  z.object({ type: z.literal('approve_filing'), opinion: z.string().trim().max(OPINION_MAX) }),
  z.object({ type: z.literal('return_filing'), reason }),
  z.object({
    type: z.literal('record_measure'),
    kind: z.enum([
      'hear_report',
      'consult_files',
      'inquiry',
      'site_investigation',
      'commissioned_appraisal',
      'hearing',
      'supervise_handling',
      'seize_certificate',
      'other_lawful',
    ]),
    supervisorIds: ids,
    summary: reason,
    // 第七条: the day it was taken (today when not given), where, and who was questioned or present;
    // the procedure requires the place and the persons for the kinds that have them
    on: isoDate.optional(),
    place: label(200).optional(),
    persons: z.array(measurePerson).max(30).optional(),
  }),
  z.object({ type: z.literal('request_assistance'), unit: z.string().trim().max(120), matter: reason }),
  z.object({ type: z.literal('record_assistance_answer') }),
  z.object({ type: z.literal('conclude_lawful'), finding: reason }),
  z.object({
    type: z.literal('issue_notice'),
    findings: z.array(provisionId).max(20),
    deadline: isoDate,
    act: supervisedAct,
    found: reason,
  }),
  // 行政执法监督条例第四十二条第二款: the problems found, told to the higher competent department
  z.object({
    type: z.literal('inform_higher_department'),
    act: supervisedAct,
    found: reason,
    problems: z.array(z.string().trim().max(500)).min(1).max(20),
  }),
  z.object({ type: z.literal('report_handling'), receivedOn: isoDate, written: z.boolean() }),
  z.object({ type: z.literal('accept_handling') }),
  z.object({ type: z.literal('reject_handling'), reason }),
  z.object({ type: z.literal('escalate_unhandled') }),
  z.object({
    type: z.literal('draft_decision'),
    kind: z.enum(['order_performance', 'order_correction', 'revoke', 'confirm_illegal', 'confirm_void']),
    grounds: z.array(provisionId).max(20),
    deadline: isoDate.optional(),
    statement: reason.optional(),
    act: supervisedAct.optional(),
    remedy: z.enum(['supplement', 'correct']).optional(),
  }),
  z.object({ type: z.literal('approve_decision') }),
  z.object({ type: z.literal('seal_decision') }),
  z.object({
    type: z.literal('serve_decision'),
    servedOn: isoDate,
    receivedOn: isoDate,
    method: serviceMethod.optional(),
    place: z.string().trim().max(120).optional(),
    signedReturn: z.boolean().optional(),
  }),
  z.object({ type: z.literal('apply_review'), appliedOn: isoDate }),
  z.object({
    type: z.literal('decide_review'),
    outcome: z.enum(['upheld', 'changed', 'revoked']),
    kind: z
      .enum(['order_performance', 'order_correction', 'revoke', 'confirm_illegal', 'confirm_void'])
      .optional(),
    grounds: z.array(provisionId).max(20).optional(),
  }),
  z.object({ type: z.literal('escalate_unmet_order') }),
  z.object({ type: z.literal('report_execution'), reportedOn: isoDate }),
  z.object({ type: z.literal('close'), note: reason }),
  z.object({ type: z.literal('archive') }),
]);

export const caseActionRequest = z.object({ version, action: caseAction });

export const caseQuery = z.object({
  state: z.string().max(30).optional(),
  source: z
    .enum(['petition', 'evaluation', 'inspection', 'information', 'campaign', 'assigned', 'transferred_in'])
    .optional(),
  agencyId: uuid.optional(),
  regionCode: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
  q: z.string().trim().max(80).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  /** only cases still under way (not closed, archived, not filed or transferred) */
  open: z.enum(['true']).optional(),
  /** registered in this period (the dashboard's figures link here with their period) */
  registeredFrom: isoDate.optional(),
  registeredTo: isoDate.optional(),
  /** the kind of the case's decision (第九条（四）) */
  decisionKind: z
    .enum(['order_performance', 'order_correction', 'revoke', 'confirm_illegal', 'confirm_void'])
    .optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

/** A deadline of a case as the API shows it: computed when read, with how it was computed. */
export interface CaseDeadline {
  kind: 'notice' | 'order' | 'review';
  label: string;
  labelEn: string;
  due: string;
  article: string;
  basis: { zh: string; en: string } | null;
  provisional: boolean;
  open: boolean;
  overdue: boolean;
}

/** one search across cases, documents and petitions: a 案号, a 文号, a tracking code, an agency or a 案由 */
export const searchQuery = z.object({
  q: z.string().trim().min(1).max(80),
});

/** the case list's filters, for its export (the whole list, not a page) */
export const caseExportQuery = caseQuery.omit({ limit: true, offset: true });

/** the petitions among the cases, for their register: the case list's filters but the source */
export const petitionExportQuery = caseExportQuery.omit({ source: true });

/** an agency the public may complain about */
export const publicAgencies = z.object({
  items: z.array(z.object({ id: uuid, name: z.string(), regionName: z.string() })),
});
export type PublicAgencies = z.infer<typeof publicAgencies>;
/** the petition is registered: this code, given once, is how its status is asked for */
export const petitionFiled = z.object({ trackingCode: z.string() });
export type PetitionFiled = z.infer<typeof petitionFiled>;

/** a petition's progress in the public's words: nothing of jurisdictions or people */
export const publicPetitionStatus = z.object({
  kind: z.string(),
  receivedOn: dateOut,
  state: z.string(),
  stateLabel: zhEn,
  outcome: zhEn.nullable(),
  timeline: z.array(z.object({ key: z.string(), zh: z.string(), en: z.string(), on: dateOut })),
});
export type PublicPetitionStatus = z.infer<typeof publicPetitionStatus>;

/** a case in the list: its deadlines reduced to whether one is missed and the next one due */
export const caseListItem = z.object({
  id: uuid,
  caseNumber: z.string(),
  title: z.string(),
  state: z.string(),
  organName: z.string(),
  agencyName: z.string(),
  regionName: z.string(),
  registeredOn: dateOut,
  filedOn: dateOut.nullable(),
  updatedAt: z.string(),
  overdue: z.boolean(),
  nextDeadline: dateOut.nullable(),
});
export type CaseListItem = z.infer<typeof caseListItem>;
export const caseList = z.object({
  items: z.array(caseListItem),
  total: z.number().int(),
  /** the search matched more than it counted: show the total as "n+" */
  totalCapped: z.boolean(),
  limit: z.number().int(),
  offset: z.number().int(),
});
export type CaseList = z.infer<typeof caseList>;

/** the supervisors of the case's organ, who may take part in a measure */
export const caseSupervisors = z.object({
  items: z.array(z.object({ id: uuid, displayName: z.string() })),
});
export type CaseSupervisors = z.infer<typeof caseSupervisors>;

const decisionKind = z.enum([
  'order_performance',
  'order_correction',
  'revoke',
  'confirm_illegal',
  'confirm_void',
]);
const reviewOutcome = z.enum(['upheld', 'changed', 'revoked']);
const filingProposal = z.enum(['file', 'not_file', 'transfer']);
const filingOpinion = z.object({ by: z.string(), on: dateOut, opinion: z.string() });
/** the act supervised as recorded: the provisions and number may be absent or null */
const supervisedActOut = z.object({
  name: z.string(),
  number: z.string().nullish(),
  madeOn: dateOut,
  party: z.string(),
  provisionApplied: z.string().nullish(),
  provisionCorrect: z.string().nullish(),
});
export type SupervisedActView = z.infer<typeof supervisedActOut>;
const caseNotice = z.object({
  deadline: dateOut,
  reportReceivedOn: dateOut.nullable(),
  found: z.string().nullish(),
});
const caseReview = z.object({
  appliedOn: dateOut,
  external: z.boolean(),
  outcome: reviewOutcome.nullish(),
  decidedOn: dateOut.nullish(),
  afterExecution: z.string().nullish(),
});

/** what the procedure knows of a case, as the handling organs' staff read it */
export const caseFactsStaff = z.object({
  state: z.string(),
  organId: uuid,
  agencyId: uuid,
  reviewingOrganId: uuid.nullable(),
  filing: z
    .object({
      proposal: filingProposal,
      draftedBy: z.string(),
      transferTo: z.string().nullable(),
      reason: z.string(),
      caseName: z.string().optional(),
      approval: filingOpinion.nullish(),
    })
    .nullable(),
  filingReturned: filingOpinion
    .extend({
      draft: z
        .object({
          proposal: filingProposal,
          reason: z.string(),
          transferTo: z.string().nullable(),
          caseName: z.string(),
        })
        .nullish(),
    })
    .nullish(),
  measures: z
    .array(
      z.object({
        kind: z.string(),
        supervisorIds: z.array(z.string()).readonly(),
        on: dateOut,
        place: z.string().optional(),
        persons: z
          .array(z.object({ name: z.string(), role: z.string() }))
          .readonly()
          .optional(),
      }),
    )
    .readonly(),
  openAssistance: z.number().int(),
  findings: z.array(z.string()).readonly(),
  notice: caseNotice.nullable(),
  act: supervisedActOut.nullish(),
  decision: z
    .object({
      kind: decisionKind,
      grounds: z.array(z.string()).readonly(),
      statement: z.string().nullish(),
      remedy: z.enum(['supplement', 'correct']).nullish(),
      deadline: dateOut.nullable(),
      draftedBy: z.string(),
      approvedBy: z.string().nullable(),
      sealed: z.boolean(),
      servedOn: dateOut.nullable(),
      receivedOn: dateOut.nullable(),
      reviewDeadline: dateOut.nullable(),
      sealedOn: dateOut.nullish(),
    })
    .nullable(),
  unmetOrder: z.object({ kind: decisionKind, grounds: z.array(z.string()).readonly() }).nullable(),
  review: caseReview.nullable(),
  duplicateOf: z.string().nullish(),
  higherDepartmentLetter: z
    .object({
      department: z.string(),
      management: z.enum(['vertical', 'dual_led']),
      on: dateOut,
      found: z.string(),
      problems: z.array(z.string()).readonly(),
    })
    .nullish(),
});
export type CaseFactsStaff = z.infer<typeof caseFactsStaff>;

/**
 * the same as the agency supervised reads it (举报人保密, the organ's own work kept to itself):
 * no filing, measures or drafts; the decision once served, without who drafted or approved it
 */
export const caseFactsAgency = z.object({
  state: z.string(),
  organId: uuid,
  agencyId: uuid,
  reviewingOrganId: uuid.nullable(),
  findings: z.array(z.string()).readonly(),
  notice: caseNotice.nullable(),
  act: supervisedActOut.nullable(),
  decision: z
    .object({
      kind: decisionKind,
      grounds: z.array(z.string()).readonly(),
      statement: z.string().nullable(),
      deadline: dateOut.nullable(),
      sealed: z.boolean(),
      servedOn: dateOut.nullable(),
      receivedOn: dateOut.nullable(),
      reviewDeadline: dateOut.nullable(),
    })
    .nullable(),
  review: caseReview.nullable(),
});
export type CaseFactsAgency = z.infer<typeof caseFactsAgency>;

const caseDeadlineOut = z.object({
  kind: z.enum(['notice', 'order', 'review']),
  label: z.string(),
  labelEn: z.string(),
  due: dateOut,
  article: z.string(),
  basis: zhEn.nullable(),
  provisional: z.boolean(),
  open: z.boolean(),
  overdue: z.boolean(),
});

/** the law a case is governed by, from its registration date */
const caseLawOut = z.object({
  date: dateOut,
  text: z
    .object({
      id: z.string(),
      title: z.string(),
      titleEn: z.string(),
      documentNumber: z.string(),
      rank: z.object({ code: z.string(), zh: z.string(), en: z.string(), order: z.number() }),
      complete: z.boolean(),
    })
    .nullable(),
  cites: z.array(
    z.object({
      id: z.string(),
      role: z.string(),
      roleEn: z.string(),
      citation: z.object({ zh: z.string(), short: z.string(), en: z.string() }),
      text: z.string(),
      partial: z.boolean(),
    }),
  ),
  procedure: z.object({ id: z.string(), title: z.string(), titleEn: z.string() }),
  procedureNotLoaded: z.object({ from: z.number().int(), to: z.number().int() }).nullable(),
  note: zhEn.nullable(),
  /** how the case's documents cite the law, where the governing text is not the procedure's */
  documents: zhEn.nullable(),
});
export type CaseLawView = z.infer<typeof caseLawOut>;

const timelineStep = z.object({
  n: z.number().int(),
  action: z.string(),
  label: zhEn,
  from: z.string().nullable(),
  to: z.string(),
  article: z.string(),
  articleText: z.string(),
  actorName: z.string(),
  onDay: dateOut,
  at: z.string(),
  documents: z.array(z.object({ kind: z.string(), name: z.string(), nameEn: z.string().optional() })),
  /** 第七条: a measure as taken — the day, the place, who was questioned or present */
  measure: z
    .object({
      kind: z.string().nullable(),
      on: dateOut,
      place: z.string().nullable(),
      persons: z.array(z.object({ name: z.string(), role: z.string() })),
    })
    .optional(),
});

const caseShared = {
  id: uuid,
  caseNumber: z.string(),
  title: z.string(),
  source: z.string(),
  state: z.string(),
  stateLabel: z.object({ zh: z.string(), en: z.string(), article: z.string() }),
  organ: z.object({ id: uuid, name: z.string() }),
  agency: z.object({ id: uuid, name: z.string() }),
  region: z.object({ code: z.string(), name: z.string() }),
  reviewingOrganId: uuid.nullable(),
  pack: z.object({
    id: z.string(),
    title: z.string(),
    documentNumber: z.string(),
    effectiveFrom: dateOut,
    effectiveUntil: dateOut.nullable(),
    inForce: z.boolean(),
    lapsedOn: dateOut.nullable(),
    /** 第十九条: the basis this case relies on today */
    basis: z
      .object({ id: z.string(), reference: z.string(), validFrom: dateOut, validUntil: dateOut.nullable() })
      .nullable(),
    /** why no step can be taken on the case, if so */
    blocked: z.object({ article: z.string(), reason: z.string(), reasonEn: z.string() }).nullable(),
  }),
  law: caseLawOut,
  registeredOn: dateOut,
  filedOn: dateOut.nullable(),
  version: z.number().int(),
  deadlines: z.array(caseDeadlineOut),
  timeline: z.array(timelineStep),
  allowedActions: z.array(z.object({ type: z.string(), label: zhEn })),
  /** who the case waits for, by step: exactly the people the server would let act */
  waiting: z.array(z.object({ actions: z.array(z.string()), zh: z.string(), en: z.string() })),
};

/** a case as the handling and reviewing organs' staff read it, with its petition (masked as the reader may see it) */
export const caseStaffView = z.object({
  ...caseShared,
  facts: caseFactsStaff,
  petition: z
    .object({
      kind: z.string(),
      channel: z.string(),
      anonymous: z.boolean(),
      identity: z.enum(['full', 'masked', 'hidden']),
      petitionerName: z.string().nullable(),
      petitionerPhone: z.string().nullable(),
      occurredOn: dateOut.nullable(),
      summary: z.string(),
      receivedAt: z.string(),
    })
    .nullable(),
});

/** a case as the agency supervised reads it: never the petition */
export const caseAgencyView = z.object({
  ...caseShared,
  facts: caseFactsAgency,
  petition: z.null(),
});

/** a case's page: the staff's view or the agency's */
export const caseView = z.union([caseStaffView, caseAgencyView]);
export type CaseViewAnswer = z.infer<typeof caseView>;

/** a petition registered by staff: its tracking code (given once), and the case opened for it */
export const petitionRegistered = z.object({
  trackingCode: z.string(),
  petitionId: uuid,
  caseId: uuid,
  case: caseView,
});
export type PetitionRegistered = z.infer<typeof petitionRegistered>;

/** what one search found in the reader's scope: cases, documents by 文号, and a petition by its tracking code */
export const searchAnswer = z.object({
  q: z.string(),
  cases: z.array(
    z.object({
      id: uuid,
      caseNumber: z.string(),
      title: z.string(),
      state: z.string(),
      agencyName: z.string(),
    }),
  ),
  documents: z.array(
    z.object({
      id: uuid,
      caseId: uuid.nullable(),
      number: z.string(),
      title: z.string(),
      titleEn: z.string(),
      kind: z.string(),
      issuedOn: dateOut,
    }),
  ),
  petition: z
    .object({
      caseId: uuid,
      caseNumber: z.string(),
      title: z.string(),
      kind: z.string(),
      receivedAt: z.string(),
    })
    .nullable(),
});
export type SearchAnswer = z.infer<typeof searchAnswer>;
