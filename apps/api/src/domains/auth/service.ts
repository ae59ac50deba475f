// Login and logout. One generic answer for every failure (unknown user, wrong password,
// deactivated or locked account) so the form reveals nothing; five failures lock the
// account for fifteen minutes, and an admin can unlock it.
import type { Role } from '@jiandu/contracts';
import type { Actor } from '../../access/actor.ts';
import { auditActor } from '../../access/actor.ts';
import { verifyPassword } from '../../access/passwords.ts';
import {
  createSession,
  revokeSession,
  revokeUserSessions,
  type SessionTimes,
} from '../../access/sessions.ts';
import { recordAudit } from '../../audit/record.ts';
import type { Db } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';
import { Refusal } from '../../http/problem.ts';

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

export const loginRefused = () =>
  new Refusal({
    status: 401,
    code: 'login_failed',
    title: '用户名或密码错误，或账户已被暂时锁定',
    titleEn: 'Wrong username or password, or the account is locked for now',
  });

interface Row {
  id: string;
  password_hash: string;
  display_name: string;
  role: Role;
  organisation_id: string;
  region_code: string;
  active: boolean;
  org_active: boolean;
  failed_logins: number;
  locked_until: Date | null;
}

export async function login(
  db: Db,
  now: Date,
  times: SessionTimes,
  input: { username: string; password: string },
  meta: { ip: string; userAgent: string; requestId: string },
) {
  const [u] = await db.query<Row>(sql`
    SELECT u.id, u.password_hash, u.display_name, u.role, u.organisation_id, o.region_code, u.active,
           o.active AS org_active, u.failed_logins, u.locked_until
    FROM users u JOIN organisations o ON o.id = u.organisation_id WHERE u.username = ${input.username}`);
  const ok = await verifyPassword(u?.password_hash ?? null, input.password);
  if (!u) throw loginRefused();
  const audit = {
    actor: {
      userId: u.id,
      displayName: u.display_name,
      role: u.role,
      organisationId: u.organisation_id,
      regionCode: u.region_code,
    },
    requestId: meta.requestId,
    now,
  };
  const locked = u.locked_until !== null && u.locked_until > now;
  if (!ok || locked || !u.active || !u.org_active) {
    if (!ok && !locked) {
      await db.tx(async (tx) => {
        const [r] = await tx.query<{ failed_logins: number }>(sql`
          UPDATE users SET failed_logins = failed_logins + 1,
            locked_until = CASE WHEN failed_logins + 1 >= ${MAX_FAILED_LOGINS}
              THEN ${new Date(now.getTime() + LOCK_MINUTES * 60_000)}::timestamptz ELSE locked_until END
          WHERE id = ${u.id} RETURNING failed_logins`);
        await recordAudit(tx, audit, {
          action: r.failed_logins >= MAX_FAILED_LOGINS ? 'auth.locked' : 'auth.login_failed',
          entityType: 'user',
          entityId: u.id,
          after: { failedLogins: r.failed_logins, ip: meta.ip },
        });
      });
    }
    throw loginRefused();
  }
  return db.tx(async (tx) => {
    await tx.query(sql`UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = ${u.id}`);
    const session = await createSession(tx, u.id, now, times, meta);
    await recordAudit(tx, audit, {
      action: 'auth.login',
      entityType: 'user',
      entityId: u.id,
      after: { ip: meta.ip },
    });
    return session;
  });
}

export async function logout(db: Db, actor: Actor, tokenHash: string, now: Date, requestId: string) {
  await db.tx(async (tx) => {
    await revokeSession(tx, tokenHash, now);
    await recordAudit(
      tx,
      { actor: auditActor(actor), requestId, now },
      {
        action: 'auth.logout',
        entityType: 'user',
        entityId: actor.userId,
      },
    );
  });
}

/** 退出所有设备: every session of the user ends, this one with them (a lost phone, a shared PC) */
export async function logoutEverywhere(db: Db, actor: Actor, now: Date, requestId: string) {
  return db.tx(async (tx) => {
    const ended = await revokeUserSessions(tx, actor.userId, now);
    await recordAudit(
      tx,
      { actor: auditActor(actor), requestId, now },
      {
        action: 'auth.logout_everywhere',
        entityType: 'user',
        entityId: actor.userId,
        after: { sessionsEnded: ended },
      },
    );
    return ended;
  });
}
