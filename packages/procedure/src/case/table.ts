// The supervision case procedure as one table: from-state, action, who may act, guard,
// next state, documents, cited article. It reads like 第七条 to 第十五条 of the regulation.
import {
  checkDecisionGrounds,
  getDecisionKind,
  isValidId,
  MIN_SUPERVISORS_PER_MEASURE,
} from '@jiandu/regulation';
import { firstRefusal, supervisorsPresent } from '../supervisors.ts';
import type { ActionType, CaseAction } from './actions.ts';
import type { DocumentKind } from './documents.ts';
import type { CaseActor, CaseFacts, ProcedureEnv } from './facts.ts';
import {
  after,
  investigated,
  measureRecord,
  notDrafter,
  notFuture,
  reviewDeadline,
  reviewPending,
  serviceDates,
} from './guards.ts';
import { type Refusal, refusal } from './refusal.ts';
import type { CaseState } from './states.ts';
import { checkSupervisedAct, normaliseAct } from './supervised-act.ts';
import { ART42_2, higherDepartment, notRoutedToHigher, routedToHigher } from './vertical.ts';

type Role = CaseActor['role'];
type ActionOf<T extends ActionType> = Extract<CaseAction, { type: T }>;

export interface Ctx<T extends ActionType> {
  facts: CaseFacts;
  action: ActionOf<T>;
  actor: CaseActor;
  env: ProcedureEnv;
}

export interface Outcome {
  state: CaseState;
  facts?: Partial<CaseFacts>;
  documents?: DocumentKind[];
}

export interface Transition<T extends ActionType = ActionType> {
  action: T;
  from: readonly CaseState[];
  roles: readonly Role[];
  /** where the actor must work: the organ handling the case, the agency, or the reviewing organ */
  actorIn: 'organ' | 'agency' | 'reviewing_organ';
  /** the article that allows this step */
  article: string;
  /** every state this step can lead to */
  to: readonly CaseState[];
  /**
   * what the record itself must hold for the step, beyond its state (a drafted decision, a report
   * received): refused with 409, like a wrong state
   */
  needs?: (facts: CaseFacts) => Refusal | null;
  /** a legal condition on who acts and when, whatever the input: refused with 422 */
  ready?: (c: Omit<Ctx<T>, 'action'>) => Refusal | null;
  /** a legal condition on the input: refused with 422 */
  guard?: (c: Ctx<T>) => Refusal | null;
  apply: (c: Ctx<T>) => Outcome;
}

const row = <T extends ActionType>(t: Transition<T>) => t as unknown as Transition;
const first = firstRefusal;
const ORDERS = ['order_performance', 'order_correction'] as const;
const informed = (facts: CaseFacts) =>
  facts.higherDepartmentLetter
    ? refusal(
        ART42_2,
        '发现的问题已告知上一级主管部门',
        'the problems found were told to the higher department',
      )
    : null;

