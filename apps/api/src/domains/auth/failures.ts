// A wrong password or a wrong second-factor code: both count toward the same lockout, five
// failures lock the account for fifteen minutes (an admin can unlock it).
import { type AuditContext, recordAudit } from '../../audit/record.ts';
import type { Db } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

export async function recordFailedLogin(
  db: Db,
  audit: AuditContext,
  userId: string,
  ip: string,
  factor: 'password' | 'totp' = 'password',
) {
  await db.tx(async (tx) => {
    const [r] = await tx.query<{ failed_logins: number }>(sql`
      UPDATE users SET failed_logins = failed_logins + 1,
        locked_until = CASE WHEN failed_logins + 1 >= ${MAX_FAILED_LOGINS}
          THEN ${new Date(audit.now.getTime() + LOCK_MINUTES * 60_000)}::timestamptz ELSE locked_until END
      WHERE id = ${userId} RETURNING failed_logins`);
    await recordAudit(tx, audit, {
      action: r.failed_logins >= MAX_FAILED_LOGINS ? 'auth.locked' : 'auth.login_failed',
      entityType: 'user',
      entityId: userId,
      after: { failedLogins: r.failed_logins, ip, ...(factor === 'totp' ? { factor } : {}) },
    });
  });
}
