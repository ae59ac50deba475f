// What the procedure needs to know about a case to decide the next step. The service layer
// loads it; decide() returns the next one. Dates are 'YYYY-MM-DD' in Asia/Shanghai.
import type { CalendarData, IsoDate } from '@jiandu/calendar';
import type { DecisionCode, MeasureCode, ProvisionId, RulePack } from '@jiandu/regulation';
import type { CaseState } from './states.ts';
import type { SupervisedAct } from './supervised-act.ts';

export type FilingProposal = 'file' | 'not_file' | 'transfer';

/** 审批意见: who wrote it, on which day, and what it says */
export interface FilingOpinion {
  by: string;
  on: IsoDate;
  opinion: string;
}

/** a person questioned or present at a measure: the name and his or her role or unit */
export interface MeasurePerson {
  name: string;
  role: string;
}

export interface Measure {
  kind: MeasureCode;
  supervisorIds: readonly string[];
  /** the day the measure was taken (before these were recorded: the day it was recorded) */
  on: IsoDate;
  /** where; absent in measures recorded before the place was asked */
  place?: string;
  /** who was questioned or present; absent in measures recorded before they were asked */
  persons?: readonly MeasurePerson[];
}

export interface Decision {
  kind: DecisionCode;
  grounds: readonly ProvisionId[];
  /** the facts found, as the decision states them (经查) */
  statement?: string | null;
  /** for 责令补正或者改正: 补正 or 改正, as the supervisor chose */
  remedy?: 'supplement' | 'correct' | null;
  /** the deadline the decision sets (orders only) */
  deadline: IsoDate | null;
  draftedBy: string;
  approvedBy: string | null;
  sealed: boolean;
  servedOn: IsoDate | null;
  /** the date on the 送达回证: the review window counts from it (第十条第二款) */
  receivedOn: IsoDate | null;
  /** the review deadline as computed at service, stated on the 送达回证; the window itself is recomputed from the calendar */
  reviewDeadline: IsoDate | null;
  /** the day the seal was applied: the decision's issue date, before which it cannot be served (第十条) */
  sealedOn?: IsoDate | null;
}

/** 第十条第二款: a review runs on its own track beside execution, from application to outcome. */
export interface Review {
  appliedOn: IsoDate;
  external: boolean;
  outcome?: 'upheld' | 'changed' | 'revoked' | null;
  decidedOn?: IsoDate | null;
  /** what becomes of what the agency already executed, when the decision is annulled after execution */
  afterExecution?: string | null;
}

export interface CaseFacts {
  state: CaseState;
  /** the supervision organ handling the case */
  organId: string;
  /** the enforcement agency (or government) supervised */
  agencyId: string;
  /** the organ that reviews this organ's decisions; null when it is outside the system (the province) */
  reviewingOrganId: string | null;
  filing: {
    proposal: FilingProposal;
    draftedBy: string;
    transferTo: string | null;
    reason: string;
    /** 案由, as the drafter set it */
    caseName?: string;
    /** 第九条（一）: the head's decision on the form, in the head's own words */
    approval?: FilingOpinion | null;
  } | null;
  /** the head's last return of a drafted form, kept so the next draft answers it */
  filingReturned?:
    | (FilingOpinion & {
        /** the draft the head returned */
        draft?: {
          proposal: FilingProposal;
          reason: string;
          transferTo: string | null;
          caseName: string;
        } | null;
      })
    | null;
  measures: readonly Measure[];
  openAssistance: number;
  /** the grounds of illegality or impropriety found (第十三条 to 第十五条 items) */
  findings: readonly ProvisionId[];
  notice: {
    deadline: IsoDate;
    reportReceivedOn: IsoDate | null;
    /** what the investigation found, as the notice states it */
    found?: string | null;
  } | null;
  /** the enforcement act supervised (第九条（三）（四）), as the notice and the decision name it */
  act?: SupervisedAct | null;
  decision: Decision | null;
  /** an order decision that went past its deadline unmet (逾期不改, 第十三条) */
  unmetOrder: { kind: DecisionCode; grounds: readonly ProvisionId[] } | null;
  review: Review | null;
  /** a duplicate petition handled in another case */
  duplicateOf?: string | null;
  /** 行政执法监督条例第四十二条第二款: the problems found, told to the agency's higher competent department */
  higherDepartmentLetter?: {
    department: string;
    /** how the agency is managed, as the letter says */
    management: 'vertical' | 'dual_led';
    on: IsoDate;
    /** what the investigation found, in the organ's words */
    found: string;
    /** the problems, one a line */
    problems: readonly string[];
  } | null;
}

export interface CaseActor {
  userId: string;
  role: 'supervisor' | 'organ_head' | 'agency_liaison' | 'reviewer' | 'leader' | 'admin';
  organisationId: string;
}

/**
 * 第十九条: the recorded basis for applying a lapsed pack further — an extension, a successor, an
 * interim decision — for the regions it names and the days it is valid.
 */
export interface PackBasisRef {
  id: string;
  reference: string;
  validFrom: IsoDate;
  /** null: until revoked */
  validUntil: IsoDate | null;
}

/** The world outside the case: today, the calendar and the rule pack governing the case. */
export interface ProcedureEnv {
  today: IsoDate;
  calendar: CalendarData;
  pack: RulePack;
  /** the bases recorded for applying `pack` further in the case's region (第十九条); any validity */
  bases: readonly PackBasisRef[];
  /** supervisors of the case's organ holding a valid supervision credential today (第七条第二款) */
  validSupervisorIds: ReadonlySet<string>;
  /** the pack whose text governs the case on its registration date (lawGoverning), if any */
  governingText?: string | null;
  /** how the agency supervised is managed (行政执法监督条例第四十二条第二款); absent: by its own government */
  agency?: { management: 'local' | 'vertical' | 'dual_led'; higherDepartment: string | null };
}

export const NEW_CASE = (organId: string, agencyId: string, reviewingOrganId: string | null): CaseFacts => ({
  state: 'registered',
  organId,
  agencyId,
  reviewingOrganId,
  filing: null,
  measures: [],
  openAssistance: 0,
  findings: [],
  notice: null,
  decision: null,
  unmetOrder: null,
  review: null,
});
