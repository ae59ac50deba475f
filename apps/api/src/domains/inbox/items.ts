// What waits for a user, worked out when asked (nothing stored): the cases where the procedure
// lets him act now, with their open deadlines — passed, or due within a few working days — and
// the evaluation files he has to score or settle. Pure: rows, the actor and the calendar in.
import { type CalendarData, computeDeadline } from '@jiandu/calendar';
import { ACTION_LABELS, allowedActions, type CaseFacts, type ProcedureEnv } from '@jiandu/procedure';
import type { Actor } from '../../access/actor.ts';
import type { CalendarSnapshot } from '../calendar/queries.ts';
import { agencyCaseTitle, caseDeadlines } from '../cases/presenter.ts';

export type Severity = 'overdue' | 'due_soon' | 'todo';

export interface InboxItem {
  kind: 'case' | 'evaluation_sheet' | 'evaluation_settle' | 'visit_follow_up' | 'accountability';
  severity: Severity;
  title: string;
  /** what to do, and by when */
  detail: string;
  detailEn: string;
  due: string | null;
  article: string | null;
  /** the page in the web UI */
  link: string;
  /** what kind of task it is, for the home page's groups: the first step offered, or the item's kind */
  task: Task;
}

export interface Task {
  key: string;
  zh: string;
  en: string;
}

const TASKS = {
  deadline: { key: 'deadline', zh: '期限提醒', en: 'Deadlines' },
  score: { key: 'evaluation_sheet', zh: '待评分案卷', en: 'Files to score' },
  settle: { key: 'evaluation_settle', zh: '待合议定分', en: 'Scores to settle' },
  followUp: { key: 'visit_follow_up', zh: '整改跟进', en: 'Follow-ups' },
  accountability: { key: 'accountability', zh: '责任追究', en: 'Accountability' },
} satisfies Record<string, Task>;

export interface InboxCase {
  id: string;
  title: string;
  agency_name: string;
  registered_on: string;
  facts: CaseFacts;
  /** the world its steps are decided in: the actions offered are those the server accepts */
  env: ProcedureEnv;
}

const RANK: Record<Severity, number> = { overdue: 0, due_soon: 1, todo: 2 };

/** the last day that counts as "soon": `days` working days after today */
export const soonUntil = (cal: CalendarData, today: string, days: number) =>
  computeDeadline(cal, { from: today, workingDays: days }).deadline;

export function caseItems(
  rows: readonly InboxCase[],
  actor: Actor,
  today: string,
  soon: string,
  cal: CalendarSnapshot,
): InboxItem[] {
  const who = { userId: actor.userId, role: actor.role, organisationId: actor.organisationId };
  const out: InboxItem[] = [];
  for (const c of rows) {
    const actions = allowedActions(c.facts, who, c.env);
    // a deadline alone concerns the organ handling the case and the agency it supervises;
    // anyone else hears of a case only when there is something for him to do
    const concerned = [c.facts.organId, c.facts.agencyId].includes(actor.organisationId);
    const deadlines =
      concerned || actions.length ? caseDeadlines(c.facts, today, cal).filter((d) => d.open) : [];
    const overdue = deadlines.find((d) => d.overdue);
    const dueSoon = deadlines.find((d) => !d.overdue && d.due <= soon);
    if (!actions.length && !overdue && !dueSoon) continue;
    const deadline = overdue ?? dueSoon ?? null;
    const todo = actions.map((a) => ACTION_LABELS[a]);
    out.push({
      kind: 'case',
      severity: overdue ? 'overdue' : dueSoon ? 'due_soon' : 'todo',
      title: `${actor.role === 'agency_liaison' ? agencyCaseTitle(c.facts, c.registered_on) : c.title}（${c.agency_name}）`,
      detail: [
        deadline && `${deadline.label}：${deadline.due}${overdue ? '，已逾期' : ''}`,
        todo.length && `可办理：${todo.map((t) => t.zh).join('、')}`,
      ]
        .filter(Boolean)
        .join('；'),
      detailEn: [
        deadline && `${deadline.labelEn}: ${deadline.due}${overdue ? ', passed' : ''}`,
        todo.length && `you may: ${todo.map((t) => t.en).join(', ')}`,
      ]
        .filter(Boolean)
        .join('; '),
      due: deadline?.due ?? null,
      article: deadline?.article ?? null,
      link: `/cases/${c.id}`,
      task: actions.length ? { key: actions[0], ...ACTION_LABELS[actions[0]] } : TASKS.deadline,
    });
  }
  return out;
}

