import { z } from 'zod';
import { isoDate, uuid } from './common.ts';

export const auditEvent = z.object({
  seq: z.number().int(),
  id: uuid,
  occurredAt: z.string(),
  actorId: uuid.nullable(),
  actorName: z.string(),
  actorRole: z.string().nullable(),
  organisationId: uuid.nullable(),
  regionCode: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  article: z.string().nullable(),
  requestId: z.string().nullable(),
  hash: z.string(),
  /** the record concerned, named: a case's 案号 and name, a document's 文号, a user, an organisation */
  subject: z.string().nullable().optional(),
});
export type AuditEvent = z.infer<typeof auditEvent>;

export const auditQuery = z.object({
  entityType: z.string().max(40).optional(),
  entityId: z.string().max(80).optional(),
  action: z.string().max(60).optional(),
  actorId: uuid.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** keyset paging: events with seq below this, newest first */
  beforeSeq: z.coerce.number().int().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

export const verifyResult = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  headSeq: z.number().int(),
  headHash: z.string(),
  firstBroken: z
    .object({
      seq: z.number().int(),
      id: z.string().nullable(),
      problem: z.enum(['hash_mismatch', 'prev_hash_mismatch', 'missing_event', 'head_mismatch']),
      detail: z.string(),
    })
    .nullable(),
  ms: z.number(),
});
export type VerifyResult = z.infer<typeof verifyResult>;

/** newest first; the next page is asked for with beforeSeq */
export const auditEventPage = z.object({
  items: z.array(auditEvent),
  nextBeforeSeq: z.number().int().nullable(),
});
export type AuditEventPage = z.infer<typeof auditEventPage>;

const auditName = z.object({ code: z.string(), zh: z.string(), en: z.string() });
export const auditNames = z.object({ actions: z.array(auditName), entities: z.array(auditName) });
export type AuditNames = z.infer<typeof auditNames>;

const checkpointFinding = z.object({
  problem: z.enum([
    'checkpoint_signature',
    'chain_rewound',
    'chain_rewritten',
    'checkpoint_missing',
    'security_snapshot_missing',
    'security_snapshot_altered',
    'security_row_changed',
    'recorded_at_checkpoint',
  ]),
  seq: z.number().int().nullable(),
  detail: z.string(),
  declared: z.boolean().optional(),
});
/** the chain checked link by link, and against the signed checkpoints */
export const auditVerification = verifyResult.extend({
  checkpoints: z.object({
    ok: z.boolean(),
    checkpoints: z.number().int(),
    latest: z.object({ seq: z.number().int(), at: z.string() }).nullable(),
    firstMismatch: checkpointFinding.nullable(),
    findings: z.array(checkpointFinding),
  }),
});
export type AuditVerification = z.infer<typeof auditVerification>;

/** the signed checkpoints, for anyone to hold the log to: each body as signed, and its signature */
export const auditCheckpoints = z.object({
  algorithm: z.literal('Ed25519'),
  keyId: z.string().nullable(),
  publicKey: z.string().nullable(),
  items: z.array(z.object({ body: z.string(), signature: z.string() })),
});
export type AuditCheckpoints = z.infer<typeof auditCheckpoints>;