export const TRANSITIONS: readonly Transition[] = [
  // 第九条（一）: 具体承办人员填写立案审批表
  row({
    action: 'draft_filing',
    from: ['registered'],
    roles: ['supervisor'],
    actorIn: 'organ',
    article: 'art9.1.1',
    to: ['filing_pending'],
    guard: ({ action }) =>
      action.proposal === 'transfer' && !action.transferTo?.trim()
        ? refusal(
            'art12',
            '移交须写明有权处理的机关',
            'a transfer must name the competent authority',
            'transferTo',
          )
        : !action.reason.trim()
          ? refusal(
              'art9.1.1',
              '须写明立案、不予立案或移交的理由',
              'give the reason for the proposal',
              'reason',
            )
          : !action.caseName?.trim()
            ? refusal(
                'art9.1.1',
                '立案审批表须写明案由',
                'the filing form states the case name (案由)',
                'caseName',
              )
            : null,
    apply: ({ action, actor }) => ({
      state: 'filing_pending',
      facts: {
        filing: {
          proposal: action.proposal,
          draftedBy: actor.userId,
          transferTo: action.transferTo?.trim() || null,
          reason: action.reason,
          caseName: action.caseName.trim(),
        },
      },
    }),
  }),
  // 第九条: the same matter petitioned twice is handled once, in the original case
  row({
    action: 'merge_duplicate',
    from: ['registered'],
    roles: ['supervisor'],
    actorIn: 'organ',
    article: 'art9',
    to: ['closed'],
    guard: ({ action }) =>
      action.duplicateOf.trim()
        ? null
        : refusal('art9', '须指明原件', 'name the original case', 'duplicateOf'),
    apply: ({ action }) => ({ state: 'closed', facts: { duplicateOf: action.duplicateOf } }),
  }),
  // 第九条（一）: 经执法监督机关负责人批准立案 — or not filed, or transferred (第十二条)
  row({
    action: 'approve_filing',
    from: ['filing_pending'],
    roles: ['organ_head'],
    actorIn: 'organ',
    article: 'art9.1.1',
    to: ['investigating', 'not_filed', 'transferred'],
    ready: ({ facts, actor }) => notDrafter(facts.filing!.draftedBy, actor),
    // the head approves what the form says in words of his or her own, printed on the form
    guard: ({ action }) =>
      action.opinion?.trim()
        ? null
        : refusal('art9.1.1', '须填写负责人审批意见', 'give the head’s opinion on the form', 'opinion'),
    apply: ({ facts, action, actor, env }) => {
      const filing = {
        ...facts.filing!,
        approval: { by: actor.userId, on: env.today, opinion: action.opinion.trim() },
      };
      const p = filing.proposal;
      // the approved form is issued with the filing number; a refusal or transfer writes its letter
      if (p === 'file')
        return { state: 'investigating', facts: { filing }, documents: ['filing_approval_form'] };
      if (p === 'transfer')
        return {
          state: 'transferred',
          facts: { filing },
          documents: ['filing_approval_form', 'transfer_letter'],
        };
      return {
        state: 'not_filed',
        facts: { filing },
        documents: ['filing_approval_form', 'non_filing_notice'],
      };
    },
  }),
  row({
    action: 'return_filing',
    from: ['filing_pending'],
    roles: ['organ_head'],
    actorIn: 'organ',
    article: 'art9.1.1',
    to: ['registered'],
    guard: ({ action }) =>
      action.reason.trim()
        ? null
        : refusal('art9.1.1', '退回须说明理由', 'say why the form is returned', 'reason'),
    apply: ({ facts, action, actor, env }) => ({
      state: 'registered',
      facts: {
        filing: null,
        // the returned draft is kept beside the head's reason, so the next draft starts from it
        filingReturned: {
          by: actor.userId,
          on: env.today,
          opinion: action.reason.trim(),
          draft: facts.filing
            ? {
                proposal: facts.filing.proposal,
                reason: facts.filing.reason,
                transferTo: facts.filing.transferTo,
                caseName: facts.filing.caseName ?? '',
              }
            : null,
        },
      },
    }),
  }),
  // 第七条: 监督措施, 行政执法监督人员不得少于二人
  row({
    action: 'record_measure',
    from: ['investigating', 'notice_issued', 'decision_pending'],
    roles: ['supervisor'],
    actorIn: 'organ',
    article: 'art7.1',
    to: ['investigating', 'notice_issued', 'decision_pending'],
    // 第七条第二款: the recorder and at least one other credentialed supervisor must be there to take part
    ready: ({ actor, env }) =>
      env.validSupervisorIds.has(actor.userId) &&
      env.validSupervisorIds.size >= MIN_SUPERVISORS_PER_MEASURE.value
        ? null
        : refusal(
            MIN_SUPERVISORS_PER_MEASURE.citation,
            `采取监督措施须有${MIN_SUPERVISORS_PER_MEASURE.value}名以上持有效监督证件的监督人员参加，且记录人为其中之一`,
            `a measure needs ${MIN_SUPERVISORS_PER_MEASURE.value} supervisors with valid credentials, the recorder among them`,
          ),
    guard: ({ facts, action, actor, env }) =>
      first(
        () =>
          env.pack.measures.some((m) => m.code === action.kind)
            ? null
            : refusal('art7.1', '不是第七条规定的监督措施', 'not a measure of article 7', 'kind'),
        () =>
          supervisorsPresent(action.supervisorIds, env.validSupervisorIds, actor.userId, {
            zh: '采取监督措施',
            en: 'a measure',
          }),
        () => measureRecord(facts, action, env),
      ),
    apply: ({ facts, action, env }) => {
      const documents: DocumentKind[] =
        action.kind === 'inquiry'
          ? ['inquiry_record']
          : action.kind === 'site_investigation'
            ? ['site_record']
            : [];
      return {
        state: facts.state,
        facts: {
          measures: [
            ...facts.measures,
            {
              kind: action.kind,
              supervisorIds: [...new Set(action.supervisorIds)],
              on: action.on ?? env.today,
              ...(action.place?.trim() ? { place: action.place.trim() } : {}),
              ...(action.persons?.length
                ? { persons: action.persons.map((p) => ({ name: p.name.trim(), role: p.role.trim() })) }
                : {}),
            },
          ],
        },
        documents,
      };
    },
  }),
  // 第十一条: 提请有关单位予以协助, tracked to the answer
  row({
    action: 'request_assistance',
    from: ['investigating', 'notice_issued', 'decision_pending'],
    roles: ['supervisor'],
    actorIn: 'organ',
    article: 'art11',
    to: ['investigating', 'notice_issued', 'decision_pending'],
    guard: ({ action }) =>
      action.unit.trim()
        ? null
        : refusal('art11', '须写明被请求协助的单位', 'name the unit asked to assist', 'unit'),
    apply: ({ facts }) => ({
      state: facts.state,
      facts: { openAssistance: facts.openAssistance + 1 },
      documents: ['assistance_letter'],
    }),
  }),
  row({
    action: 'record_assistance_answer',
    from: ['investigating', 'notice_issued', 'decision_pending'],
    roles: ['supervisor'],
    actorIn: 'organ',
    article: 'art11',
    to: ['investigating', 'notice_issued', 'decision_pending'],
    needs: (facts) =>
      facts.openAssistance > 0
        ? null
        : refusal('art11', '没有待答复的协助请求', 'no assistance request awaits an answer'),
    apply: ({ facts }) => ({ state: facts.state, facts: { openAssistance: facts.openAssistance - 1 } }),
  }),
  // 第九条（二）: 调查核实 finds the act lawful
  row({
    action: 'conclude_lawful',
    from: ['investigating'],
    roles: ['supervisor'],
    actorIn: 'organ',
    article: 'art9.1.2',
    to: ['closed'],
    needs: (facts) => investigated(facts) ?? informed(facts),
    guard: ({ action }) =>
      action.finding.trim()
        ? null
        : refusal('art9.1.2', '须写明调查核实的结论', 'state the finding of the investigation', 'finding'),
    apply: () => ({ state: 'closed', documents: ['petition_reply'] }),
  }),
  // 第九条（三）: 发现违法或者不当的, 发出通知书, 责令在规定期限内处理并报告
  row({
    action: 'issue_notice',
    from: ['investigating'],
    roles: ['supervisor'],
    actorIn: 'organ',
    article: 'art9.1.3',
    to: ['notice_issued'],
    needs: investigated,
    // 行政执法监督条例第四十二条第二款: not to a vertically managed or dual-led agency
    ready: ({ env }) => notRoutedToHigher(env),
    guard: ({ action, env }) =>
      first(
        () =>
          action.findings.length > 0 &&
          action.findings.every((g) => /^art1[345]\.1\.\d+$/.test(g) && isValidId(g, env.pack))
            ? null
            : refusal(
                'art9.1.3',
                '须写明所发现的违法或者不当情形（第十三条至第十五条所列情形）',
                'name the illegality or impropriety found (the items of articles 13 to 15)',
                'findings',
              ),
        () =>
          action.found?.trim()
            ? null
            : refusal('art9.1.3', '须写明调查核实查明的事实', 'state what the investigation found', 'found'),
        () => checkSupervisedAct(action.act, action.findings, env.today, 'art9.1.3'),
        () => after(action.deadline, env.today, 'deadline', 'art9.1.3'),
      ),
    apply: ({ action }) => ({
      state: 'notice_issued',
      facts: {
        findings: [...new Set(action.findings)],
        notice: { deadline: action.deadline, reportReceivedOn: null, found: action.found.trim() },
        act: normaliseAct(action.act),
      },
      documents: ['supervision_notice'],
    }),
  }),
  // 行政执法监督条例第四十二条第二款: 将发现的问题及时告知其上一级主管部门 — in place of a notice,
  // issued by a supervisor as a notice is
  row({
    action: 'inform_higher_department',
    from: ['investigating'],
    roles: ['supervisor'],
    actorIn: 'organ',
    article: ART42_2,
    to: ['investigating'],
    needs: (facts) => investigated(facts) ?? informed(facts),
    ready: ({ env }) => routedToHigher(env),
    guard: ({ action, env }) =>
      first(
        () => checkSupervisedAct(action.act, [], env.today, ART42_2),
        () =>
          action.found?.trim()
            ? null
            : refusal(ART42_2, '须写明调查核实查明的事实', 'state what the investigation found', 'found'),
        () =>
          action.problems?.some((p) => p.trim())
            ? null
            : refusal(ART42_2, '须写明发现的问题', 'state the problems found', 'problems'),
      ),
    apply: ({ action, env }) => ({
      state: 'investigating',
      facts: {
        act: normaliseAct(action.act),
        higherDepartmentLetter: {
          department: higherDepartment(env) ?? '',
          management: env.agency?.management === 'dual_led' ? 'dual_led' : 'vertical',
          on: env.today,
          found: action.found.trim(),
          problems: action.problems.map((p) => p.trim()).filter(Boolean),
        },
      },
      documents: ['higher_department_letter'],
    }),
  }),
  // 第九条（三） 报告处理情况; 第十三条第二款 补正、改正应当采取书面方式
  row({
    action: 'report_handling',
    from: ['notice_issued'],
    roles: ['agency_liaison'],
    actorIn: 'agency',
    article: 'art9.1.3',
    to: ['notice_issued'],
    guard: ({ action, env }) =>
      first(
        () =>
          action.written
            ? null
            : refusal(
                'art13.2',
                '补正、改正及处理情况应当采取书面方式',
                'the handling and any correction must be in writing',
                'written',
              ),
        () => notFuture(action.receivedOn, env.today, 'receivedOn', 'art9.1.3'),
      ),
    apply: ({ facts, action }) => ({
      state: 'notice_issued',
      facts: { notice: { ...facts.notice!, reportReceivedOn: action.receivedOn } },
    }),
  }),
  row({
    action: 'accept_handling',
    from: ['notice_issued'],
    roles: ['supervisor'],
    actorIn: 'organ',
    article: 'art9.1.3',
    to: ['closed'],
    needs: (facts) =>
      facts.notice?.reportReceivedOn
        ? null
        : refusal(
            'art9.1.3',
            '尚未收到书面处理情况报告',
            'no written report of the handling has been received',
          ),
    apply: () => ({ state: 'closed', documents: ['petition_reply'] }),
  }),
  row({
    action: 'reject_handling',
    from: ['notice_issued'],
    roles: ['supervisor'],
    actorIn: 'organ',
    article: 'art9.1.3',
    to: ['notice_issued'],
    needs: (facts) =>
      facts.notice?.reportReceivedOn
        ? null
        : refusal('art9.1.3', '尚未收到处理情况报告', 'no report of the handling has been received'),
    guard: ({ action }) =>
      action.reason.trim() ? null : refusal('art9.1.3', '须说明不认可的理由', 'say why', 'reason'),
    apply: ({ facts }) => ({
      state: 'notice_issued',
      facts: { notice: { ...facts.notice!, reportReceivedOn: null } },
    }),
  }),
  // 第九条（四）: 在规定期限内未处理的 → 作出决定
  row({
    action: 'escalate_unhandled',
    from: ['notice_issued'],
    roles: ['supervisor'],
    actorIn: 'organ',
    article: 'art9.1.4',
    to: ['decision_pending'],
    needs: (facts) =>
      facts.notice!.reportReceivedOn
        ? refusal(
            'art9.1.4',
            '已收到处理情况报告，应先审查报告',
            'a report of the handling was received: examine it first',
          )
        : null,
    ready: ({ facts, env }) =>
      env.today > facts.notice!.deadline
        ? null
        : refusal(
            'art9.1.4',
            `通知书规定的期限（${facts.notice!.deadline}）尚未届满`,
            `the notice's deadline (${facts.notice!.deadline}) has not passed`,
          ),
    apply: () => ({ state: 'decision_pending' }),
  }),
  // 第九条（四）, 第十三条至第十五条: the kind of decision and its grounds
  row({
    action: 'draft_decision',
    from: ['decision_pending'],
    roles: ['supervisor'],
    actorIn: 'organ',
    article: 'art9.1.4',
    to: ['decision_pending'],
    // 行政执法监督条例第四十二条第二款: not to a vertically managed or dual-led agency
    ready: ({ env }) => notRoutedToHigher(env),
    // a decision approved is issued with its number: it is not redrafted, the organ decides anew by review
    needs: (facts) =>
      facts.decision?.approvedBy
        ? refusal(
            'art9.1.4',
            '决定书已批准签发，不能重新拟制',
            'the decision is approved and issued; it cannot be redrafted',
          )
        : null,
    guard: ({ facts, action, env }) => {
      const kind = getDecisionKind(env.pack, action.kind);
      const grounds = checkDecisionGrounds(env.pack, action.kind, action.grounds);
      if (grounds.length) return { ...grounds[0], field: 'grounds' };
      if (kind.requiresPriorUnmetOrder) {
        if (!facts.unmetOrder)
          return refusal(
            kind.citations.requiresPriorUnmetOrder ?? 'art13.1',
            '只有责令限期履行或者责令补正、改正逾期不改的，才能撤销',
            'revocation only follows an order to perform or correct left unmet past its deadline',
            'kind',
          );
        const outside = action.grounds.filter((g) => !facts.unmetOrder!.grounds.includes(g));
        if (outside.length)
          return refusal(
            'art13.1',
            '撤销所依据的情形须是逾期未改的责令决定所认定的情形',
            'revocation rests on the grounds of the order left unmet',
            'grounds',
          );
      }
      const act = checkSupervisedAct(action.act ?? facts.act, action.grounds, env.today, 'art9.1.4');
      if (act) return act;
      const excluded = kind.excludedWhere.find((g) => facts.findings.includes(g));
      if (excluded)
        return refusal(
          excluded,
          '存在撤销会给国家利益、社会公共利益造成重大损害的情形，不得撤销，应当确认违法',
          'revocation would seriously harm the public interest: confirm illegality instead',
          'kind',
        );
      // 第十三条: 责令补正或者改正 — the decision orders the one the act needs, not both as an either/or
      if (action.kind === 'order_correction' && !action.remedy)
        return refusal(
          'art13.1',
          '责令补正或者改正的，须写明是责令补正还是责令改正',
          'an order to correct says whether it orders a supplement (补正) or a correction (改正)',
          'remedy',
        );
      if (kind.setsDeadline) {
        if (!action.deadline)
          return refusal(
            kind.citations.setsDeadline ?? 'art13.1',
            '责令类决定须规定期限',
            'an order must set a deadline',
            'deadline',
          );
        return after(action.deadline, env.today, 'deadline', kind.citations.setsDeadline ?? 'art13.1');
      }
      return null;
    },
    apply: ({ facts, action, actor, env }) => ({
      state: 'decision_pending',
      facts: {
        act: action.act ? normaliseAct(action.act) : (facts.act ?? null),
        decision: {
          kind: action.kind,
          grounds: [...new Set(action.grounds)],
          deadline: getDecisionKind(env.pack, action.kind).setsDeadline ? (action.deadline ?? null) : null,
          statement: action.statement?.trim() || null,
          remedy: action.kind === 'order_correction' ? (action.remedy ?? null) : null,
          draftedBy: actor.userId,
          approvedBy: null,
          sealed: false,
          servedOn: null,
          receivedOn: null,
          reviewDeadline: null,
        },
      },
    }),
  }),
  row({
    action: 'approve_decision',
    from: ['decision_pending'],
    roles: ['organ_head'],
    actorIn: 'organ',
    article: 'art9.1.4',
    to: ['decision_pending'],
    needs: (facts) =>
      !facts.decision
        ? refusal('art9.1.4', '尚未拟制决定书', 'no decision has been drafted')
        : facts.decision.approvedBy
          ? refusal('art9.1.4', '决定书已批准', 'the decision is already approved')
          : null,
    ready: ({ facts, actor }) => notDrafter(facts.decision!.draftedBy, actor),
    // 签发: the approved decision is issued with its number, to be sealed and served
    apply: ({ facts, actor }) => ({
      state: 'decision_pending',
      facts: { decision: { ...facts.decision!, approvedBy: actor.userId } },
      documents: ['supervision_decision'],
    }),
  }),
  // 第十条第一款: 加盖本级人民政府行政执法监督专用章
  row({
    action: 'seal_decision',
    from: ['decision_pending'],
    roles: ['organ_head', 'supervisor'],
    actorIn: 'organ',
    article: 'art10.1',
    to: ['decision_pending'],
    needs: (facts) =>
      !facts.decision?.approvedBy
        ? refusal('art10.1', '决定书经负责人批准后方可用印', 'a decision is sealed only after approval')
        : facts.decision.sealed
          ? refusal('art10.1', '决定书已用印', 'the decision is already sealed')
          : null,
    apply: ({ facts, env }) => ({
      state: 'decision_pending',
      facts: { decision: { ...facts.decision!, sealed: true, sealedOn: env.today } },
    }),
  }),
  // 第十条: an unsealed decision cannot be served; the date of receipt starts the review window
  row({
    action: 'serve_decision',
    from: ['decision_pending'],
    roles: ['supervisor'],
    actorIn: 'organ',
    article: 'art10.1',
    to: ['decided'],
    needs: (facts) =>
      facts.decision?.sealed
        ? null
        : refusal(
            'art10.1',
            '未加盖行政执法监督专用章的决定书不得送达',
            'an unsealed decision cannot be served',
          ),
    // the decision is issued on the day it is sealed: service cannot precede it (第十条)
    guard: ({ facts, action, env }) => serviceDates(action, env.today, facts.decision!.sealedOn ?? null),
    apply: ({ facts, action, env }) => ({
      state: 'decided',
      facts: {
        decision: {
          ...facts.decision!,
          servedOn: action.servedOn,
          receivedOn: action.receivedOn,
          reviewDeadline: reviewDeadline(env, action.receivedOn),
        },
      },
      documents: ['service_receipt'],
    }),
  }),
  // 第十条第二款: 自收到决定书之日起五个工作日内, 向上一级行政执法监督机关申请复查
  row({
    action: 'apply_review',
    from: ['decided'],
    roles: ['agency_liaison'],
    actorIn: 'agency',
    article: 'art10.2',
    to: ['under_review'],
    needs: (facts) =>
      facts.review ? refusal('art10.2', '已申请过复查', 'review was already applied for') : null,
    // computed from today's calendar: a provisional deadline firms up when its year is loaded
    ready: ({ facts, env }) => {
      const due = reviewDeadline(env, facts.decision!.receivedOn!);
      return env.today <= due
        ? null
        : refusal(
            'art10.2',
            `复查申请期限已于${due}届满（自收到决定书之日起五个工作日）`,
            `the review window ended on ${due} (five working days from receipt)`,
            'appliedOn',
          );
    },
    guard: ({ facts, action, env }) =>
      first(
        () => notFuture(action.appliedOn, env.today, 'appliedOn', 'art10.2'),
        () =>
          action.appliedOn >= facts.decision!.receivedOn!
            ? null
            : refusal(
                'art10.2',
                '申请复查的日期不能早于收到决定书的日期',
                'a review cannot be applied for before the decision was received',
                'appliedOn',
              ),
      ),
    apply: ({ facts, action }) => ({
      state: 'under_review',
      facts: {
        review: {
          appliedOn: action.appliedOn,
          external: facts.reviewingOrganId === null,
          outcome: null,
          decidedOn: null,
        },
      },
    }),
  }),
  // 第十条第二款: the next-higher organ decides; the decision stays in force meanwhile
  row({
    action: 'decide_review',
    // 复查不停止执行: the agency may have executed meanwhile, and the review is decided all the same
    from: ['under_review', 'executed'],
    roles: ['reviewer', 'supervisor'],
    actorIn: 'reviewing_organ',
    article: 'art10.2',
    to: ['decided', 'closed', 'executed'],
    needs: (facts) =>
      reviewPending(facts) ? null : refusal('art10.2', '没有待决定的复查申请', 'no review awaits a decision'),
    guard: ({ facts, action, env }) => {
      if (action.outcome === 'revoked' && facts.state === 'executed' && !action.afterExecution?.trim())
        return refusal(
          'art10.2',
          '决定已执行的，撤销时须写明对已执行部分的处理',
          'a decision already executed: say what becomes of its execution when revoking it',
          'afterExecution',
        );
      if (action.outcome !== 'changed') return null;
      if (!action.kind || !action.grounds?.length)
        return refusal(
          'art10.2',
          '变更决定须写明新的决定种类和情形',
          'a changed decision names its kind and grounds',
          'kind',
        );
      const g = checkDecisionGrounds(env.pack, action.kind, action.grounds);
      return g.length ? { ...g[0], field: 'grounds' } : null;
    },
    apply: ({ facts, action, env }) => {
      const review = {
        ...facts.review!,
        outcome: action.outcome,
        decidedOn: env.today,
        afterExecution: action.outcome === 'revoked' ? action.afterExecution?.trim() || null : null,
      };
      if (action.outcome === 'revoked')
        return { state: 'closed', facts: { review }, documents: ['review_decision'] };
      if (action.outcome === 'upheld')
        // upheld: the decision stands as served, executed or not
        return {
          state: facts.state === 'executed' ? 'executed' : 'decided',
          facts: { review },
          documents: ['review_decision'],
        };
      // changed: the agency executes the decision as changed, and reports again
      const decision = { ...facts.decision!, kind: action.kind!, grounds: [...new Set(action.grounds!)] };
      return { state: 'decided', facts: { decision, review }, documents: ['review_decision'] };
    },
  }),
  // 第十三条: 逾期不改的, 应当撤销 — an order left unmet leads to a new decision
  row({
    action: 'escalate_unmet_order',
    from: ['decided'],
    roles: ['supervisor'],
    actorIn: 'organ',
    article: 'art13.1',
    to: ['decision_pending'],
    needs: (facts) =>
      ORDERS.includes(facts.decision!.kind as (typeof ORDERS)[number])
        ? null
        : refusal('art13.1', '只有责令类决定才有履行期限', 'only an order has a deadline to meet'),
    ready: ({ facts, env }) => {
      const d = facts.decision!;
      return d.deadline && env.today > d.deadline
        ? null
        : refusal(
            'art13.1',
            `决定规定的期限（${d.deadline}）尚未届满`,
            `the order's deadline (${d.deadline}) has not passed`,
          );
    },
    apply: ({ facts }) => ({
      state: 'decision_pending',
      facts: {
        unmetOrder: { kind: facts.decision!.kind, grounds: facts.decision!.grounds },
        decision: null,
        review: null,
      },
    }),
  }),
  // 第十六条（十）: the agency executes and reports; review does not suspend execution (第十条第二款)
  row({
    action: 'report_execution',
    from: ['decided', 'under_review'],
    roles: ['agency_liaison'],
    actorIn: 'agency',
    article: 'art16.1.10',
    to: ['executed'],
    guard: ({ action, env }) => notFuture(action.reportedOn, env.today, 'reportedOn', 'art16.1.10'),
    apply: () => ({ state: 'executed' }),
  }),
  row({
    action: 'close',
    from: ['executed'],
    roles: ['supervisor'],
    actorIn: 'organ',
    article: 'art9',
    to: ['closed'],
    // the case stays open until a pending review is decided (第十条第二款)
    needs: (facts) =>
      reviewPending(facts)
        ? refusal(
            'art10.2',
            '复查申请尚未作出决定，不能结案',
            'a review is pending: the case cannot be closed yet',
          )
        : null,
    apply: () => ({ state: 'closed', documents: ['petition_reply'] }),
  }),
  // 行政执法监督条例第四十二条第二款: once the higher department has been told, the organ's part is done
  row({
    action: 'close',
    from: ['investigating'],
    roles: ['supervisor'],
    actorIn: 'organ',
    article: ART42_2,
    to: ['closed'],
    needs: (facts) =>
      facts.higherDepartmentLetter
        ? null
        : refusal(
            ART42_2,
            '尚未将发现的问题告知上一级主管部门',
            'the higher department has not been told yet',
          ),
    apply: () => ({ state: 'closed', documents: ['petition_reply'] }),
  }),
  row({
    action: 'archive',
    from: ['closed', 'not_filed', 'transferred'],
    roles: ['supervisor'],
    actorIn: 'organ',
    article: 'art9',
    to: ['archived'],
    needs: (facts) =>
      facts.openAssistance > 0
        ? refusal('art11', '仍有协助请求未得到答复', 'an assistance request is still unanswered')
        : null,
    apply: () => ({ state: 'archived' }),
  }),
];
