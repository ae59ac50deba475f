// Use cases of the optional second factor: enrol (a secret shown once, taking effect only
// when the user confirms a code from it), disable (with a current code), and an admin's
// reset for a user who lost the device. Every change is audited; the secret never is.
import QRCode from 'qrcode';
import { matchStep, newSecret, otpauthUri } from '../../access/totp.ts';
import { recordAudit } from '../../audit/record.ts';
import { Refusal, refuse } from '../../http/problem.ts';
import type { UseCase } from '../../use-case.ts';
import { type Attempt, admitAttempt, forgiveAttempts, recordFailure } from '../auth/failures.ts';
import { getUser } from '../users/queries.ts';
import { assertMayEnrolTotp, mayEnrolTotp } from './policy.ts';
import { clearTotp, enableTotp, setPendingSecret, totpOf } from './queries.ts';

const wrongCode = () => refuse.field('code', '验证码不正确或已使用', 'the code is wrong or was already used');

/**
 * Wrong codes here count like wrong codes at login, per account and address (auth/failures.ts):
 * the attempt is counted before the code is compared, and an address made to wait is told
 * until when (the user is logged in, so nothing is revealed by saying so).
 */
async function admitCode(uc: UseCase, address: string) {
  const attempt = await admitAttempt(uc.db, uc.actor.userId, address, uc.audit.now);
  if (!attempt.admitted)
    throw new Refusal({
      status: 429,
      code: 'too_many_attempts',
      title: '验证码错误次数过多，请稍后再试',
      titleEn: 'Too many wrong codes; try again later',
      detail: `请于 ${attempt.waitUntil!.toISOString()} 之后再试`,
      detailEn: `try again after ${attempt.waitUntil!.toISOString()}`,
      fields: [{ field: 'code', reason: '错误次数过多', reason_en: 'too many wrong codes' }],
    });
  return attempt;
}

/** the code was wrong: audited outside the refused transaction, then refused */
async function codeWasWrong(uc: UseCase, address: string, attempt: Attempt): Promise<never> {
  await recordFailure(uc.db, uc.audit, uc.actor.userId, address, attempt, 'totp');
  throw wrongCode();
}

export async function totpStatus(uc: UseCase) {
  const t = await totpOf(uc.db, uc.actor.userId);
  return {
    eligible: mayEnrolTotp(uc.actor.role),
    enabled: t.totp_enabled_at !== null,
    enabledAt: t.totp_enabled_at?.toISOString() ?? null,
    pending: t.totp_pending_secret !== null,
  };
}

export async function startTotpEnrolment(uc: UseCase) {
  assertMayEnrolTotp(uc.actor.role);
  const secret = newSecret();
  const uri = await uc.db.tx(async (tx) => {
    const t = await totpOf(tx, uc.actor.userId);
    if (t.totp_enabled_at)
      throw refuse.field(
        'totp',
        '已启用双因素认证，请先停用',
        'the second factor is on already; disable it first',
        409,
      );
    await setPendingSecret(tx, uc.actor.userId, secret);
    await recordAudit(tx, uc.audit, {
      action: 'auth.totp_enrol_start',
      entityType: 'user',
      entityId: uc.actor.userId,
    });
    return otpauthUri(secret, t.username);
  });
  const qrSvg = await QRCode.toString(uri, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  return { secret, otpauthUri: uri, qrSvg };
}

export async function confirmTotpEnrolment(uc: UseCase, code: string, address: string) {
  assertMayEnrolTotp(uc.actor.role);
  const pending = await totpOf(uc.db, uc.actor.userId);
  if (!pending.totp_pending_secret)
    throw refuse.field('code', '请先开始启用双因素认证', 'start the enrolment first', 409);
  const attempt = await admitCode(uc, address);
  const right = await uc.db.tx(async (tx) => {
    const t = await totpOf(tx, uc.actor.userId);
    if (!t.totp_pending_secret)
      throw refuse.field('code', '请先开始启用双因素认证', 'start the enrolment first', 409);
    const step = matchStep(t.totp_pending_secret, code, uc.audit.now, null);
    if (step === null) return false;
    await enableTotp(tx, uc.actor.userId, t.totp_pending_secret, step, uc.audit.now);
    await forgiveAttempts(tx, uc.actor.userId, address);
    await recordAudit(tx, uc.audit, {
      action: 'auth.totp_enrol',
      entityType: 'user',
      entityId: uc.actor.userId,
    });
    return true;
  });
  if (!right) await codeWasWrong(uc, address, attempt);
  return totpStatus(uc);
}

export async function disableTotp(uc: UseCase, code: string, address: string) {
  const on = await totpOf(uc.db, uc.actor.userId);
  if (!on.totp_secret) throw refuse.field('code', '未启用双因素认证', 'the second factor is not on', 409);
  const attempt = await admitCode(uc, address);
  const right = await uc.db.tx(async (tx) => {
    const t = await totpOf(tx, uc.actor.userId);
    if (!t.totp_secret) throw refuse.field('code', '未启用双因素认证', 'the second factor is not on', 409);
    if (matchStep(t.totp_secret, code, uc.audit.now, t.totp_last_step) === null) return false;
    await clearTotp(tx, uc.actor.userId);
    await forgiveAttempts(tx, uc.actor.userId, address);
    await recordAudit(tx, uc.audit, {
      action: 'auth.totp_disable',
      entityType: 'user',
      entityId: uc.actor.userId,
    });
    return true;
  });
  if (!right) await codeWasWrong(uc, address, attempt);
  return totpStatus(uc);
}

/** an admin, for a user of the jurisdiction who lost the device: the user may enrol again */
export async function resetTotp(uc: UseCase, userId: string) {
  return uc.db.tx(async (tx) => {
    const user = await getUser(tx, uc.actor.scope, userId, uc.audit.now, true);
    if (!user) throw refuse.notFound('用户', 'User');
    const t = await totpOf(tx, userId);
    await clearTotp(tx, userId);
    await recordAudit(tx, uc.audit, {
      action: 'user.totp_reset',
      entityType: 'user',
      entityId: userId,
      before: { totp: t.totp_enabled_at !== null },
      after: { totp: false },
      organisationId: user.organisationId,
      regionCode: user.regionCode,
    });
    return { ok: true as const, hadTotp: t.totp_enabled_at !== null };
  });
}
