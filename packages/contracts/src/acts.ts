import { z } from 'zod';
import { dateOut, isoDate, label, page, paging, problem, uuid, zhEn } from './common.ts';
import { certificateNumber } from './officers.ts';

export const actKind = z.enum([
  'penalty',
  'licensing',
  'inspection',
  'coercion',
  'levy',
  'benefit',
  'confirmation',
  'other',
]);

/** one enforcement act as an agency reports it (第八条（三）); docs/acts-format.md documents it */
export const actInput = z.object({
  caseNumber: label(60),
  kind: actKind,
  area: label(30),
  decisionDate: isoDate,
  /** the officers who acted, by certificate number */
  officers: z.array(certificateNumber).min(1, { error: '至少一名执法人员¦at least one officer' }).max(20),
  parties: z
    .array(z.object({ name: label(100), kind: z.enum(['person', 'organisation']) }))
    .min(1, { error: '至少一个当事人¦at least one party' })
    .max(50),
  facts: label(4000),
  legalBasis: z.array(label(200)).max(20),
  sealPresent: z.boolean(),
  discretionLevel: label(30).nullable().default(null),
  deadlines: z
    .array(z.object({ label: label(60), due: isoDate, metOn: isoDate.nullable().default(null) }))
    .max(10)
    .default([]),
  fullRecord: z.boolean(),
  outcome: z.string().trim().max(500).nullable().default(null),
});

/** a batch: rows are validated one by one, so each gets its own answer */
export const actBatch = z.object({
  agencyId: uuid,
  /** true: all rows or none; false: the valid rows are stored and the others reported */
  atomic: z.boolean().default(true),
  acts: z
    .array(z.unknown())
    .min(1, { error: '至少一条¦at least one act' })
    .max(5000, { error: '每批最多5000条¦at most 5000 a batch' }),
});

export const warningQuery = z.object({
  state: z.enum(['open', 'dismissed', 'case', 'cleared']).optional(),
  rule: z.string().max(40).optional(),
  agencyId: uuid.optional(),
  ...paging,
});

/** the warning rules (第十五条 to 第十七条) by name */
export const WARNING_RULE_LABELS: Record<string, { zh: string; en: string }> = {
  officer_certificate: { zh: '未持有效执法证件', en: 'No valid certificate' },
  two_officers: { zh: '执法人员少于两人', en: 'Fewer than two officers' },
  agency_qualified: { zh: '主体资格或职权范围', en: 'Qualification or scope' },
  legal_basis: { zh: '未引用法定依据', en: 'No legal basis' },
  seal: { zh: '未加盖有效印章', en: 'No seal' },
  deadline_overrun: { zh: '超过法定期限', en: 'Deadline overrun' },
  full_record: { zh: '未全过程记录', en: 'No full record' },
  discretion_benchmark: { zh: '未适用裁量基准', en: 'No discretion benchmark' },
};

export const WARNING_STATE_LABELS = {
  open: { zh: '待处理', en: 'Open' },
  dismissed: { zh: '已排除', en: 'Dismissed' },
  case: { zh: '已立案', en: 'Case opened' },
  cleared: { zh: '已消除', en: 'Cleared' },
} as const;

/** the warning list's filters, for its export (the whole list, not a page) */
export const warningExportQuery = warningQuery.omit({ limit: true, offset: true });

/** the list of reported acts, by agency */
export const actQuery = z.object({ agencyId: uuid.optional(), ...paging });
export const actExportQuery = actQuery.omit({ limit: true, offset: true });

export const dismissWarning = z.object({ reason: label(500) });

export const ACT_KIND_LABELS = {
  penalty: { zh: '行政处罚', en: 'Penalty' },
  licensing: { zh: '行政许可', en: 'Licensing' },
  inspection: { zh: '行政检查', en: 'Inspection' },
  coercion: { zh: '行政强制', en: 'Coercion' },
  levy: { zh: '行政征收', en: 'Levy' },
  benefit: { zh: '行政给付', en: 'Benefit' },
  confirmation: { zh: '行政确认', en: 'Confirmation' },
  other: { zh: '其他', en: 'Other' },
} as const;

