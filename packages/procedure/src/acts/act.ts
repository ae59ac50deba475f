// An enforcement act as agencies report it (第八条（三）), and what the warning rules need to
// know about the officers and the agency on the act's date. Dates are 'YYYY-MM-DD'.
import type { IsoDate } from '@jiandu/calendar';

/** 行政处罚, 行政许可, 行政检查, 行政强制, 行政征收, 行政给付, 行政确认, 其他 (labels: contracts' ACT_KIND_LABELS) */
export type ActKind =
  | 'penalty'
  | 'licensing'
  | 'inspection'
  | 'coercion'
  | 'levy'
  | 'benefit'
  | 'confirmation'
  | 'other';

/** acts that end in a written decision, which must bear the agency's valid seal (第十五条（三）) */
export const DECISION_KINDS: readonly ActKind[] = [
  'penalty',
  'licensing',
  'coercion',
  'levy',
  'benefit',
  'confirmation',
];

export interface ActDeadline {
  /** what the deadline is for, e.g. 作出处罚决定 */
  label: string;
  due: IsoDate;
  /** when it was met; null while open */
  metOn: IsoDate | null;
}

export interface EnforcementAct {
  kind: ActKind;
  agencyId: string;
  /** the area of enforcement the act belongs to, e.g. 市场监管 */
  area: string;
  caseNumber: string;
  decisionDate: IsoDate;
  officerIds: readonly string[];
  legalBasis: readonly string[];
  sealPresent: boolean;
  /** the discretion benchmark level applied (第十六条（二）); null when none was */
  discretionLevel: string | null;
  deadlines: readonly ActDeadline[];
  /** 全过程记录: the act's process was recorded (第十七条（八）) */
  fullRecord: boolean;
}

export type CertificateStatus = 'valid' | 'seized' | 'revoked' | 'expired';

/** one period of a certificate's life: its status from a date until the next change */
export interface CertificatePeriod {
  from: IsoDate;
  status: CertificateStatus;
}

export interface Certificate {
  officerId: string;
  number: string;
  areas: readonly string[];
  validFrom: IsoDate;
  validUntil: IsoDate;
  /** status changes in date order (seizures, returns, revocation) */
  history: readonly CertificatePeriod[];
}

/** one period of an agency's confirmed qualification (主体资格, 第八条（四）) */
export interface Qualification {
  from: IsoDate;
  until: IsoDate | null;
  scope: readonly string[];
}

export interface ActContext {
  today: IsoDate;
  /** the certificates of each officer named, by officer id */
  certificates: ReadonlyMap<string, readonly Certificate[]>;
  /** the agency's qualifications over time */
  qualifications: readonly Qualification[];
}

/** a certificate's status on a date: its validity period, then the last change on or before it */
export function certificateStatusOn(c: Certificate, date: IsoDate): CertificateStatus {
  if (date < c.validFrom) return 'expired';
  let status: CertificateStatus = 'valid';
  for (const h of c.history) if (h.from <= date) status = h.status;
  if (status === 'valid' && date > c.validUntil) return 'expired';
  return status;
}
