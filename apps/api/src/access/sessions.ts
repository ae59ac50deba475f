// Server-side sessions: the cookie carries a random token, the table only its SHA-256.
// Idle and absolute expiry; a CSRF token per session for cookie-authenticated writes.
import { createHash, randomBytes } from 'node:crypto';
import { STAMPS_COLUMN, StampedCache, type Stamps } from '../db/change-stamps.ts';
import type { Db, Queryable } from '../db/client.ts';
import { sql } from '../db/sql.ts';
import type { Actor } from './actor.ts';
import { ACTOR_COLUMNS, ACTOR_JOINS, type ActorRow, toActor } from './load-actor.ts';

export const SESSION_COOKIE = 'jiandu_sid';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const token = () => randomBytes(32).toString('base64url');

export interface SessionTimes {
  idleMinutes: number;
  maxHours: number;
}

export async function createSession(
  tx: Queryable,
  userId: string,
  now: Date,
  times: SessionTimes,
  meta: { ip: string; userAgent: string },
): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const t = token();
  const csrfToken = token();
  const expiresAt = new Date(now.getTime() + times.maxHours * 3600_000);
  await tx.query(sql`
    INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, last_seen_at, expires_at, ip, user_agent)
    VALUES (${sha256(t)}, ${userId}, ${csrfToken}, ${now}, ${now}, ${expiresAt}, ${meta.ip}, ${meta.userAgent.slice(0, 200)})`);
  return { token: t, csrfToken, expiresAt };
}

export interface LoadedSession {
  actor: Actor;
  csrfToken: string;
  expiresAt: Date;
  tokenHash: string;
  /** the change stamps read with the session: what this request may take from memory */
  stamps: Stamps;
}

interface SessionRow {
  token_hash: string;
  csrf_token: string;
  last_seen_at: Date;
  expires_at: Date;
  user_id: string;
  stamps: Stamps;
}

const SESSION_COLUMNS = sql`s.token_hash, s.csrf_token, s.last_seen_at, s.expires_at, s.user_id, ${STAMPS_COLUMN} AS stamps`;

/**
 * A user's actor with the jurisdiction's region subtree, kept per process while nobody changes
 * users, organisations or regions (people stamp): a deactivated user or organisation, a role
 * changed, fail the next request in every process, since the change renews the stamp.
 */
const actors = new StampedCache<Actor>(['people']);

/** The session's actor, or null when unknown, revoked, idle too long or past its end. */
export async function loadSession(
  db: Db,
  cookieToken: string,
  now: Date,
  times: SessionTimes,
): Promise<LoadedSession | null> {
  // the session row itself is read on every request: a revocation or logout holds at once
  const hash = sha256(cookieToken);
  // the session and the stamps, by a function whose plan each connection keeps (0096)
  const [s] = await db.query<SessionRow>(sql`SELECT * FROM session_lookup(${hash})`);
  if (!s) return null;
  let actor = actors.peek(s.user_id, s.stamps);
  let row: SessionRow = s;
  if (!actor) {
    // the stamps again in the same statement as the actor, so it is kept under its own
    const [full] = await db.query<SessionRow & ActorRow>(sql`
      SELECT ${SESSION_COLUMNS}, ${ACTOR_COLUMNS}
      FROM sessions s JOIN users u ON u.id = s.user_id AND u.active ${ACTOR_JOINS}
      WHERE s.token_hash = ${hash} AND s.revoked_at IS NULL`);
    if (!full) return null;
    actor = toActor(full);
    actors.set(full.user_id, full.stamps, actor);
    row = full;
  }
  if (row.expires_at <= now) return null;
  if (now.getTime() - row.last_seen_at.getTime() > times.idleMinutes * 60_000) return null;
  // Touch at most once a minute: idle expiry needs no write on every request.
  if (now.getTime() - row.last_seen_at.getTime() > 60_000)
    await db.query(sql`UPDATE sessions SET last_seen_at = ${now} WHERE token_hash = ${row.token_hash}`);
  return {
    tokenHash: row.token_hash,
    csrfToken: row.csrf_token,
    expiresAt: row.expires_at,
    actor,
    stamps: row.stamps,
  };
}

export async function revokeSession(tx: Queryable, tokenHash: string, now: Date): Promise<void> {
  await tx.query(
    sql`UPDATE sessions SET revoked_at = ${now} WHERE token_hash = ${tokenHash} AND revoked_at IS NULL`,
  );
}

export async function revokeUserSessions(tx: Queryable, userId: string, now: Date): Promise<number> {
  const rows = await tx.query(
    sql`UPDATE sessions SET revoked_at = ${now} WHERE user_id = ${userId} AND revoked_at IS NULL RETURNING token_hash`,
  );
  return rows.length;
}
