import type { AuditEvent } from '@jiandu/contracts';
import type { Scope } from '../../access/actor.ts';
import type { Queryable } from '../../db/client.ts';
import { type SqlFragment, sql } from '../../db/sql.ts';

export interface AuditFilter {
  entityType?: string;
  entityId?: string;
  action?: string;
  actorId?: string;
  from?: string;
  to?: string;
  beforeSeq?: number;
  limit: number;
}

interface Row {
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
  hash: string;
}

/**
 * Events about the actor's jurisdiction. Events with no region (calendar, system) are
 * seen only by a user whose scope has no region above it, i.e. the top organ.
 */
export async function listAuditEvents(
  q: Queryable,
  scope: Scope,
  topRegion: boolean,
  f: AuditFilter,
): Promise<AuditEvent[]> {
  const where: SqlFragment[] = [
    topRegion
      ? sql`(region_code IS NULL OR region_code = ANY(${scope.regionCodes}))`
      : sql`region_code = ANY(${scope.regionCodes})`,
  ];
  if (f.entityType) where.push(sql`entity_type = ${f.entityType}`);
  if (f.entityId) where.push(sql`entity_id = ${f.entityId}`);
  if (f.action) where.push(sql`action = ${f.action}`);
  if (f.actorId) where.push(sql`actor_id = ${f.actorId}`);
  if (f.from) where.push(sql`occurred_at >= ${f.from}::date`);
  if (f.to) where.push(sql`occurred_at < (${f.to}::date + 1)`);
  if (f.beforeSeq) where.push(sql`seq < ${f.beforeSeq}`);
  const rows = await q.query<Row>(
    sql`SELECT seq, id, occurred_at, actor_id, actor_name, actor_role, organisation_id, region_code, action, entity_type,
      entity_id, before, after, article, request_id, hash
      FROM audit_events WHERE ${sql.join(where, ' AND ')} ORDER BY seq DESC LIMIT ${f.limit}`,
  );
  return rows.map((r) => ({
    seq: r.seq,
    id: r.id,
    occurredAt: r.occurred_at.toISOString(),
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
    hash: r.hash,
  }));
}
