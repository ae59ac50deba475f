// A certificate's life (第七条（八）, 第十六条（七）, 第十七条): seized by the supervision organ as
// a measure or a sanction, returned, or revoked. Pure: the stored status, the action and today
// in, the next status and its article out. "Expired" is never stored: it follows from the date.
import type { IsoDate } from '@jiandu/calendar';
import type { ProvisionId } from '@jiandu/regulation';
import type { CertificateStatus } from '../acts/act.ts';

export type StoredStatus = Exclude<CertificateStatus, 'expired'>;

export type CertificateAction =
  | { type: 'seize'; reason: string }
  | { type: 'return'; reason: string }
  | { type: 'revoke'; reason: string };

export const CERTIFICATE_ACTIONS = {
  seize: {
    zh: '暂扣执法证件',
    en: 'Seize the certificate',
    article: 'art7.1.8',
    from: ['valid'],
    to: 'seized',
  },
  return: {
    zh: '发还执法证件',
    en: 'Return the certificate',
    article: 'art7.1.8',
    from: ['seized'],
    to: 'valid',
  },
  revoke: {
    zh: '注销执法证件',
    en: 'Revoke the certificate',
    article: 'art17.1',
    from: ['valid', 'seized'],
    to: 'revoked',
  },
} as const satisfies Record<
  CertificateAction['type'],
  { zh: string; en: string; article: ProvisionId; from: readonly StoredStatus[]; to: StoredStatus }
>;

export type CertificateDecision =
  | { ok: true; to: StoredStatus; article: ProvisionId }
  | { ok: false; status: 409 | 422; article: ProvisionId; zh: string; en: string; field?: string };

/** the status a reader sees: the stored one, or expired once past its validity */
export function certificateStatusToday(
  stored: StoredStatus,
  validUntil: IsoDate,
  today: IsoDate,
): CertificateStatus {
  return stored === 'valid' && today > validUntil ? 'expired' : stored;
}

export function decideCertificate(
  stored: StoredStatus,
  validUntil: IsoDate,
  action: CertificateAction,
  today: IsoDate,
): CertificateDecision {
  const rule = CERTIFICATE_ACTIONS[action.type];
  if (!action.reason.trim())
    return {
      ok: false,
      status: 422,
      article: rule.article,
      zh: '须写明理由',
      en: 'a reason is required',
      field: 'reason',
    };
  const shown = certificateStatusToday(stored, validUntil, today);
  if (!(rule.from as readonly string[]).includes(stored) || (action.type === 'seize' && shown === 'expired'))
    return {
      ok: false,
      status: 409,
      article: rule.article,
      zh: `证件当前状态（${STATUS_ZH[shown]}）不能${rule.zh}`,
      en: `a ${shown} certificate cannot be ${action.type === 'seize' ? 'seized' : action.type === 'return' ? 'returned' : 'revoked'}`,
    };
  return { ok: true, to: rule.to, article: rule.article };
}

export const STATUS_ZH: Record<CertificateStatus, string> = {
  valid: '有效',
  seized: '暂扣',
  revoked: '注销',
  expired: '过期',
};
