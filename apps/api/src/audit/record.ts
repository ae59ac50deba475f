// Writes an audit event inside the caller's transaction: the change and its record commit
// together or not at all. The head row's lock orders concurrent writers.
import { randomUUID } from 'node:crypto';
import type { Queryable } from '../db/client.ts';
import { sql } from '../db/sql.ts';
import { asStoredJson, type ChainedEvent, eventHash } from './chain.ts';

export interface AuditActor {
  userId: string | null;
  displayName: string;
  role: string | null;
  organisationId: string | null;
  regionCode: string | null;
}

export const SYSTEM_ACTOR: AuditActor = {
  userId: null,
  displayName: '系统 (system)',
  role: null,
  organisationId: null,
  regionCode: null,
};

/** A member of the public, filing on the public page. */
export const PUBLIC_ACTOR: AuditActor = { ...SYSTEM_ACTOR, displayName: '公众 (public)' };

export interface AuditInput {
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  /** rule-pack id of the article the change enforces or relies on */
  article?: string;
  /** the organisation and region the event is about; defaults to the actor's */
  organisationId?: string | null;
  regionCode?: string | null;
  /**
   * every region the change applies to, when it reaches beyond one (a basis for the city, a year of
   * the calendar): the event is listed to each of their administrators, and `after.concerns` names them
   */
  concerns?: readonly string[];
}

export interface AuditContext {
  actor: AuditActor;
  requestId: string | null;
  now: Date;
}

export async function recordAudit(tx: Queryable, ctx: AuditContext, input: AuditInput): Promise<number> {
  const [head] = await tx.query<{ seq: number; hash: string }>(
    sql`UPDATE audit_head SET seq = seq + 1 WHERE id = 1 RETURNING seq, hash`,
  );
  const event: ChainedEvent = {
    seq: head.seq,
    id: randomUUID(),
    occurredAt: ctx.now,
    actorId: ctx.actor.userId,
    actorName: ctx.actor.displayName,
    actorRole: ctx.actor.role,
    organisationId: input.organisationId !== undefined ? input.organisationId : ctx.actor.organisationId,
    regionCode: input.regionCode !== undefined ? input.regionCode : ctx.actor.regionCode,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId,
    before: asStoredJson(input.before),
    after: asStoredJson(
      input.concerns
        ? { ...(input.after as object | undefined), concerns: [...input.concerns] }
        : input.after,
    ),
    article: input.article ?? null,
    requestId: ctx.requestId,
  };
  const hash = eventHash(head.hash, event);
  await tx.query(sql`
    INSERT INTO audit_events (seq, id, occurred_at, actor_id, actor_name, actor_role, organisation_id, region_code,
      action, entity_type, entity_id, before, after, article, request_id, prev_hash, hash)
    VALUES (${event.seq}, ${event.id}, ${event.occurredAt}, ${event.actorId}, ${event.actorName}, ${event.actorRole},
      ${event.organisationId}, ${event.regionCode}, ${event.action}, ${event.entityType}, ${event.entityId},
      ${JSON.stringify(event.before)}::jsonb, ${JSON.stringify(event.after)}::jsonb, ${event.article},
      ${event.requestId}, ${head.hash}, ${hash})`);
  await tx.query(sql`UPDATE audit_head SET hash = ${hash} WHERE id = 1`);
  if (input.concerns?.length)
    await tx.query(sql`INSERT INTO audit_event_regions (region_code, seq)
      SELECT DISTINCT unnest(${[...input.concerns]}::text[]), ${event.seq}::bigint`);
  return event.seq;
}
