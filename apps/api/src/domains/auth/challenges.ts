// The state between a right password and the second-factor code: a random token in its own
// cookie, only its SHA-256 stored, good for five minutes and for one user. It carries no
// privilege; only POST /auth/totp reads it.
import { createHash, randomBytes } from 'node:crypto';
import { type AuditContext, recordAudit } from '../../audit/record.ts';
import type { Db, Queryable } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';

export const CHALLENGE_COOKIE = 'jiandu_2fa';
export const CHALLENGE_MINUTES = 5;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export async function openChallenge(
  db: Db,
  audit: AuditContext,
  userId: string,
  ip: string,
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db.tx(async (tx) => {
    // one pending challenge per user: a new password entry replaces the old one
    await tx.query(sql`DELETE FROM login_challenges WHERE user_id = ${userId}`);
    await tx.query(sql`
      INSERT INTO login_challenges (token_hash, user_id, created_at, expires_at)
      VALUES (${sha256(token)}, ${userId}, ${audit.now},
              ${new Date(audit.now.getTime() + CHALLENGE_MINUTES * 60_000)})`);
    await recordAudit(tx, audit, {
      action: 'auth.totp_challenge',
      entityType: 'user',
      entityId: userId,
      after: { ip },
    });
  });
  return token;
}

/** the user the challenge is for, while it runs */
export async function challengeUser(db: Queryable, token: string, now: Date): Promise<string | null> {
  const [r] = await db.query<{ user_id: string }>(sql`
    SELECT user_id FROM login_challenges WHERE token_hash = ${sha256(token)} AND expires_at > ${now}`);
  return r?.user_id ?? null;
}

export async function closeChallenges(tx: Queryable, userId: string) {
  await tx.query(sql`DELETE FROM login_challenges WHERE user_id = ${userId}`);
}
