// What the procedure knows about an accountability matter (责任追究事项). The service loads it;
// the decide functions return the next one. Dates are 'YYYY-MM-DD' in Asia/Shanghai.
import type { IsoDate } from '@jiandu/calendar';
import type { AccountabilityMeasureCode, ProvisionId, RulePack } from '@jiandu/regulation';
import type { CertificateStatus } from '../acts/act.ts';
import type { SubjectKind } from './subjects.ts';

/** proposed (found automatically, awaiting a person) → open → closed; or dismissed with a reason */
export const MATTER_STATES = ['proposed', 'open', 'closed', 'dismissed'] as const;
export type MatterState = (typeof MATTER_STATES)[number];

export interface TakenMeasure {
  kind: AccountabilityMeasureCode;
  /** the day the measure took effect (approved) */
  on: IsoDate;
  /** 责令限期改正 only */
  deadline: IsoDate | null;
}

export interface MatterFacts {
  subject: SubjectKind;
  state: MatterState;
  grounds: readonly ProvisionId[];
  /** measures in force, in the order taken; drafts are not measures yet */
  measures: readonly TakenMeasure[];
  /** a drafted measure awaits the organ head */
  pendingDraft: boolean;
  /** the agency reported its correction (第十六条: 责令限期改正) */
  correction: { reportedOn: IsoDate } | null;
}

export interface MeasureRequest {
  kind: string;
  deadline?: IsoDate | null;
  /** why 情节严重 or 构成犯罪 is found, or what the milder measure rests on */
  reasons?: string | null;
}

export interface AccountabilityEnv {
  today: IsoDate;
  pack: RulePack;
  /** the officer's enforcement certificate as read today, for 暂扣行政执法证件 */
  certificateStatus?: CertificateStatus | null;
}

export type MatterDecision =
  | { ok: true; facts: MatterFacts; article: ProvisionId }
  | { ok: false; status: 409 | 422; article: ProvisionId; zh: string; en: string; field?: string };

export const matterRefusal = (
  status: 409 | 422,
  article: ProvisionId,
  zh: string,
  en: string,
  field?: string,
): MatterDecision => ({ ok: false, status, article, zh, en, ...(field ? { field } : {}) });
