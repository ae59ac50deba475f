// Who the case waits for: of the people who could act on it (the handling organ's staff, the
// agency's liaisons, the reviewing organ's reviewers), each one the procedure would let act now,
// by step. Asked of allowedActions itself, so "待 吴磊 批准立案" names exactly who the server accepts.
import type { ActionType } from './actions.ts';
import { allowedActions } from './decide.ts';
import type { CaseActor, CaseFacts, ProcedureEnv } from './facts.ts';

export interface Waiting<A extends CaseActor> {
  action: ActionType;
  actors: A[];
}

export function whoMayAct<A extends CaseActor>(
  facts: CaseFacts,
  env: ProcedureEnv,
  candidates: readonly A[],
): Waiting<A>[] {
  const by = new Map<ActionType, A[]>();
  for (const a of candidates)
    for (const action of allowedActions(facts, a, env)) by.set(action, [...(by.get(action) ?? []), a]);
  return [...by].map(([action, actors]) => ({ action, actors }));
}
