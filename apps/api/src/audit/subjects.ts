// The record an audit event concerns, named as staff know it: a case by its 案号 and name, a
// document by its 文号, a user, an organisation, an officer or a region by name. Read for the
// page of events shown, one query per kind.
import type { Queryable } from '../db/client.ts';
import { type SqlFragment, sql } from '../db/sql.ts';

const NAMED: Record<string, (ids: string[]) => SqlFragment> = {
  case: (ids) =>
    sql`SELECT id::text AS id, case_number || ' ' || title AS name FROM supervision_cases WHERE id::text = ANY(${ids})`,
  document: (ids) =>
    sql`SELECT id::text AS id, coalesce(number || ' ', '') || title AS name FROM documents WHERE id::text = ANY(${ids})`,
  user: (ids) =>
    sql`SELECT id::text AS id, display_name || '（' || username || '）' AS name FROM users WHERE id::text = ANY(${ids})`,
  organisation: (ids) => sql`SELECT id::text AS id, name FROM organisations WHERE id::text = ANY(${ids})`,
  agency: (ids) => sql`SELECT id::text AS id, name FROM organisations WHERE id::text = ANY(${ids})`,
  officer: (ids) => sql`SELECT id::text AS id, name FROM officers WHERE id::text = ANY(${ids})`,
  region: (ids) => sql`SELECT code AS id, name FROM regions WHERE code = ANY(${ids})`,
};

export async function auditSubjects(
  q: Queryable,
  events: readonly { entityType: string; entityId: string }[],
): Promise<Map<string, string>> {
  const byType = new Map<string, Set<string>>();
  for (const e of events)
    if (NAMED[e.entityType])
      byType.set(e.entityType, (byType.get(e.entityType) ?? new Set()).add(e.entityId));
  const out = new Map<string, string>();
  for (const [type, ids] of byType)
    for (const r of await q.query<{ id: string; name: string }>(NAMED[type]([...ids])))
      out.set(`${type}:${r.id}`, r.name);
  return out;
}
