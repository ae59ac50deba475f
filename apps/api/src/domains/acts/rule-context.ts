// What the warning rules need besides the act, loaded in a few queries for a whole batch:
// the officers' certificates with their status history, and the agencies' qualifications.
import type { ActContext, Certificate, Qualification } from '@jiandu/procedure';
import type { Queryable } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';

export async function certificatesOf(
  q: Queryable,
  officerIds: string[],
): Promise<Map<string, Certificate[]>> {
  const out = new Map<string, Certificate[]>();
  if (!officerIds.length) return out;
  const rows = await q.query<{
    id: string;
    officer_id: string;
    number: string;
    areas: string[];
    valid_from: string;
    valid_until: string;
    history: { from: string; status: Certificate['history'][number]['status'] }[] | null;
  }>(sql`
    SELECT c.id, c.officer_id, c.number, c.areas, c.valid_from, c.valid_until,
      (SELECT json_agg(json_build_object('from', e.on_day, 'status', e.to_status) ORDER BY e.at)
         FROM certificate_events e WHERE e.certificate_id = c.id) AS history
    FROM certificates c WHERE c.officer_id = ANY(${officerIds}) AND c.kind = 'enforcement'`);
  for (const r of rows) {
    const list = out.get(r.officer_id) ?? [];
    list.push({
      officerId: r.officer_id,
      number: r.number,
      areas: r.areas,
      validFrom: r.valid_from,
      validUntil: r.valid_until,
      history: r.history ?? [],
    });
    out.set(r.officer_id, list);
  }
  return out;
}

export async function qualificationsOf(
  q: Queryable,
  agencyIds: string[],
): Promise<Map<string, Qualification[]>> {
  const out = new Map<string, Qualification[]>();
  if (!agencyIds.length) return out;
  const rows = await q.query<{
    agency_id: string;
    confirmed_on: string;
    revoked_on: string | null;
    scope: string[];
  }>(sql`
    SELECT agency_id, confirmed_on, revoked_on, scope FROM qualifications WHERE agency_id = ANY(${agencyIds})`);
  for (const r of rows) {
    const list = out.get(r.agency_id) ?? [];
    list.push({ from: r.confirmed_on, until: r.revoked_on, scope: r.scope });
    out.set(r.agency_id, list);
  }
  return out;
}

export function contextFor(
  officerIds: readonly string[],
  agencyId: string,
  certs: Map<string, Certificate[]>,
  quals: Map<string, Qualification[]>,
  today: string,
): ActContext {
  return {
    today,
    certificates: new Map(officerIds.map((id) => [id, certs.get(id) ?? []])),
    qualifications: quals.get(agencyId) ?? [],
  };
}
