// A wrong password or a wrong second-factor code, counted per account and client address
// (backoff.ts). The attempt is counted under the row's lock *before* the password or code is
// compared, so eighteen guesses at once are counted one after another and only those admitted
// before the wait began are compared at all; a right answer then forgives the count.
import { type AuditContext, recordAudit } from '../../audit/record.ts';
import type { Db, Queryable } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';
import { FREE_FAILURES, failuresSoFar, waitAfter } from './backoff.ts';

export interface Attempt {
  admitted: boolean;
  /** the failures this attempt makes if it fails */
  failures: number;
  /** when the address may try again: the wait under way, or the one this attempt began */
  waitUntil: Date | null;
}

export async function admitAttempt(db: Db, userId: string, address: string, now: Date): Promise<Attempt> {
  return db.tx(async (tx) => {
    await tx.query(sql`INSERT INTO login_backoff (user_id, address, failures, last_failure_at)
      VALUES (${userId}, ${address}, 0, ${now}) ON CONFLICT (user_id, address) DO NOTHING`);
    const [row] = await tx.query<{ failures: number; wait_until: Date | null; last_failure_at: Date }>(sql`
      SELECT failures, wait_until, last_failure_at FROM login_backoff
      WHERE user_id = ${userId} AND address = ${address} FOR UPDATE`);
    if (row.wait_until && row.wait_until > now)
      return { admitted: false, failures: row.failures, waitUntil: row.wait_until };
    const failures = failuresSoFar(row.failures, row.last_failure_at, now) + 1;
    const wait = waitAfter(failures);
    const waitUntil = wait ? new Date(now.getTime() + wait * 1000) : null;
    await tx.query(sql`UPDATE login_backoff SET failures = ${failures}, wait_until = ${waitUntil},
      last_failure_at = ${now} WHERE user_id = ${userId} AND address = ${address}`);
    return { admitted: true, failures, waitUntil };
  });
}

/** the attempt was right: its count and any earlier ones from the address are forgiven */
export async function forgiveAttempts(q: Queryable, userId: string, address: string) {
  await q.query(sql`DELETE FROM login_backoff WHERE user_id = ${userId} AND address = ${address}`);
}

/**
 * The attempt was wrong: audited, as the start of a wait when it began one. Returns true when
 * the wait has just begun, for the user to be told.
 */
export async function recordFailure(
  db: Db,
  audit: AuditContext,
  userId: string,
  address: string,
  attempt: Attempt,
  factor: 'password' | 'totp' = 'password',
): Promise<boolean> {
  const begins = attempt.failures === FREE_FAILURES + 1;
  await db.tx((tx) =>
    recordAudit(tx, audit, {
      action: attempt.waitUntil ? 'auth.backoff' : 'auth.login_failed',
      entityType: 'user',
      entityId: userId,
      after: {
        failedLogins: attempt.failures,
        ip: address,
        ...(attempt.waitUntil ? { waitUntil: attempt.waitUntil.toISOString() } : {}),
        ...(factor === 'totp' ? { factor } : {}),
      },
    }),
  );
  return begins;
}
