import { z } from 'zod';
import { isoDate, label, paging, problem, uuid } from './common.ts';
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
