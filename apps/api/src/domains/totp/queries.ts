// The second factor of one account. The secret is read here only to check a code; it never
// leaves the server after enrolment.
import type { Queryable } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';

export interface TotpRow {
  username: string;
  totp_secret: string | null;
  totp_pending_secret: string | null;
  totp_enabled_at: Date | null;
  totp_last_step: number | null;
}

export async function totpOf(db: Queryable, userId: string): Promise<TotpRow> {
  const [r] = await db.query<TotpRow>(sql`
    SELECT username, totp_secret, totp_pending_secret, totp_enabled_at, totp_last_step
    FROM users WHERE id = ${userId} FOR UPDATE`);
  return r;
}

export async function setPendingSecret(tx: Queryable, userId: string, secret: string) {
  await tx.query(
    sql`UPDATE users SET totp_pending_secret = ${secret}, version = version + 1 WHERE id = ${userId}`,
  );
}

export async function enableTotp(tx: Queryable, userId: string, secret: string, step: number, now: Date) {
  await tx.query(sql`UPDATE users SET totp_secret = ${secret}, totp_pending_secret = NULL,
    totp_enabled_at = ${now}, totp_last_step = ${step}, version = version + 1 WHERE id = ${userId}`);
}

export async function clearTotp(tx: Queryable, userId: string) {
  await tx.query(sql`UPDATE users SET totp_secret = NULL, totp_pending_secret = NULL, totp_enabled_at = NULL,
    totp_last_step = NULL, version = version + 1 WHERE id = ${userId}`);
  await tx.query(sql`DELETE FROM login_challenges WHERE user_id = ${userId}`);
}
