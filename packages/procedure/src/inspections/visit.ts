// An on-site supervision visit (第八条（二） 现场监督) as a table: the state it may start from,
// a guard citing its article, and the state it leads to. Pure: the facts, the action, today
// and the organ's credentialed supervisors in; the next facts or a refusal out. No clock, no I/O.
import { type Refusal, refusal } from '../case/refusal.ts';
import { firstRefusal, supervisorsPresent } from '../supervisors.ts';

export const VISIT_STATES = ['planned', 'under_way', 'findings_recorded', 'follow_up', 'closed'] as const;
export type VisitState = (typeof VISIT_STATES)[number];

export type ChecklistResult = 'pending' | 'compliant' | 'problem' | 'not_applicable';

export interface ChecklistItem {
  id: string;
  item: string;
  result: ChecklistResult;
  note: string | null;
}

export interface Finding {
  id: string;
  text: string;
  /** a problem found (违法或者不当), as opposed to a record that all was in order */
  problem: boolean;
  /** the supervision case opened from it, if any */
  caseId: string | null;
}

export interface FollowUp {
  id: string;
  findingId: string | null;
  task: string;
  due: string;
  doneOn: string | null;
  doneNote: string | null;
}

export interface VisitFacts {
  state: VisitState;
  /** 不打招呼: not announced to the agency, so it needs no announced plan date */
  unannounced: boolean;
  plannedOn: string | null;
  startedOn: string | null;
  closedOn: string | null;
  supervisorIds: string[];
  checklist: ChecklistItem[];
  findings: Finding[];
  followUps: FollowUp[];
  conclusion: string | null;
}

export type VisitAction =
  | { type: 'start'; supervisorIds: string[] }
  | { type: 'record_checklist'; items: { id: string; result: ChecklistResult; note?: string | null }[] }
  | { type: 'record_findings'; findings: { id: string; text: string; problem: boolean }[] }
  | { type: 'add_follow_up'; id: string; task: string; due: string; findingId?: string | null }
  | { type: 'complete_follow_up'; followUpId: string; note: string }
  | { type: 'close'; conclusion: string }
  | { type: 'open_case'; findingId: string; caseId: string };

export interface VisitEnv {
  today: string;
  actorId: string;
  /** 第七条第二款: the organ's supervisors holding a supervision credential valid today */
  validSupervisorIds: ReadonlySet<string>;
}

export type VisitDecision =
  | { ok: true; facts: VisitFacts; article: string }
  | { ok: false; status: 409 | 422; refusal: Refusal };

interface Row<A extends VisitAction['type']> {
  from: readonly VisitState[];
  article: string;
  guard: (f: VisitFacts, a: Extract<VisitAction, { type: A }>, env: VisitEnv) => Refusal | null;
  apply: (f: VisitFacts, a: Extract<VisitAction, { type: A }>, env: VisitEnv) => VisitFacts;
}

const AFTER_FINDINGS: readonly VisitState[] = ['findings_recorded', 'follow_up'];
const first = firstRefusal;
const ON_SITE = { zh: '现场监督', en: 'an on-site visit' };

