// The audit_events row as stored, and the event it holds.
import type { ChainedEvent } from './chain.ts';

export interface AuditRow {
  seq: number;
  id: string;
  occurred_at: Date;
  actor_id: string | null;
  actor_name: string;
  actor_role: string | null;
  organisation_id: string | null;
  region_code: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  before: unknown;
  after: unknown;
  article: string | null;
  request_id: string | null;
  prev_hash: string;
  hash: string;
}

export const rowToEvent = (r: AuditRow): ChainedEvent => ({
  seq: r.seq,
  id: r.id,
  occurredAt: r.occurred_at,
  actorId: r.actor_id,
  actorName: r.actor_name,
  actorRole: r.actor_role,
  organisationId: r.organisation_id,
  regionCode: r.region_code,
  action: r.action,
  entityType: r.entity_type,
  entityId: r.entity_id,
  before: r.before,
  after: r.after,
  article: r.article,
  requestId: r.request_id,
});
