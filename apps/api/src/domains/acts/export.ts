// The acts of a period in the exchange format the provincial system takes (docs/acts-format.md):
// the same fields an agency reports, officers by certificate number, with the agency's name and
// unified code of the region, and each act's content hash so the receiver can detect changes.
import type { actExported } from '@jiandu/contracts';
import type { z } from 'zod';
import type { Actor } from '../../access/actor.ts';
import type { Queryable } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';

export async function exportActs(
  q: Queryable,
  actor: Actor,
  f: { from: string; to: string; agencyId?: string },
) {
  const scope =
    actor.role === 'agency_liaison'
      ? sql`a.agency_id = ${actor.organisationId}`
      : sql`a.region_code = ANY(${actor.scope.regionCodes})`;
  const rows = await q.query<Omit<z.infer<typeof actExported>, 'reportedAt'> & { reportedAt: Date }>(sql`
    SELECT a.case_number AS "caseNumber", a.kind, a.area, a.decision_date AS "decisionDate", org.name AS "agency",
      a.region_code AS "regionCode", a.parties, a.facts, a.legal_basis AS "legalBasis", a.seal_present AS "sealPresent",
      a.discretion_level AS "discretionLevel", a.deadlines, a.full_record AS "fullRecord", a.outcome,
      a.content_sha256 AS "sha256", a.reported_at AS "reportedAt",
      coalesce((SELECT json_agg(c.number ORDER BY c.number) FROM act_officers x JOIN certificates c ON c.officer_id = x.officer_id
        AND c.kind = 'enforcement' WHERE x.act_id = a.id), '[]') AS officers
    FROM enforcement_acts a JOIN organisations org ON org.id = a.agency_id
    WHERE ${scope} AND a.decision_date BETWEEN ${f.from} AND ${f.to}
      ${f.agencyId ? sql`AND a.agency_id = ${f.agencyId}` : sql``}
    ORDER BY a.decision_date, a.case_number`);
  return rows.map((r) => ({ ...r, reportedAt: r.reportedAt.toISOString() }));
}