export const VISIT_TABLE: { [A in VisitAction['type']]: Row<A> } = {
  start: {
    from: ['planned'],
    article: 'art8.1.2',
    guard: (f, a, env) =>
      first(
        // an announced visit starts on its planned day, not before; 不打招呼 starts when it starts
        () =>
          f.unannounced || (f.plannedOn !== null && f.plannedOn <= env.today)
            ? null
            : refusal(
                'art8.1.2',
                '尚未到计划的现场监督日期',
                'the planned day has not come yet',
                'plannedOn',
              ),
        () => supervisorsPresent(a.supervisorIds, env.validSupervisorIds, env.actorId, ON_SITE),
      ),
    apply: (f, a, env) => ({
      ...f,
      state: 'under_way',
      startedOn: env.today,
      supervisorIds: [...new Set(a.supervisorIds)],
    }),
  },
  record_checklist: {
    from: ['under_way', 'findings_recorded'],
    article: 'art7.1.4',
    guard: (f, a) =>
      a.items.every((i) => f.checklist.some((c) => c.id === i.id))
        ? null
        : refusal('art7.1.4', '检查事项不在本次清单中', 'an item is not on this checklist', 'items'),
    apply: (f, a) => ({
      ...f,
      checklist: f.checklist.map((c) => {
        const u = a.items.find((i) => i.id === c.id);
        return u ? { ...c, result: u.result, note: u.note ?? null } : c;
      }),
    }),
  },
  record_findings: {
    from: ['under_way', 'findings_recorded'],
    article: 'art8.1.2',
    guard: (f, a) =>
      first(
        () =>
          a.findings.length > 0
            ? null
            : refusal('art8.1.2', '须记录至少一条监督发现', 'record at least one finding', 'findings'),
        () =>
          a.findings.every((n) => !f.findings.some((o) => o.id === n.id))
            ? null
            : refusal('art8.1.2', '发现编号重复', 'a finding id repeats', 'findings'),
        // results first: a finding rests on the checklist actually gone through
        () =>
          f.checklist.every((c) => c.result !== 'pending')
            ? null
            : refusal(
                'art7.1.4',
                '检查清单尚有未填写结果的事项',
                'some checklist items have no result yet',
                'checklist',
              ),
      ),
    apply: (f, a) => ({
      ...f,
      state: 'findings_recorded',
      findings: [...f.findings, ...a.findings.map((n) => ({ ...n, caseId: null }))],
    }),
  },
  add_follow_up: {
    from: AFTER_FINDINGS,
    article: 'art7.1.7',
    guard: (f, a, env) =>
      first(
        () =>
          a.due > env.today
            ? null
            : refusal('art7.1.7', '整改期限必须晚于今天', 'the deadline must be after today', 'due'),
        () =>
          !a.findingId || f.findings.some((x) => x.id === a.findingId)
            ? null
            : refusal('art7.1.7', '没有这条监督发现', 'no such finding', 'findingId'),
      ),
    apply: (f, a) => ({
      ...f,
      state: 'follow_up',
      followUps: [
        ...f.followUps,
        { id: a.id, findingId: a.findingId ?? null, task: a.task, due: a.due, doneOn: null, doneNote: null },
      ],
    }),
  },
  complete_follow_up: {
    from: ['follow_up'],
    article: 'art7.1.7',
    guard: (f, a) =>
      f.followUps.some((x) => x.id === a.followUpId && x.doneOn === null)
        ? null
        : refusal('art7.1.7', '没有这项未办结的整改事项', 'no such open follow-up', 'followUpId'),
    apply: (f, a, env) => ({
      ...f,
      followUps: f.followUps.map((x) =>
        x.id === a.followUpId ? { ...x, doneOn: env.today, doneNote: a.note } : x,
      ),
    }),
  },
  close: {
    from: ['under_way', ...AFTER_FINDINGS],
    article: 'art8.1.2',
    guard: (f) =>
      first(
        () =>
          f.findings.length > 0
            ? null
            : refusal(
                'art8.1.2',
                '现场监督须记录监督发现后方可结束',
                'an on-site visit closes only once its findings are recorded',
                'findings',
              ),
        () =>
          f.followUps.every((x) => x.doneOn !== null)
            ? null
            : refusal(
                'art7.1.7',
                '尚有未办结的整改事项，须督促有关机关处理完毕',
                'follow-up items are still open: see them handled first',
                'followUps',
              ),
      ),
    apply: (f, a, env) => ({ ...f, state: 'closed', closedOn: env.today, conclusion: a.conclusion }),
  },
  // a problem found becomes a supervision case of its own (第八条: 主动开展监督)
  open_case: {
    from: ['findings_recorded', 'follow_up', 'closed'],
    article: 'art8.1.2',
    guard: (f, a) => {
      const finding = f.findings.find((x) => x.id === a.findingId);
      if (!finding) return refusal('art8.1.2', '没有这条监督发现', 'no such finding', 'findingId');
      if (!finding.problem)
        return refusal(
          'art9.1.3',
          '只有发现问题的记录才能立案监督',
          'only a finding of a problem can open a case',
          'findingId',
        );
      return finding.caseId
        ? refusal('art8.1.2', '这条发现已经立案', 'a case was already opened for this finding', 'findingId')
        : null;
    },
    apply: (f, a) => ({
      ...f,
      findings: f.findings.map((x) => (x.id === a.findingId ? { ...x, caseId: a.caseId } : x)),
    }),
  },
};

export function newVisit(input: {
  unannounced: boolean;
  plannedOn: string | null;
  checklist: { id: string; item: string }[];
}): VisitFacts {
  return {
    state: 'planned',
    unannounced: input.unannounced,
    plannedOn: input.plannedOn,
    startedOn: null,
    closedOn: null,
    supervisorIds: [],
    checklist: input.checklist.map((c) => ({ ...c, result: 'pending', note: null })),
    findings: [],
    followUps: [],
    conclusion: null,
  };
}

/** 第八条（二）: an announced visit names its day, not in the past; an unannounced one need not */
export function planRefusal(
  input: { unannounced: boolean; plannedOn: string | null },
  today: string,
): Refusal | null {
  if (input.unannounced) return null;
  if (!input.plannedOn)
    return refusal(
      'art8.1.2',
      '事先通知的现场监督须确定计划日期（不打招呼的除外）',
      'an announced visit needs a planned date (an unannounced one does not)',
      'plannedOn',
    );
  return input.plannedOn >= today
    ? null
    : refusal('art8.1.2', '计划日期不能早于今天', 'the planned date cannot be in the past', 'plannedOn');
}

export function decideVisit(facts: VisitFacts, action: VisitAction, env: VisitEnv): VisitDecision {
  const row = VISIT_TABLE[action.type] as Row<VisitAction['type']>;
  if (!row.from.includes(facts.state))
    return {
      ok: false,
      status: 409,
      refusal:
        // closing before anything was found says why, whatever the state
        action.type === 'close' && facts.findings.length === 0
          ? refusal(
              'art8.1.2',
              '现场监督须记录监督发现后方可结束',
              'an on-site visit closes only once its findings are recorded',
              'findings',
            )
          : refusal(row.article, '当前状态不能办理此事项', `not possible while the visit is ${facts.state}`),
    };
  // what is recorded on site is recorded by one of those present (第七条第二款)
  if (
    (action.type === 'record_checklist' || action.type === 'record_findings') &&
    !facts.supervisorIds.includes(env.actorId)
  )
    return {
      ok: false,
      status: 422,
      refusal: refusal(
        'art7.2',
        '记录人须是参加现场监督的监督人员之一',
        'the recorder must be one of the supervisors present',
      ),
    };
  const r = row.guard(facts, action as never, env);
  if (r) return { ok: false, status: 422, refusal: r };
  return { ok: true, facts: row.apply(facts, action as never, env), article: row.article };
}

/** what this actor may do now, so the UI shows only the buttons the server accepts */
export function allowedVisitActions(facts: VisitFacts): VisitAction['type'][] {
  return (Object.keys(VISIT_TABLE) as VisitAction['type'][]).filter((t) =>
    VISIT_TABLE[t].from.includes(facts.state),
  );
}