/** one row of a reported batch: stored, unchanged, rejected (with why), or held back */
export const actRowResult = z.object({
  row: z.number().int(),
  caseNumber: z.string().nullable(),
  status: z.enum(['stored', 'unchanged', 'rejected', 'held']),
  errors: z.array(z.object({ field: z.string(), reason: z.string(), reason_en: z.string() })).optional(),
  warnings: z.number().int().optional(),
  /** the sheet's line the row came from */
  line: z.number().int(),
});
/** an all-or-nothing sheet refused: a problem, with every row's result beside it */
export const actsUploadRefused = problem.extend({
  refused: z.literal(true),
  stored: z.literal(0),
  rejected: z.number().int(),
  rows: z.array(actRowResult),
});
/** a sheet taken: how many rows were stored, unchanged, rejected and warned about, and each row */
export const actsUploaded = z.object({
  refused: z.literal(false),
  stored: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.number().int(),
  warnings: z.number().int(),
  rows: z.array(actRowResult),
});

/** a reported act in the list, with how many of its warnings are open */
export const actListItem = z.object({
  id: uuid,
  caseNumber: z.string(),
  kind: z.string(),
  area: z.string(),
  decisionDate: dateOut,
  agencyName: z.string(),
  openWarnings: z.number().int(),
});
export const actList = page(actListItem);

/** a warning raised on a reported act (第十五条 to 第十七条), with the article it cites */
export const warningView = z.object({
  id: uuid,
  actId: uuid,
  caseNumber: z.string(),
  actKind: zhEn,
  decisionDate: dateOut,
  agencyId: uuid,
  agencyName: z.string(),
  rule: z.string(),
  article: z.string(),
  articleText: z.string(),
  officerName: z.string().nullable(),
  message: z.string(),
  messageEn: z.string(),
  state: z.string(),
  reason: z.string().nullable(),
  caseId: uuid.nullable(),
  raisedAt: z.string(),
});
export const warningList = page(warningView);

/** open warnings by agency and rule */
export const warningSummary = z.object({
  items: z.array(
    z.object({
      agencyId: uuid,
      agencyName: z.string(),
      rule: z.string(),
      article: z.string(),
      articleText: z.string(),
      count: z.number().int(),
    }),
  ),
});
export const warningDismissed = z.object({ id: uuid, state: z.literal('dismissed') });
/** the warning taken up: the supervision case opened from it */
export const warningCaseOpened = z.object({ id: uuid, state: z.literal('case'), caseId: uuid });

/** a batch taken: how many acts were stored, unchanged, rejected and warned about, and each row */
export const actsIngested = actsUploaded.omit({ refused: true, rows: true }).extend({
  rows: z.array(actRowResult.omit({ line: true })),
});

/** one act as exported for the provincial system (docs/acts-format.md): as reported, with its agency and hash */
export const actExported = z.object({
  caseNumber: z.string(),
  kind: actKind,
  area: z.string(),
  decisionDate: dateOut,
  agency: z.string(),
  regionCode: z.string(),
  parties: z.array(z.object({ name: z.string(), kind: z.enum(['person', 'organisation']) })),
  facts: z.string(),
  legalBasis: z.array(z.string()),
  sealPresent: z.boolean(),
  discretionLevel: z.string().nullable(),
  deadlines: z.array(z.object({ label: z.string(), due: dateOut, metOn: dateOut.nullable() })),
  fullRecord: z.boolean(),
  outcome: z.string().nullable(),
  sha256: z.string(),
  reportedAt: z.string(),
  officers: z.array(certificateNumber),
});

/** the acts decided within a period, in the jiandu-acts/1 format */
export const actsExported = z.object({
  format: z.literal('jiandu-acts/1'),
  from: dateOut,
  to: dateOut,
  exportedAt: z.string(),
  count: z.number().int(),
  acts: z.array(actExported),
});

export type ActRowResult = z.infer<typeof actRowResult>;
export type ActsUploaded = z.infer<typeof actsUploaded>;
export type ActsIngested = z.infer<typeof actsIngested>;
export type ActList = z.infer<typeof actList>;
export type WarningView = z.infer<typeof warningView>;
export type WarningList = z.infer<typeof warningList>;
export type WarningSummary = z.infer<typeof warningSummary>;
export type WarningCaseOpened = z.infer<typeof warningCaseOpened>;
