// decide(): the one entry to the procedure. Given a case, an action, who acts and the world
// (today, calendar, rule pack), it returns the next case and the documents to produce, or a
// refusal that cites the article. Pure: no clock, no I/O.
import type { ActionType, CaseAction } from './actions.ts';
import type { DocumentKind } from './documents.ts';
import type { CaseActor, CaseFacts, ProcedureEnv } from './facts.ts';
import { forAgency, inOrgan, packApplies } from './guards.ts';
import { type Refusal, refusal } from './refusal.ts';
import { STATE_LABELS } from './states.ts';
import { TRANSITIONS, type Transition } from './table.ts';

export type Decided =
  | { ok: true; facts: CaseFacts; documents: DocumentKind[]; article: string; from: CaseFacts['state'] }
  | { ok: false; status: 403 | 409 | 422; refusal: Refusal };

const byAction = new Map<ActionType, Transition[]>();
for (const t of TRANSITIONS) byAction.set(t.action, [...(byAction.get(t.action) ?? []), t]);

/** Who may act: the role, and the organisation the actor works in. */
function mayAct(t: Transition, facts: CaseFacts, actor: CaseActor): Refusal | null {
  if (t.actorIn === 'reviewing_organ') {
    // a city organ's decision is reviewed by the province, outside the system: the organ records the outcome
    if (facts.reviewingOrganId === null)
      return actor.role === 'supervisor'
        ? inOrgan(facts, actor)
        : refusal(
            t.article,
            '复查结果由承办机关的监督人员登记',
            'a supervisor of the organ records the outside review',
          );
    if (actor.role !== 'reviewer')
      return refusal(
        t.article,
        '复查由上一级行政执法监督机关的复查人员办理',
        'a reviewer of the next-higher organ decides the review',
      );
    return actor.organisationId === facts.reviewingOrganId
      ? null
      : refusal(
          'art10.2',
          '只有上一级行政执法监督机关可以复查',
          'only the next-higher supervision organ reviews',
        );
  }
  if (!t.roles.includes(actor.role))
    return refusal(t.article, '您的角色不能进行此操作', 'your role may not take this step');
  return t.actorIn === 'agency' ? forAgency(facts, actor) : inOrgan(facts, actor);
}

export function decide(facts: CaseFacts, action: CaseAction, actor: CaseActor, env: ProcedureEnv): Decided {
  const rows = byAction.get(action.type);
  if (!rows)
    return { ok: false, status: 422, refusal: refusal('art9', '未知的操作', 'unknown action', 'type') };
  const t = rows.find((r) => r.from.includes(facts.state));
  if (!t) {
    const s = STATE_LABELS[facts.state];
    return {
      ok: false,
      status: 409,
      refusal: refusal(
        rows[0].article,
        `案件处于“${s.zh}”状态，不能进行此操作`,
        `not possible while the case is “${s.en}”`,
      ),
    };
  }
  const who = mayAct(t, facts, actor);
  if (who) return { ok: false, status: 403, refusal: who };
  // the record does not hold what the step needs (409), or the law refuses it now (422)
  const held = t.needs?.(facts);
  if (held) return { ok: false, status: 409, refusal: held };
  const lapsed = packApplies(env) ?? t.ready?.({ facts, actor, env });
  if (lapsed) return { ok: false, status: 422, refusal: lapsed };
  const ctx = { facts, action, actor, env } as Parameters<Transition['apply']>[0];
  const why = t.guard?.(ctx);
  if (why) return { ok: false, status: 422, refusal: why };
  const out = t.apply(ctx);
  if (!t.to.includes(out.state))
    throw new Error(`transition ${t.action} from ${facts.state} reached ${out.state}, not in its table row`);
  return {
    ok: true,
    facts: { ...facts, ...out.facts, state: out.state },
    documents: out.documents ?? [],
    article: t.article,
    from: facts.state,
  };
}

/**
 * The actions this actor may take now: every check of decide() that does not read the input
 * (state, role and organisation, what the record holds, the pack's validity, time). Each one
 * offered passes with valid input; each one not offered is refused whatever the input.
 */
export function allowedActions(facts: CaseFacts, actor: CaseActor, env: ProcedureEnv): ActionType[] {
  if (packApplies(env)) return [];
  return TRANSITIONS.filter(
    (t) =>
      t.from.includes(facts.state) &&
      mayAct(t, facts, actor) === null &&
      !t.needs?.(facts) &&
      !t.ready?.({ facts, actor, env }),
  ).map((t) => t.action);
}

/** Why nothing can be done on the case at all, if that is so: the lapsed pack without a basis (第十九条). */
export const caseBlocked = (env: ProcedureEnv) => packApplies(env);
