// SQL for regions and organisations. Reads take the actor's scope; nothing here decides law.
import type { Organisation, Region } from '@jiandu/contracts';
import type { RegionRef } from '@jiandu/procedure';
import type { Scope } from '../../access/actor.ts';
import { orgInScope } from '../../access/scope.ts';
import type { Queryable } from '../../db/client.ts';
import { type SqlFragment, sql } from '../../db/sql.ts';

interface RegionRow {
  code: string;
  name: string;
  name_en: string;
  level: Region['level'];
  parent_code: string | null;
  path: string;
  in_system: boolean;
  version: number;
}

export const toRegion = (r: RegionRow): Region & { path: string } => ({
  code: r.code,
  name: r.name,
  nameEn: r.name_en,
  level: r.level,
  parentCode: r.parent_code,
  inSystem: r.in_system,
  version: r.version,
  path: r.path,
});

/** All regions: public reference data (行政区划), small, needed for every jurisdiction check. */
export async function loadRegions(q: Queryable): Promise<Map<string, RegionRef & Region>> {
  const rows = await q.query<RegionRow>(sql`SELECT * FROM regions ORDER BY path`);
  return new Map(rows.map((r) => [r.code, toRegion(r)]));
}

export async function lockRegion(q: Queryable, code: string): Promise<(Region & { path: string }) | null> {
  const [row] = await q.query<RegionRow>(sql`SELECT * FROM regions WHERE code = ${code} FOR UPDATE`);
  return row ? toRegion(row) : null;
}

interface OrgRow {
  id: string;
  kind: Organisation['kind'];
  agency_kind: Organisation['agencyKind'];
  authorization_level: Organisation['authorizationLevel'];
  authorization_instrument: string | null;
  management: Organisation['management'];
  higher_department: string | null;
  name: string;
  name_en: string;
  short_name: string;
  region_code: string;
  region_name: string;
  parent_id: string | null;
  doc_prefix: string | null;
  active: boolean;
  version: number;
}

export const toOrganisation = (r: OrgRow): Organisation => ({
  id: r.id,
  kind: r.kind,
  agencyKind: r.agency_kind,
  authorizationLevel: r.authorization_level,
  authorizationInstrument: r.authorization_instrument,
  management: r.management,
  higherDepartment: r.higher_department,
  name: r.name,
  nameEn: r.name_en,
  shortName: r.short_name,
  regionCode: r.region_code,
  regionName: r.region_name,
  parentId: r.parent_id,
  docPrefix: r.doc_prefix,
  active: r.active,
  version: r.version,
});

const ORG_SELECT = sql`SELECT o.*, r.name AS region_name FROM organisations o JOIN regions r ON r.code = o.region_code`;

export interface OrgFilter {
  kind?: Organisation['kind'];
  regionCode?: string;
  q?: string;
  active?: boolean;
}

export async function listOrganisations(
  q: Queryable,
  scope: Scope,
  f: OrgFilter = {},
): Promise<Organisation[]> {
  const where: SqlFragment[] = [orgInScope(scope, 'o')];
  if (f.kind) where.push(sql`o.kind = ${f.kind}`);
  if (f.regionCode) where.push(sql`o.region_code = ${f.regionCode}`);
  if (f.active !== undefined) where.push(sql`o.active = ${f.active}`);
  if (f.q) where.push(sql`(o.name LIKE ${`%${f.q}%`} OR o.short_name LIKE ${`%${f.q}%`})`);
  const rows = await q.query<OrgRow>(
    sql`${ORG_SELECT} WHERE ${sql.join(where, ' AND ')} ORDER BY r.path, CASE o.kind WHEN 'government' THEN 0 WHEN 'supervision_organ' THEN 1 ELSE 2 END, o.name`,
  );
  return rows.map(toOrganisation);
}

/** One organisation if the scope sees it (null hides existence from others). */
export async function getOrganisation(
  q: Queryable,
  scope: Scope | null,
  id: string,
  forUpdate = false,
): Promise<Organisation | null> {
  const where = scope ? sql`o.id = ${id} AND ${orgInScope(scope, 'o')}` : sql`o.id = ${id}`;
  const rows = await q.query<OrgRow>(
    sql`${ORG_SELECT} WHERE ${where}${forUpdate ? sql` FOR UPDATE OF o` : sql``}`,
  );
  return rows[0] ? toOrganisation(rows[0]) : null;
}

export async function findGovernment(q: Queryable, regionCode: string): Promise<Organisation | null> {
  const rows = await q.query<OrgRow>(
    sql`${ORG_SELECT} WHERE o.region_code = ${regionCode} AND o.kind = 'government'`,
  );
  return rows[0] ? toOrganisation(rows[0]) : null;
}

export async function findOrgan(q: Queryable, regionCode: string): Promise<Organisation | null> {
  const rows = await q.query<OrgRow>(
    sql`${ORG_SELECT} WHERE o.region_code = ${regionCode} AND o.kind = 'supervision_organ'`,
  );
  return rows[0] ? toOrganisation(rows[0]) : null;
}

export async function insertOrganisation(
  q: Queryable,
  o: Omit<Organisation, 'regionName' | 'version' | 'active'>,
): Promise<void> {
  await q.query(sql`
    INSERT INTO organisations (id, kind, agency_kind, authorization_level, authorization_instrument, management,
      higher_department, name, name_en, short_name, region_code, parent_id, doc_prefix)
    VALUES (${o.id}, ${o.kind}, ${o.agencyKind}, ${o.authorizationLevel}, ${o.authorizationInstrument}, ${o.management},
            ${o.higherDepartment}, ${o.name}, ${o.nameEn}, ${o.shortName}, ${o.regionCode}, ${o.parentId}, ${o.docPrefix})`);
}

/** Updates when the version still matches; false means someone changed it first. */
export async function updateOrganisationRow(
  q: Queryable,
  o: Organisation,
  expectedVersion: number,
  now: Date,
): Promise<boolean> {
  const rows = await q.query(sql`
    UPDATE organisations SET name = ${o.name}, name_en = ${o.nameEn}, short_name = ${o.shortName},
      agency_kind = ${o.agencyKind}, authorization_level = ${o.authorizationLevel},
      authorization_instrument = ${o.authorizationInstrument}, management = ${o.management},
      higher_department = ${o.higherDepartment}, doc_prefix = ${o.docPrefix}, active = ${o.active},
      version = version + 1, updated_at = ${now}
    WHERE id = ${o.id} AND version = ${expectedVersion} RETURNING id`);
  return rows.length === 1;
}

/** What still refers to an organisation; deleting it would orphan these. */
export async function referencesTo(q: Queryable, id: string): Promise<{ users: number; children: number }> {
  const [r] = await q.query<{ users: number; children: number }>(sql`
    SELECT (SELECT count(*)::int FROM users WHERE organisation_id = ${id}) AS users,
           (SELECT count(*)::int FROM organisations WHERE parent_id = ${id}) AS children`);
  return r;
}
