import type { AuditEvent } from '@jiandu/contracts';
import type { Scope } from '../../access/actor.ts';
import { type AuditRow, rowToEvent } from '../../audit/rows.ts';
import { auditSubjects } from '../../audit/subjects.ts';
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

/**
 * Events about the actor's jurisdiction, and those that concern a region in it. Events with no
 * region (system) are seen only by a user whose scope has no region above it, i.e. the top organ.
 */
export async function listAuditEvents(
  q: Queryable,
  scope: Scope,
  topRegion: boolean,
  f: AuditFilter,
): Promise<AuditEvent[]> {
  // an event that reaches beyond one region is listed wherever it applies (audit_event_regions)
  const concerning = sql`EXISTS (SELECT 1 FROM audit_event_regions r
    WHERE r.seq = audit_events.seq AND r.region_code = ANY(${scope.regionCodes}))`;
  const where: SqlFragment[] = [
    topRegion
      ? sql`(region_code IS NULL OR region_code = ANY(${scope.regionCodes}) OR ${concerning})`
      : sql`(region_code = ANY(${scope.regionCodes}) OR ${concerning})`,
  ];
  if (f.entityType) where.push(sql`entity_type = ${f.entityType}`);
  if (f.entityId) where.push(sql`entity_id = ${f.entityId}`);
  if (f.action) where.push(sql`action = ${f.action}`);
  if (f.actorId) where.push(sql`actor_id = ${f.actorId}`);
  // dates are days in Asia/Shanghai; timestamps are stored in UTC
  if (f.from) where.push(sql`occurred_at >= (${f.from}::date)::timestamp AT TIME ZONE 'Asia/Shanghai'`);
  if (f.to) where.push(sql`occurred_at < (${f.to}::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'`);
  if (f.beforeSeq) where.push(sql`seq < ${f.beforeSeq}`);
  const rows = await q.query<AuditRow>(
    sql`SELECT * FROM audit_events WHERE ${sql.join(where, ' AND ')} ORDER BY seq DESC LIMIT ${f.limit}`,
  );
  const events = rows.map((r) => ({
    ...rowToEvent(r),
    occurredAt: r.occurred_at.toISOString(),
    hash: r.hash,
  }));
  const subjects = await auditSubjects(q, events);
  return events.map((e) => ({ ...e, subject: subjects.get(`${e.entityType}:${e.entityId}`) ?? null }));
}
