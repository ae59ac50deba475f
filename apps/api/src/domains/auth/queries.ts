// The account as login sees it, by name (the password step) or by id (the code step).
import type { Role } from '@jiandu/contracts';
import type { AuditContext } from '../../audit/record.ts';
import type { Queryable } from '../../db/client.ts';
import { type SqlFragment, sql } from '../../db/sql.ts';

export interface LoginRow {
  id: string;
  password_hash: string;
  display_name: string;
  role: Role;
  organisation_id: string;
  region_code: string;
  active: boolean;
  org_active: boolean;
  locked_until: Date | null;
  totp_secret: string | null;
  totp_enabled: boolean;
  totp_last_step: number | null;
}

async function loginRow(db: Queryable, where: SqlFragment): Promise<LoginRow | null> {
  const [u] = await db.query<LoginRow>(sql`
    SELECT u.id, u.password_hash, u.display_name, u.role, u.organisation_id, o.region_code, u.active,
           o.active AS org_active, u.locked_until, u.totp_secret,
           u.totp_enabled_at IS NOT NULL AS totp_enabled, u.totp_last_step
    FROM users u JOIN organisations o ON o.id = u.organisation_id WHERE ${where}`);
  return u ?? null;
}

export const loginRowByName = (db: Queryable, username: string) =>
  loginRow(db, sql`u.username = ${username}`);
export const loginRowById = (db: Queryable, id: string) => loginRow(db, sql`u.id = ${id}`);

/** may this account log in now, password or code aside */
export const mayLogIn = (u: LoginRow, now: Date) =>
  u.active && u.org_active && (u.locked_until === null || u.locked_until <= now);

/** login's audit events are the user's own */
export const loginAudit = (u: LoginRow, requestId: string, now: Date): AuditContext => ({
  actor: {
    userId: u.id,
    displayName: u.display_name,
    role: u.role,
    organisationId: u.organisation_id,
    regionCode: u.region_code,
  },
  requestId,
  now,
});
