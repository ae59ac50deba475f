// What a template is given: the case as it stands after the step that issues the document,
// gathered by documents/context.ts. Templates are pure functions of this.
import type { IsoDate } from '@jiandu/calendar';
import type { CaseAction, CaseFacts } from '@jiandu/procedure';
import type { RulePack } from '@jiandu/regulation';

export interface StepRecord {
  n: number;
  action: CaseAction;
  on: IsoDate;
  actorName: string;
}

export interface DocumentData {
  issuedOn: IsoDate;
  /** 发文字号, allocated in the issuing transaction; null for unnumbered kinds */
  number: string | null;
  /** the organ issuing the document and its government, whose supervision seal it bears */
  organ: { name: string; government: string };
  agency: { name: string };
  caseTitle: string;
  registeredOn: IsoDate;
  /** the filing number (立案审批表's 文号), once filed */
  filingNumber: string | null;
  petition: {
    kind: 'application' | 'complaint' | 'report';
    channel: string;
    summary: string;
    receivedOn: IsoDate;
    occurredOn: IsoDate | null;
    /** null when anonymous */
    petitioner: string | null;
    address: string | null;
  } | null;
  facts: CaseFacts;
  pack: RulePack;
  /** the recorded basis for applying `pack` further that is valid on the issue day (第十九条), if any */
  basisReference: string | null;
  /** user id → name, for supervisors, drafters and approvers */
  names: Readonly<Record<string, string>>;
  /** the step that issues the document */
  step: StepRecord | null;
  /** the timeline up to and including that step */
  steps: readonly StepRecord[];
  /** who reviews this organ's decisions (第十条第二款) */
  reviewOrgan: string;
  /** the decision a receipt or review refers to */
  decision: { number: string | null; issuedOn: IsoDate } | null;
  /** the notice a decision follows */
  notice: { number: string | null; issuedOn: IsoDate } | null;
}
