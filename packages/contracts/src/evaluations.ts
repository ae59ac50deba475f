import { z } from 'zod';
import { dateOut, isoDate, label, uuid, version } from './common.ts';

const points = z.number().min(0).max(100);

export const rubricSchema = z.object({
  passMark: z.number().min(1).max(100),
  chapters: z
    .array(
      z.object({
        code: z
          .string()
          .regex(/^[A-Z]{1,3}$/, { error: '章编号为1至3个大写字母¦chapter code: 1–3 capital letters' }),
        name: label(30),
        points,
        items: z
          .array(
            z.object({
              code: z.string().regex(/^[A-Z]{1,3}\d{1,2}$/, { error: '项目编号如 P1¦item code like P1' }),
              text: label(200),
              points,
              article: z.string().max(30).optional(),
              rule: z.string().max(40).optional(),
            }),
          )
          .min(1)
          .max(30),
      }),
    )
    .min(1)
    .max(20),
});

/** 案卷评查: a campaign as the lead sets it up (第八条（一）) */
export const evaluationCreate = z.object({
  title: label(100),
  periodFrom: isoDate,
  periodTo: isoDate,
  agencyIds: z.array(uuid).min(1, { error: '至少一个被评查机关¦at least one agency' }).max(200),
  filesPerAgency: z.number().int().min(1).max(100),
  reviewersPerFile: z.union([z.literal(1), z.literal(2)]).default(2),
  reviewerIds: z.array(uuid).min(1, { error: '至少一名评查人员¦at least one reviewer' }).max(100),
  /** omitted: the default rubric */
  rubric: rubricSchema.optional(),
});

export const evaluationDraw = z.object({
  version,
  /** omitted: a random seed is made and recorded */
  seed: z
    .string()
    .regex(/^[A-Za-z0-9-]{8,64}$/, {
      error: '种子为8至64位字母、数字或连字符¦seed: 8–64 letters, digits or hyphens',
    })
    .optional(),
});

const deductions = z.record(z.string().max(5), z.number().min(0).max(100));

export const sheetSubmit = z.object({
  deductions,
  notes: z.string().trim().max(2000).optional(),
});

export const fileSettle = z.object({
  deductions,
  reason: label(500),
});

export const evaluationPublish = z.object({ version });

export const EVALUATION_STATE_LABELS = {
  draft: { zh: '筹备中', en: 'Preparing' },
  scoring: { zh: '评查中', en: 'Scoring' },
  published: { zh: '已通报', en: 'Published' },
} as const;

/** an evaluation campaign: its period, draw and state */
export const campaignView = z.object({
  id: uuid,
  organId: uuid,
  organName: z.string(),
  title: z.string(),
  periodFrom: dateOut,
  periodTo: dateOut,
  filesPerAgency: z.number().int(),
  reviewersPerFile: z.number().int(),
  state: z.enum(['draft', 'scoring', 'published']),
  stateLabel: z.object({ zh: z.string(), en: z.string() }),
  /** the seed of the draw, recorded so that anyone can redo it */
  seed: z.string().nullable(),
  drawAlgorithm: z.string().nullable(),
  drawnAt: z.string().nullable(),
  resultsDocumentId: uuid.nullable(),
  resultsNumber: z.string().nullable(),
  publishedAt: z.string().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
});

/** the campaigns, each with how many files and agencies it covers */
export const campaignList = z.object({
  items: z.array(campaignView.extend({ files: z.number().int(), agencies: z.number().int() })),
  total: z.number().int(),
});

/** the files the reader has to score, and those he scored */
export const mySheets = z.array(
  z.object({
    fileId: uuid,
    campaignId: uuid,
    campaignTitle: z.string(),
    campaignState: z.string(),
    agencyName: z.string(),
    caseNumber: z.string(),
    actKind: z.string(),
    submittedAt: z.string().nullable(),
  }),
);
