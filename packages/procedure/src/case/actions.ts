// Everything that can be done to a case. Each action is one row (or a few) of the
// transition table in table.ts.
import type { IsoDate } from '@jiandu/calendar';
import type { DecisionCode, MeasureCode, ProvisionId } from '@jiandu/regulation';
import type { FilingProposal, MeasurePerson } from './facts.ts';
import type { SupervisedAct } from './supervised-act.ts';

export type CaseAction =
  | {
      type: 'draft_filing';
      proposal: FilingProposal;
      reason: string;
      transferTo?: string;
      /** 案由: the case's name as staff state it, used by every document (never the petitioner's words) */
      caseName: string;
    }
  | { type: 'merge_duplicate'; duplicateOf: string }
  /** 审批意见: the head's own words, printed on the 立案审批表 over the head's name */
  | { type: 'approve_filing'; opinion: string }
  | { type: 'return_filing'; reason: string }
  | {
      type: 'record_measure';
      kind: MeasureCode;
      supervisorIds: readonly string[];
      summary: string;
      /** the day the measure was taken; today when not given */
      on?: IsoDate;
      /** where it was taken (询问, 实地调查, 听证) */
      place?: string;
      /** the persons questioned or present, each with his or her role or unit (询问笔录) */
      persons?: readonly MeasurePerson[];
    }
  | { type: 'request_assistance'; unit: string; matter: string }
  | { type: 'record_assistance_answer' }
  | { type: 'conclude_lawful'; finding: string }
  | {
      type: 'issue_notice';
      findings: readonly ProvisionId[];
      deadline: IsoDate;
      /** the act supervised, named as its documents name it */
      act: SupervisedAct;
      /** what the investigation found (经调查核实查明的事实), in the organ's words */
      found: string;
    }
  | {
      /** 行政执法监督条例第四十二条第二款: 将发现的问题及时告知其上一级主管部门 */
      type: 'inform_higher_department';
      act: SupervisedAct;
      /** what the investigation found (经调查核实查明的事实), in the organ's words */
      found: string;
      /** the problems found, one a line */
      problems: readonly string[];
    }
  | { type: 'report_handling'; receivedOn: IsoDate; written: boolean }
  | { type: 'accept_handling' }
  | { type: 'reject_handling'; reason: string }
  | { type: 'escalate_unhandled' }
  | {
      type: 'draft_decision';
      kind: DecisionCode;
      grounds: readonly ProvisionId[];
      deadline?: IsoDate;
      statement?: string;
      /** the act supervised, when the decision names it otherwise than the notice did */
      act?: SupervisedAct;
      /** 责令补正或者改正: which of the two the supervisor orders (补正 a defect of form, 改正 a wrong) */
      remedy?: 'supplement' | 'correct';
    }
  | { type: 'approve_decision' }
  | { type: 'seal_decision' }
  | {
      type: 'serve_decision';
      servedOn: IsoDate;
      receivedOn: IsoDate;
      /** 直接, 留置, 邮寄, 电子 or 委托送达 */
      method?: 'direct' | 'left' | 'post' | 'electronic' | 'entrusted';
      /** 送达地点, as the server records it */
      place?: string;
      /** recorded from the 送达回证 the recipient signed and dated: the form then shows the signing */
      signedReturn?: boolean;
    }
  | { type: 'apply_review'; appliedOn: IsoDate }
  | {
      type: 'decide_review';
      outcome: 'upheld' | 'changed' | 'revoked';
      kind?: DecisionCode;
      grounds?: ProvisionId[];
      /** when a decision already executed is revoked: what becomes of its execution */
      afterExecution?: string;
    }
  | { type: 'escalate_unmet_order' }
  | { type: 'report_execution'; reportedOn: IsoDate }
  | { type: 'close'; note: string }
  | { type: 'archive' };

export type ActionType = CaseAction['type'];

export const ACTION_LABELS: Record<ActionType, { zh: string; en: string }> = {
  draft_filing: { zh: '填写立案审批表', en: 'Draft the filing approval form' },
  merge_duplicate: { zh: '重复来件，并入原件办理', en: 'Merge a duplicate into the original' },
  approve_filing: { zh: '批准立案审批表', en: 'Approve the filing form' },
  return_filing: { zh: '退回立案审批表', en: 'Return the filing form' },
  record_measure: { zh: '记录监督措施', en: 'Record a supervision measure' },
  request_assistance: { zh: '提请协助', en: 'Request assistance' },
  record_assistance_answer: { zh: '登记协助答复', en: 'Record the assistance answer' },
  conclude_lawful: { zh: '认定合法并结案', en: 'Find lawful and close' },
  issue_notice: { zh: '发出行政执法监督通知书', en: 'Issue a supervision notice' },
  inform_higher_department: {
    zh: '将发现的问题告知上一级主管部门',
    en: 'Tell the problems found to the higher competent department',
  },
  report_handling: { zh: '报告处理情况', en: 'Report the handling' },
  accept_handling: { zh: '认可处理情况并结案', en: 'Accept the handling and close' },
  reject_handling: { zh: '不认可处理情况', en: 'Reject the handling' },
  escalate_unhandled: { zh: '逾期未处理，转入决定', en: 'Deadline passed unhandled: to decision' },
  draft_decision: { zh: '拟制行政执法监督决定书', en: 'Draft a supervision decision' },
  approve_decision: { zh: '批准决定书', en: 'Approve the decision' },
  seal_decision: { zh: '加盖行政执法监督专用章', en: 'Seal the decision' },
  serve_decision: { zh: '送达决定书', en: 'Serve the decision' },
  apply_review: { zh: '申请复查', en: 'Apply for review' },
  decide_review: { zh: '作出复查决定', en: 'Decide the review' },
  escalate_unmet_order: { zh: '逾期不改，转入撤销决定', en: 'Order unmet by its deadline: to revocation' },
  report_execution: { zh: '报告执行情况', en: 'Report execution' },
  close: { zh: '结案', en: 'Close' },
  archive: { zh: '归档', en: 'Archive' },
};
