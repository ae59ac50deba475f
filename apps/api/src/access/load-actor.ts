// Builds the actor of a user: the user, the organisation, and the jurisdiction (第二条: the
// organisation's region and every region below it; a liaison: the agency alone).
import type { Role } from '@jiandu/contracts';
import type { Queryable } from '../db/client.ts';
import { sql } from '../db/sql.ts';
import type { Actor } from './actor.ts';
import type { OrgKind } from './roles.ts';

export interface ActorRow {
  user_id: string;
  username: string;
  display_name: string;
  role: Role;
  organisation_id: string;
  org_kind: OrgKind;
  org_name: string;
  org_name_en: string;
  region_code: string;
  region_name: string;
  region_name_en: string;
  region_codes: string[];
}

/** Columns of an ActorRow, from `u` (users) joined as ACTOR_JOINS does. */
export const ACTOR_COLUMNS = sql`u.id AS user_id, u.username, u.display_name, u.role, u.organisation_id,
  o.kind AS org_kind, o.name AS org_name, o.name_en AS org_name_en, o.region_code,
  r.name AS region_name, r.name_en AS region_name_en,
  ARRAY(SELECT sub.code FROM regions sub WHERE sub.path LIKE r.path || '%' ORDER BY sub.code) AS region_codes`;

/** The organisation and region of `u`; only active users of active organisations act. */
export const ACTOR_JOINS = sql`JOIN organisations o ON o.id = u.organisation_id AND o.active
  JOIN regions r ON r.code = o.region_code`;

export function toActor(row: ActorRow): Actor {
  const liaison = row.role === 'agency_liaison';
  return {
    userId: row.user_id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    organisationId: row.organisation_id,
    organisationKind: row.org_kind,
    organisationName: row.org_name,
    organisationNameEn: row.org_name_en,
    regionCode: row.region_code,
    regionName: row.region_name,
    regionNameEn: row.region_name_en,
    scope: {
      regionCodes: liaison ? [row.region_code] : row.region_codes,
      organisationId: liaison ? row.organisation_id : null,
    },
  };
}

export async function actorByUsername(q: Queryable, username: string): Promise<Actor | null> {
  const [row] = await q.query<ActorRow>(
    sql`SELECT ${ACTOR_COLUMNS} FROM users u ${ACTOR_JOINS} WHERE u.username = ${username} AND u.active`,
  );
  return row ? toActor(row) : null;
}
