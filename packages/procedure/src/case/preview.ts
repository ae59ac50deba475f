// 预览: what a draft awaiting the head's approval will issue once approved (第九条（一）的立案审批表,
// 第九条（四）的决定书). Read from the approving row of the table itself, so that what is
// previewed and what is issued cannot disagree.
import type { CaseAction } from './actions.ts';
import type { DocumentKind } from './documents.ts';
import type { CaseActor, CaseFacts, ProcedureEnv } from './facts.ts';
import { TRANSITIONS } from './table.ts';

/** the approvals, as taken before the head has written anything */
const APPROVALS: Partial<Record<CaseAction['type'], CaseAction>> = {
  approve_filing: { type: 'approve_filing', opinion: '' },
  approve_decision: { type: 'approve_decision' },
};

const NOBODY: CaseActor = { userId: '', role: 'organ_head', organisationId: '' };

/** the documents the draft before the head would issue; none when no draft awaits approval */
export function documentsAwaitingApproval(facts: CaseFacts, env: ProcedureEnv): DocumentKind[] {
  for (const t of TRANSITIONS) {
    const action = APPROVALS[t.action];
    if (!action || !t.from.includes(facts.state) || t.needs?.(facts)) continue;
    return t.apply({ facts, action, actor: NOBODY, env }).documents ?? [];
  }
  return [];
}
