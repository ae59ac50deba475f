import type { Role, User } from '@jiandu/contracts';
import type { Scope } from '../../access/actor.ts';
import { orgInScope } from '../../access/scope.ts';
import type { Queryable } from '../../db/client.ts';
import { type SqlFragment, sql } from '../../db/sql.ts';

interface UserRow {
  id: string;
  username: string;
  display_name: string;
  role: Role;
  organisation_id: string;
  organisation_name: string;
  region_code: string;
  email: string | null;
  active: boolean;
  locked_until: Date | null;
  version: number;
}

export const toUser = (r: UserRow, now: Date): User => ({
  id: r.id,
  username: r.username,
  displayName: r.display_name,
  role: r.role,
  organisationId: r.organisation_id,
  organisationName: r.organisation_name,
  regionCode: r.region_code,
  email: r.email,
  active: r.active,
  locked: r.locked_until !== null && r.locked_until > now,
  version: r.version,
});

const SELECT = sql`SELECT u.id, u.username, u.display_name, u.role, u.organisation_id, o.name AS organisation_name,
  o.region_code, u.email, u.active,
  -- locked: an address waits on the account (login back-off), or a lock from before the back-off
  GREATEST(u.locked_until, (SELECT max(b.wait_until) FROM login_backoff b WHERE b.user_id = u.id)) AS locked_until,
  u.version FROM users u JOIN organisations o ON o.id = u.organisation_id`;

export interface UserFilter {
  q?: string;
  role?: Role;
  organisationId?: string;
  limit: number;
  offset: number;
}

export async function listUsers(q: Queryable, scope: Scope, f: UserFilter, now: Date) {
  const where: SqlFragment[] = [orgInScope(scope, 'o')];
  if (f.q) where.push(sql`(u.username LIKE ${`%${f.q}%`} OR u.display_name LIKE ${`%${f.q}%`})`);
  if (f.role) where.push(sql`u.role = ${f.role}`);
  if (f.organisationId) where.push(sql`u.organisation_id = ${f.organisationId}`);
  const w = sql.join(where, ' AND ');
  const rows = await q.query<UserRow>(
    sql`${SELECT} WHERE ${w} ORDER BY o.region_code, u.username LIMIT ${f.limit} OFFSET ${f.offset}`,
  );
  const [{ total }] = await q.query<{ total: number }>(
    sql`SELECT count(*)::int AS total FROM users u JOIN organisations o ON o.id = u.organisation_id WHERE ${w}`,
  );
  return { items: rows.map((r) => toUser(r, now)), total, limit: f.limit, offset: f.offset };
}

export async function getUser(
  q: Queryable,
  scope: Scope | null,
  id: string,
  now: Date,
  forUpdate = false,
): Promise<User | null> {
  const where = scope ? sql`u.id = ${id} AND ${orgInScope(scope, 'o')}` : sql`u.id = ${id}`;
  const rows = await q.query<UserRow>(
    sql`${SELECT} WHERE ${where}${forUpdate ? sql` FOR UPDATE OF u` : sql``}`,
  );
  return rows[0] ? toUser(rows[0], now) : null;
}
