// Login and logout. One generic answer for every failure (unknown user, wrong password or
// code, deactivated account, an address made to wait) so the form reveals nothing. Failures
// slow down the address they come from on that account (backoff.ts, failures.ts): counted
// before the password is compared, forgiven by a right one, lapsing by themselves, and an
// admin can lift them. With a second factor enrolled, a right password opens only a
// challenge (challenges.ts) until the code, and counts as a failure until the code is right.
import type { Actor } from '../../access/actor.ts';
import { auditActor } from '../../access/actor.ts';
import { verifyPassword } from '../../access/passwords.ts';
import {
  createSession,
  revokeSession,
  revokeUserSessions,
  type SessionTimes,
} from '../../access/sessions.ts';
import { matchStep } from '../../access/totp.ts';
import { type AuditContext, recordAudit } from '../../audit/record.ts';
import type { Db, Queryable } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';
import { Refusal } from '../../http/problem.ts';
import { challengeUser, closeChallenges, openChallenge } from './challenges.ts';
import { admitAttempt, forgiveAttempts, recordFailure } from './failures.ts';
import { loginAudit, loginRowById, loginRowByName, mayLogIn } from './queries.ts';

export const loginRefused = () =>
  new Refusal({
    status: 401,
    code: 'login_failed',
    title: '用户名、密码或验证码错误，或账户已被暂时锁定',
    titleEn: 'Wrong username, password or code, or the account is locked for now',
  });

interface Meta {
  ip: string;
  userAgent: string;
  requestId: string;
}

type Session = Awaited<ReturnType<typeof createSession>>;

/** told when an address begins to wait on an account: the user is mailed */
export type BackoffNotice = (userId: string, address: string, waitUntil: Date) => void;

export async function login(
  db: Db,
  now: Date,
  times: SessionTimes,
  input: { username: string; password: string },
  meta: Meta,
  notice: BackoffNotice = () => {},
): Promise<{ session: Session } | { totpChallenge: string }> {
  const u = await loginRowByName(db, input.username);
  const attempt = u ? await admitAttempt(db, u.id, meta.ip, now) : null;
  // a hash is compared every time, so the time taken tells no one whether the name exists
  const ok = await verifyPassword(attempt?.admitted ? u!.password_hash : null, input.password);
  if (!u || !attempt?.admitted) throw loginRefused();
  const audit = loginAudit(u, meta.requestId, now);
  if (!ok) {
    if (await recordFailure(db, audit, u.id, meta.ip, attempt)) notice(u.id, meta.ip, attempt.waitUntil!);
    throw loginRefused();
  }
  if (!mayLogIn(u, now)) throw loginRefused();
  // the password is right; with a second factor, only a challenge until the code, and the
  // attempt stays counted until then (else each right password would buy more code guesses)
  if (u.totp_enabled) return { totpChallenge: await openChallenge(db, audit, u.id, meta.ip) };
  return { session: await db.tx((tx) => sessionFor(tx, audit, u.id, times, meta)) };
}

/** the code step: the challenge's user, a code of a step not used before, then the session */
export async function completeTotpLogin(
  db: Db,
  now: Date,
  times: SessionTimes,
  challenge: string | undefined,
  code: string,
  meta: Meta,
  notice: BackoffNotice = () => {},
): Promise<Session> {
  const userId = challenge ? await challengeUser(db, challenge, now) : null;
  const u = userId ? await loginRowById(db, userId) : null;
  if (!u?.totp_secret || !u.totp_enabled || !mayLogIn(u, now)) throw loginRefused();
  const audit = loginAudit(u, meta.requestId, now);
  const attempt = await admitAttempt(db, u.id, meta.ip, now);
  if (!attempt.admitted) throw loginRefused();
  const step = matchStep(u.totp_secret, code, now, u.totp_last_step);
  if (step === null) {
    if (await recordFailure(db, audit, u.id, meta.ip, attempt, 'totp'))
      notice(u.id, meta.ip, attempt.waitUntil!);
    throw loginRefused();
  }
  return db.tx(async (tx) => {
    // a step is used once, even by two requests racing with the same code
    const used = await tx.query(sql`UPDATE users SET totp_last_step = ${step}
      WHERE id = ${u.id} AND (totp_last_step IS NULL OR totp_last_step < ${step}) RETURNING id`);
    if (!used.length) throw loginRefused();
    await closeChallenges(tx, u.id);
    return sessionFor(tx, audit, u.id, times, meta, 'totp');
  });
}

/** a session for a user who passed every factor; the address's failures so far are forgiven */
async function sessionFor(
  tx: Queryable,
  audit: AuditContext,
  userId: string,
  times: SessionTimes,
  meta: Meta,
  secondFactor?: 'totp',
): Promise<Session> {
  await forgiveAttempts(tx, userId, meta.ip);
  const session = await createSession(tx, userId, audit.now, times, meta);
  await recordAudit(tx, audit, {
    action: 'auth.login',
    entityType: 'user',
    entityId: userId,
    after: { ip: meta.ip, ...(secondFactor ? { secondFactor } : {}) },
  });
  return session;
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
