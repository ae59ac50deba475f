// SQL for officers and their certificates, scoped to the actor's jurisdiction (第二条): organ
// staff see the officers of their region and below; a liaison those of the own agency.
import type { Actor } from '../../access/actor.ts';
import { StampedCache, type Stamps } from '../../db/change-stamps.ts';
import type { Queryable } from '../../db/client.ts';
import { type SqlFragment, sql } from '../../db/sql.ts';

export interface CertificateRow {
  id: string;
  officer_id: string;
  /** the officer's region, copied when the certificate is filed (0100) */
  region_code: string;
  kind: 'enforcement' | 'supervision';
  number: string;
  issuing_authority: string;
  areas: string[];
  valid_from: string;
  valid_until: string;
  status: 'valid' | 'seized' | 'revoked';
  version: number;
}

export interface OfficerRow {
  id: string;
  organisation_id: string;
  organisation_name: string;
  region_code: string;
  user_id: string | null;
  name: string;
  active: boolean;
}

/** the actor's officers; a liaison's agency lies in its one region, which is named too */
export function officerScope(actor: Actor): SqlFragment {
  if (actor.role === 'agency_liaison')
    return sql`o.organisation_id = ${actor.organisationId} AND o.region_code = ANY(${actor.scope.regionCodes})`;
  return sql`o.region_code = ANY(${actor.scope.regionCodes})`;
}

const SELECT = sql`SELECT o.id, o.organisation_id, org.name AS organisation_name, o.region_code, o.user_id, o.name, o.active
  FROM officers o JOIN organisations org ON org.id = o.organisation_id`;

/** the status a reader sees: "expired" follows from the validity and today, never stored */
export const shownStatus = (today: string) =>
  sql`CASE WHEN c.status = 'valid' AND c.valid_until < ${today}::date THEN 'expired' ELSE c.status END`;

export async function listOfficers(
  q: Queryable,
  actor: Actor,
  f: { organisationId?: string; q?: string; status?: string; limit: number; offset: number },
  today: string,
) {
  const where: SqlFragment[] = [officerScope(actor)];
  if (f.organisationId) where.push(sql`o.organisation_id = ${f.organisationId}`);
  if (f.q)
    where.push(
      sql`(o.name LIKE ${`%${f.q}%`} OR EXISTS (SELECT 1 FROM certificates c WHERE c.officer_id = o.id AND c.number LIKE ${`%${f.q}%`}))`,
    );
  if (f.status)
    where.push(
      sql`EXISTS (SELECT 1 FROM certificates c WHERE c.officer_id = o.id AND ${shownStatus(today)} = ${f.status})`,
    );
  const w = sql.join(where, ' AND ');
  const rows = await q.query<OfficerRow>(
    sql`${SELECT} WHERE ${w} ORDER BY org.name, o.name, o.id LIMIT ${f.limit} OFFSET ${f.offset}`,
  );
  const [{ total }] = await q.query<{ total: number }>(
    sql`SELECT count(*)::int AS total FROM officers o WHERE ${w}`,
  );
  return { rows, total };
}

export async function getOfficer(q: Queryable, actor: Actor, id: string): Promise<OfficerRow | null> {
  const [row] = await q.query<OfficerRow>(sql`${SELECT} WHERE o.id = ${id} AND ${officerScope(actor)}`);
  return row ?? null;
}

/** the certificates of officers already read (and so scoped), in the officers' regions */
export async function officerCertificates(
  q: Queryable,
  officerIds: string[],
  regionCodes: string[],
): Promise<CertificateRow[]> {
  if (!officerIds.length) return [];
  return q.query<CertificateRow>(
    sql`SELECT * FROM certificates WHERE officer_id = ANY(${officerIds}) AND region_code = ANY(${regionCodes})
      ORDER BY valid_from DESC, number`,
  );
}

/** the events of certificates already read, in their regions */
export async function certificateEvents(q: Queryable, certificateIds: string[], regionCodes: string[]) {
  if (!certificateIds.length) return [];
  return q.query<{
    certificate_id: string;
    on_day: string;
    from_status: string | null;
    to_status: string;
    reason: string;
    article: string;
    case_id: string | null;
    actor_name: string;
    at: Date;
  }>(sql`SELECT certificate_id, on_day, from_status, to_status, reason, article, case_id, actor_name, at
    FROM certificate_events WHERE certificate_id = ANY(${certificateIds}) AND region_code = ANY(${regionCodes})
    ORDER BY at, id`);
}

/** the certificate with its officer, for an action on it, locked */
export async function certificateForUpdate(q: Queryable, actor: Actor, id: string) {
  const [row] = await q.query<
    CertificateRow & { organisation_id: string; region_code: string; officer_name: string }
  >(sql`
    SELECT c.*, o.organisation_id, o.name AS officer_name
    FROM certificates c JOIN officers o ON o.id = c.officer_id AND o.region_code = c.region_code
    WHERE c.id = ${id} AND c.region_code = ANY(${actor.scope.regionCodes}) AND ${officerScope(actor)} FOR UPDATE OF c`);
  return row ?? null;
}

/** the public card: holder, agency, areas, validity and status — nothing more personal */
export async function publicCertificate(q: Queryable, number: string, today: string) {
  const [row] = await q.query<{
    number: string;
    kind: CertificateRow['kind'];
    name: string;
    organisation: string;
    issuing_authority: string;
    areas: string[];
    valid_from: string;
    valid_until: string;
    status: 'valid' | 'seized' | 'revoked' | 'expired';
  }>(sql`SELECT c.number, c.kind, o.name, org.name AS organisation, c.issuing_authority, c.areas, c.valid_from,
      c.valid_until, ${shownStatus(today)} AS status
    FROM certificates c JOIN officers o ON o.id = c.officer_id JOIN organisations org ON org.id = o.organisation_id
    WHERE c.number = ${number}`);
  return row ?? null;
}

/** 第七条第二款: supervisors of the organ holding a supervision credential valid today */
export async function credentialedSupervisors(
  q: Queryable,
  organId: string,
  today: string,
): Promise<Set<string>> {
  const rows = await q.query<{ id: string }>(sql`
    SELECT u.id FROM users u JOIN officers o ON o.user_id = u.id JOIN certificates c ON c.officer_id = o.id
    WHERE u.organisation_id = ${organId} AND u.role = 'supervisor' AND u.active AND o.active
      AND c.kind = 'supervision' AND c.status = 'valid' AND c.valid_from <= ${today}::date AND c.valid_until >= ${today}::date`);
  return new Set(rows.map((r) => r.id));
}

// who holds a credential valid on a day: kept while no user, officer or certificate changes
const credentialed = new StampedCache<Set<string>>(['people', 'credentials']);

/** credentialedSupervisors, kept per process under the change stamps (0090) */
export function credentialedSupervisorsKept(q: Queryable, stamps: Stamps, organId: string, today: string) {
  return credentialed.get(`${organId} ${today}`, stamps, () => credentialedSupervisors(q, organId, today));
}