export function evaluationItems(
  sheets: readonly { file_id: string; campaign_title: string; agency_name: string; case_number: string }[],
  disputed: readonly { file_id: string; campaign_title: string; case_number: string; scores: string }[],
): InboxItem[] {
  return [
    ...sheets.map(
      (s): InboxItem => ({
        kind: 'evaluation_sheet',
        severity: 'todo',
        title: `${s.campaign_title}：${s.case_number}（${s.agency_name}）`,
        detail: '案卷待评分',
        detailEn: 'a file to score',
        due: null,
        article: 'art8.1.1',
        link: `/evaluations/files/${s.file_id}`,
        task: TASKS.score,
      }),
    ),
    ...disputed.map(
      (d): InboxItem => ({
        kind: 'evaluation_settle',
        severity: 'todo',
        title: `${d.campaign_title}：${d.case_number}`,
        detail: `两名评查人员分差过大（${d.scores}），待合议定分`,
        detailEn: `two reviewers far apart (${d.scores}): to settle`,
        due: null,
        article: 'art8.1.1',
        link: `/evaluations/files/${d.file_id}`,
        task: TASKS.settle,
      }),
    ),
  ];
}

/** 第七条（七）: the follow-ups of on-site visits, open, by their deadlines */
export function followUpItems(
  visits: readonly {
    id: string;
    subject: string;
    agency_name: string;
    follow_ups: { task: string; due: string; doneOn: string | null }[];
  }[],
  today: string,
  soon: string,
): InboxItem[] {
  return visits.flatMap((v) =>
    v.follow_ups
      .filter((f) => f.doneOn === null)
      .map(
        (f): InboxItem => ({
          kind: 'visit_follow_up',
          severity: f.due < today ? 'overdue' : f.due <= soon ? 'due_soon' : 'todo',
          title: `${v.subject}（${v.agency_name}）`,
          detail: `整改跟进：${f.task}，期限 ${f.due}${f.due < today ? '，已逾期' : ''}`,
          detailEn: `follow-up: ${f.task}, due ${f.due}${f.due < today ? ', passed' : ''}`,
          due: f.due,
          article: 'art7.1.7',
          link: `/inspections/${v.id}`,
          task: TASKS.followUp,
        }),
      ),
  );
}

export interface InboxMatter {
  id: string;
  subject: string;
  state: 'proposed' | 'open';
  /** a measure drafted and waiting for the head */
  drafted: string | null;
  /** the deadline of an approved 责令限期改正 not yet answered by a correction */
  correct_by: string | null;
}

/** 第十六条 to 第十八条: proposals to confirm, drafts to approve, correction deadlines */
export function matterItems(
  rows: readonly InboxMatter[],
  actor: Actor,
  today: string,
  soon: string,
): InboxItem[] {
  const out: InboxItem[] = [];
  for (const m of rows) {
    const link = `/accountability/${m.id}`;
    const item = (severity: Severity, detail: string, detailEn: string, due: string | null): InboxItem => ({
      kind: 'accountability',
      severity,
      title: `责任追究：${m.subject}`,
      detail,
      detailEn,
      due,
      article: 'art16',
      link,
      task: TASKS.accountability,
    });
    if (m.state === 'proposed' && actor.role !== 'agency_liaison')
      out.push(
        item(
          'todo',
          '系统提示的追责事项，待确认或不予追究',
          'an automatic proposal to confirm or dismiss',
          null,
        ),
      );
    if (m.drafted && actor.role === 'organ_head')
      out.push(item('todo', `待批准的处理措施：${m.drafted}`, `a measure to approve: ${m.drafted}`, null));
    if (m.correct_by)
      out.push(
        item(
          m.correct_by < today ? 'overdue' : m.correct_by <= soon ? 'due_soon' : 'todo',
          `责令限期改正，期限 ${m.correct_by}${m.correct_by < today ? '，已逾期，可给予通报批评' : ''}`,
          `ordered to correct by ${m.correct_by}${m.correct_by < today ? ', passed' : ''}`,
          m.correct_by,
        ),
      );
  }
  return out;
}

export const byUrgency = (a: InboxItem, b: InboxItem) =>
  RANK[a.severity] - RANK[b.severity] || (a.due ?? '9999').localeCompare(b.due ?? '9999');
