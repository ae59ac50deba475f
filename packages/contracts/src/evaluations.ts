import { z } from 'zod';
import { dateOut, isoDate, label, uuid, version, zhEn } from './common.ts';

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
  stateLabel: zhEn,
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

const deductionsOut = z.record(z.string(), z.number());

/** the rubric as read: each item with the text of the article it cites */
export const rubricView = z.object({
  passMark: z.number(),
  chapters: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      points: z.number(),
      items: z.array(
        z.object({
          code: z.string(),
          text: z.string(),
          points: z.number(),
          article: z.string().optional(),
          rule: z.string().optional(),
          articleText: z.string().nullable(),
        }),
      ),
    }),
  ),
});

/** what a set-up may choose from: the agencies and reviewers in reach, and the default rubric */
export const evaluationCandidates = z.object({
  agencies: z.array(z.object({ id: uuid, name: z.string(), acts: z.number().int() })),
  reviewers: z.array(z.object({ id: uuid, name: z.string(), role: z.string(), organisation: z.string() })),
  rubric: rubricView,
});

/** the enforcement act a drawn file holds */
export const evaluatedAct = z.object({
  actId: uuid,
  agencyId: uuid,
  agencyName: z.string(),
  caseNumber: z.string(),
  kind: z.string(),
  kindLabel: zhEn,
  decisionDate: dateOut,
  facts: z.string(),
  legalBasis: z.array(z.string()),
  sealPresent: z.boolean(),
  discretionLevel: z.string().nullable(),
  fullRecord: z.boolean(),
  outcome: z.string().nullable(),
  officers: z.array(z.string()),
});

/** a drawn file and its outcome; the sheets are the reader's own unless he leads the campaign */
export const evaluatedFile = evaluatedAct.extend({
  id: uuid,
  drawOrder: z.number().int(),
  prescore: z.object({ deductions: deductionsOut, reasons: z.record(z.string(), z.string()) }),
  state: z.enum(['awaiting', 'disputed', 'final']),
  score: z.number().nullable(),
  deductions: deductionsOut.nullable(),
  scores: z.array(z.number()).nullable(),
  grade: z.enum(['excellent', 'good', 'pass', 'fail']).nullable(),
  gradeLabel: zhEn.nullable(),
  settledReason: z.string().nullable(),
  caseId: uuid.nullable(),
  submitted: z.number().int(),
  sheets: z.array(
    z.object({
      reviewerId: uuid,
      reviewerName: z.string(),
      deductions: deductionsOut.nullable(),
      notes: z.string().nullable(),
      submittedAt: z.string().nullable(),
    }),
  ),
});

/** a campaign's results: each agency's average and rank, the problems most often found */
export const evaluationSummary = z.object({
  files: z.number().int(),
  final: z.number().int(),
  failing: z.number().int(),
  reconcileGap: z.number(),
  items: z.number().int(),
  agencies: z.array(
    z.object({
      agencyId: uuid,
      name: z.string(),
      files: z.number().int(),
      average: z.number(),
      failing: z.number().int(),
      rank: z.number().int(),
    }),
  ),
  problems: z.array(
    z.object({
      code: z.string(),
      text: z.string(),
      chapter: z.string(),
      article: z.string().nullable(),
      files: z.number().int(),
      articleText: z.string().nullable(),
    }),
  ),
});

/** a campaign with its rubric, agencies, reviewers, the files the reader may see and what he may do */
export const campaignDetail = campaignView.extend({
  rubric: rubricView,
  agencies: z.array(z.object({ id: uuid, name: z.string() })),
  reviewers: z.array(
    z.object({ id: uuid, display_name: z.string(), organisation_id: uuid, organisation_name: z.string() }),
  ),
  files: z.array(evaluatedFile),
  summary: evaluationSummary.nullable(),
  may: z.object({ draw: z.boolean(), publish: z.boolean(), settle: z.boolean(), toCase: z.boolean() }),
});

/** a drawn file as its reviewer or the lead reads it */
export const evaluationFileDetail = z.object({
  campaign: campaignView,
  rubric: rubricView,
  act: evaluatedAct,
  file: evaluatedFile,
  /** the reader's files in this campaign, when he reviews this one */
  mine: z.object({ queue: z.array(uuid) }).nullable(),
  may: z.object({ settle: z.boolean() }),
});

export const evaluationCreated = z.object({ id: uuid, version: z.number().int() });
export const evaluationDrawn = z.object({
  id: uuid,
  state: z.literal('scoring'),
  seed: z.string(),
  files: z.number().int(),
  version: z.number().int(),
});
/** the draw redone from its recorded seed: the same files or not */
export const drawVerified = z.object({
  seed: z.string(),
  algorithm: z.string().nullable(),
  matches: z.boolean(),
  recorded: z.number().int(),
});
export const evaluationPublished = z.object({
  id: uuid,
  state: z.literal('published'),
  documentId: uuid,
  number: z.string(),
  version: z.number().int(),
});
export const sheetSubmitted = z.object({ fileId: uuid, submitted: z.literal(true) });
export const fileSettled = z.object({ fileId: uuid, settled: z.literal(true) });
export const fileCaseOpened = z.object({ fileId: uuid, caseId: uuid });

export type RubricView = z.infer<typeof rubricView>;
export type EvaluationCampaign = z.infer<typeof campaignView>;
export type EvaluationCampaignList = z.infer<typeof campaignList>;
export type EvaluationCreated = z.infer<typeof evaluationCreated>;
export type DrawVerified = z.infer<typeof drawVerified>;
export type FileCaseOpened = z.infer<typeof fileCaseOpened>;
export type EvaluationCandidates = z.infer<typeof evaluationCandidates>;
export type EvaluatedAct = z.infer<typeof evaluatedAct>;
export type EvaluatedFile = z.infer<typeof evaluatedFile>;
export type EvaluationSummary = z.infer<typeof evaluationSummary>;
export type EvaluationDetail = z.infer<typeof campaignDetail>;
export type EvaluationFileDetail = z.infer<typeof evaluationFileDetail>;
export type MySheets = z.infer<typeof mySheets>;
