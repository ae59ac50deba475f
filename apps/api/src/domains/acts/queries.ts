// The list of reported acts, one query for the list and its export: the agency its own acts,
// staff the acts of their jurisdiction (第二条).
import type { Actor } from '../../access/actor.ts';
import type { Queryable } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';

export interface ActLine {
  id: string;
  caseNumber: string;
  kind: string;
  area: string;
  decisionDate: string;
  agencyName: string;
  openWarnings: number;
}

export async function listActs(
  q: Queryable,
  actor: Actor,
  f: { agencyId?: string; limit: number; offset: number },
) {
  const scope =
    actor.role === 'agency_liaison'
      ? sql`a.agency_id = ${actor.organisationId} AND a.region_code = ANY(${actor.scope.regionCodes})`
      : sql`a.region_code = ANY(${actor.scope.regionCodes})`;
  const filter = f.agencyId ? sql` AND a.agency_id = ${f.agencyId}` : sql``;
  const rows = await q.query<ActLine>(sql`
    SELECT a.id, a.case_number AS "caseNumber", a.kind, a.area, a.decision_date AS "decisionDate", org.name AS "agencyName",
      (SELECT count(*)::int FROM warnings w WHERE w.act_id = a.id AND w.region_code = a.region_code AND w.state = 'open') AS "openWarnings"
    FROM enforcement_acts a JOIN organisations org ON org.id = a.agency_id
    WHERE ${scope}${filter} ORDER BY a.decision_date DESC, a.case_number LIMIT ${f.limit} OFFSET ${f.offset}`);
  const [{ total }] = await q.query<{ total: number }>(
    sql`SELECT count(*)::int AS total FROM enforcement_acts a WHERE ${scope}${filter}`,
  );
  return { rows, total };
}
