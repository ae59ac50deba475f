// One test per row of the transition table, named after the article it enforces, and
// property tests over random sequences of actions.
import { buildCalendar, seedFromChineseDays } from '@jiandu/calendar';
import { JINCHENG_2021 } from '@jiandu/regulation';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CaseAction } from './actions.ts';
import { allowedActions, decide } from './decide.ts';
import { type CaseActor, type CaseFacts, NEW_CASE, type ProcedureEnv } from './facts.ts';
import { documentsAwaitingApproval } from './preview.ts';
import { CASE_STATES } from './states.ts';
import { TRANSITIONS } from './table.ts';
import { validInput } from './valid-input.ts';

const seed = seedFromChineseDays();
const calendar = buildCalendar(seed.exceptions, seed.years);
const ORGAN = 'zezhou-organ';
const AGENCY = 'zezhou-market';
const CITY = 'city-organ';
const sup1: CaseActor = { userId: 's1', role: 'supervisor', organisationId: ORGAN };
const sup2: CaseActor = { userId: 's2', role: 'supervisor', organisationId: ORGAN };
const head: CaseActor = { userId: 'h1', role: 'organ_head', organisationId: ORGAN };
const liaison: CaseActor = { userId: 'l1', role: 'agency_liaison', organisationId: AGENCY };
const reviewer: CaseActor = { userId: 'r1', role: 'reviewer', organisationId: CITY };
const otherSup: CaseActor = { userId: 'g1', role: 'supervisor', organisationId: 'gaoping-organ' };

/** 第十九条: the measures lapsed on 2023-12-01; these tests decide under a recorded basis */
const BASIS = { id: 'b1', reference: '继续参照执行的通知', validFrom: '2023-12-01', validUntil: null };
/** 行政执法监督条例第四十二条第二款: a case the national regulation governs, against a vertically managed agency */
const VERTICAL: Pick<ProcedureEnv, 'governingText' | 'agency'> = {
  governingText: 'national-2025',
  agency: { management: 'vertical', higherDepartment: '国家税务总局晋城市税务局' },
};
const env = (
  today: string,
  bases: ProcedureEnv['bases'] = [BASIS],
  routing: Pick<ProcedureEnv, 'governingText' | 'agency'> = {},
): ProcedureEnv => ({
  today,
  calendar,
  pack: JINCHENG_2021,
  bases,
  validSupervisorIds: new Set(['s1', 's2']),
  ...routing,
});

type Step = [CaseAction, CaseActor, string?];
function run(start: CaseFacts, steps: Step[], today = '2024-09-02'): CaseFacts {
  let facts = start;
  for (const [action, actor, day] of steps) {
    const r = decide(facts, action, actor, env(day ?? today));
    if (!r.ok) throw new Error(`${action.type}: ${r.refusal.article} ${r.refusal.reason}`);
    facts = r.facts;
  }
  return facts;
}
const refusalOf = (facts: CaseFacts, action: CaseAction, actor: CaseActor, today = '2024-09-02') => {
  const r = decide(facts, action, actor, env(today));
  if (r.ok) throw new Error(`${action.type} was allowed`);
  return { status: r.status, ...r.refusal };
};

const fresh = () => NEW_CASE(ORGAN, AGENCY, CITY);
const APPROVE: CaseAction = { type: 'approve_filing', opinion: '同意立案，由张强、李明承办。' };
const filed = () =>
  run(fresh(), [
    [
      {
        type: 'draft_filing',
        caseName: '检查时未出示执法证件案',
        proposal: 'file',
        reason: '投诉反映违法收费',
      },
      sup1,
    ],
    [APPROVE, head],
  ]);
/** 第九条（三）: the act supervised and what was found, as a notice names them */
const NAMED = {
  act: { name: '作出行政处罚决定', number: '泽市监罚〔2024〕15号', madeOn: '2024-08-20', party: '某餐饮店' },
  found: '该局作出处罚决定前未告知当事人陈述、申辩的权利。',
};
const measured = () =>
  run(filed(), [
    [
      { type: 'record_measure', kind: 'consult_files', supervisorIds: ['s1', 's2'], summary: '调取案卷' },
      sup1,
    ],
  ]);
/** 询问: on a day, at a place, of a person named with his or her role */
const INQUIRY: CaseAction = {
  type: 'record_measure',
  kind: 'inquiry',
  supervisorIds: ['s1', 's2'],
  summary: '询问执法人员',
  on: '2024-09-02',
  place: '泽州县市场监督管理局三楼会议室',
  persons: [{ name: '王五', role: '执法人员，泽州县市场监督管理局' }],
};
const noticed = () =>
  run(measured(), [
    [{ type: 'issue_notice', ...NAMED, findings: ['art13.1.3'], deadline: '2024-09-20' }, sup1],
  ]);
const pending = () => run(noticed(), [[{ type: 'escalate_unhandled' }, sup1, '2024-09-23']]);
type Draft = CaseAction & { type: 'draft_decision' };
const ORDER: Draft = {
  type: 'draft_decision',
  kind: 'order_correction',
  remedy: 'correct',
  grounds: ['art13.1.3'],
  deadline: '2024-10-31',
};
/** drafted on 09-24, approved on 09-25, sealed on 09-26 */
const sealed = (kind: Draft = ORDER) =>
  run(pending(), [
    [kind, sup1, '2024-09-24'],
    [{ type: 'approve_decision' }, head, '2024-09-25'],
    [{ type: 'seal_decision' }, head, '2024-09-26'],
  ]);
const served = (kind: Draft = ORDER) =>
  run(sealed(kind), [
    [{ type: 'serve_decision', servedOn: '2024-09-27', receivedOn: '2024-09-27' }, sup1, '2024-09-27'],
  ]);

describe('第九条（一） 立案审批表：承办人员填写，负责人批准 (art9.1.1)', () => {
  it('a supervisor drafts, the organ head approves, and the case is under investigation', () => {
    const f = filed();
    expect(f.state).toBe('investigating');
    expect(f.filing).toMatchObject({ proposal: 'file', draftedBy: 's1' });
  });
  it('the organ head does not draft, a supervisor does not approve', () => {
    expect(
      refusalOf(
        fresh(),
        { type: 'draft_filing', caseName: '检查时未出示执法证件案', proposal: 'file', reason: 'x' },
        head,
      ),
    ).toMatchObject({
      status: 403,
    });
    const drafted = run(fresh(), [
      [{ type: 'draft_filing', caseName: '检查时未出示执法证件案', proposal: 'file', reason: 'x' }, sup1],
    ]);
    expect(refusalOf(drafted, APPROVE, sup2)).toMatchObject({
      status: 403,
      article: 'art9.1.1',
    });
  });
  it('第九条第（一）项: the head approves in words of his or her own, kept with the form', () => {
    const drafted = run(fresh(), [
      [{ type: 'draft_filing', caseName: '检查时未出示执法证件案', proposal: 'file', reason: 'x' }, sup1],
    ]);
    expect(refusalOf(drafted, { type: 'approve_filing', opinion: '  ' }, head)).toMatchObject({
      status: 422,
      article: 'art9.1.1',
      field: 'opinion',
    });
    const r = decide(drafted, APPROVE, head, env('2024-09-02'));
    expect(r.ok && r.facts.filing?.approval).toEqual({
      by: 'h1',
      on: '2024-09-02',
      opinion: '同意立案，由张强、李明承办。',
    });
  });
  it('nobody approves what he or she drafted', () => {
    const drafted = run(fresh(), [
      [{ type: 'draft_filing', caseName: '检查时未出示执法证件案', proposal: 'file', reason: 'x' }, sup1],
    ]);
    const selfHead: CaseActor = { ...head, userId: 's1' };
    expect(refusalOf(drafted, APPROVE, selfHead)).toMatchObject({
      status: 422,
      article: 'art9.1.1',
    });
  });
  it('a proposal not to file ends as not filed, with the notice to the petitioner', () => {
    const drafted = run(fresh(), [
      [
        {
          type: 'draft_filing',
          caseName: '检查时未出示执法证件案',
          proposal: 'not_file',
          reason: '不属于行政执法行为',
        },
        sup1,
      ],
    ]);
    const r = decide(drafted, { type: 'approve_filing', opinion: '同意不予立案。' }, head, env('2024-09-02'));
    expect(r.ok && r.facts.state).toBe('not_filed');
    expect(r.ok && r.documents).toEqual(['filing_approval_form', 'non_filing_notice']);
  });
  it('a returned form goes back to registered, keeping the head’s reason and the draft for the next one', () => {
    const f = run(fresh(), [
      [{ type: 'draft_filing', caseName: '检查时未出示执法证件案', proposal: 'file', reason: 'x' }, sup1],
      [{ type: 'return_filing', reason: '事实不清' }, head],
    ]);
    expect(f).toMatchObject({
      state: 'registered',
      filing: null,
      filingReturned: {
        by: 'h1',
        opinion: '事实不清',
        draft: { proposal: 'file', reason: 'x', caseName: '检查时未出示执法证件案' },
      },
    });
  });
  it('another organ cannot act on the case', () => {
    expect(
      refusalOf(
        fresh(),
        { type: 'draft_filing', caseName: '检查时未出示执法证件案', proposal: 'file', reason: 'x' },
        otherSup,
      ),
    ).toMatchObject({ status: 403, article: 'art4.2' });
  });
});

describe('第九条 重复来件并入原件办理 (art9)', () => {
  it('a registered duplicate is merged into the original and closed', () => {
    const f = run(fresh(), [[{ type: 'merge_duplicate', duplicateOf: 'case-1' }, sup1]]);
    expect(f).toMatchObject({ state: 'closed', duplicateOf: 'case-1' });
    expect(refusalOf(filed(), { type: 'merge_duplicate', duplicateOf: 'case-1' }, sup1)).toMatchObject({
      status: 409,
    });
  });
});

describe('第十二条 不属于本部门处理的事项，移交有权处理的机关 (art12)', () => {
  it('a transfer names the competent authority and produces the transfer letter', () => {
    expect(
      refusalOf(
        fresh(),
        {
          type: 'draft_filing',
          caseName: '检查时未出示执法证件案',
          proposal: 'transfer',
          reason: '属于纪检事项',
        },
        sup1,
      ),
    ).toMatchObject({ article: 'art12', field: 'transferTo' });
    const drafted = run(fresh(), [
      [
        {
          type: 'draft_filing',
          caseName: '检查时未出示执法证件案',
          proposal: 'transfer',
          reason: '属于纪检事项',
          transferTo: '泽州县纪委监委',
        },
        sup1,
      ],
    ]);
    const r = decide(drafted, APPROVE, head, env('2024-09-02'));
    expect(r.ok && r.facts.state).toBe('transferred');
    expect(r.ok && r.documents).toEqual(['filing_approval_form', 'transfer_letter']);
  });
});

describe('第七条 监督措施，监督人员不得少于二人 (art7.1, art7.2)', () => {
  it('records a measure taken by two supervisors with valid credentials', () => {
    expect(measured().measures).toEqual([
      { kind: 'consult_files', supervisorIds: ['s1', 's2'], on: '2024-09-02' },
    ]);
  });
  it('refuses one supervisor, the same one twice, or someone without a valid credential', () => {
    const f = filed();
    for (const ids of [['s1'], ['s1', 's1'], ['s1', 'x9']])
      expect(
        refusalOf(f, { type: 'record_measure', kind: 'inquiry', supervisorIds: ids, summary: '' }, sup1),
      ).toMatchObject({ article: 'art7.2', field: 'supervisorIds' });
  });
  it('an inquiry produces its record (询问笔录, art7.1.3)', () => {
    const r = decide(filed(), INQUIRY, sup1, env('2024-09-02'));
    expect(r.ok && r.documents).toEqual(['inquiry_record']);
  });
  it('records the day it was taken, the place and the persons questioned (art7.1.3)', () => {
    const r = decide(filed(), INQUIRY, sup1, env('2024-09-03'));
    expect(r.ok && r.facts.measures).toEqual([
      {
        kind: 'inquiry',
        supervisorIds: ['s1', 's2'],
        on: '2024-09-02',
        place: '泽州县市场监督管理局三楼会议室',
        persons: [{ name: '王五', role: '执法人员，泽州县市场监督管理局' }],
      },
    ]);
  });
  it('a measure taken on a day not given is taken today, as before (art7.1)', () => {
    expect(measured().measures[0].on).toBe('2024-09-02');
  });
  it('refuses a day that has not come (art7.1)', () => {
    expect(refusalOf(filed(), { ...INQUIRY, on: '2024-09-03' }, sup1)).toMatchObject({
      status: 422,
      article: 'art7.1',
      field: 'on',
    });
  });
  it('refuses a day before filing was approved (第九条（一）: 批准立案后开展监督, art9.1.1)', () => {
    const f = filed(); // approved on 2024-09-02
    expect(refusalOf(f, { ...INQUIRY, on: '2024-09-01' }, sup1, '2024-09-05')).toMatchObject({
      status: 422,
      article: 'art9.1.1',
      field: 'on',
    });
  });
  it('an inquiry, a site investigation and a hearing state where they were taken (art7.1.3, art7.1.4, art7.1.6)', () => {
    for (const [kind, article] of [
      ['inquiry', 'art7.1.3'],
      ['site_investigation', 'art7.1.4'],
      ['hearing', 'art7.1.6'],
    ] as const)
      for (const place of [undefined, '  '])
        expect(refusalOf(filed(), { ...INQUIRY, kind, place }, sup1)).toMatchObject({
          status: 422,
          article,
          field: 'place',
        });
    // consulting the files needs no place
    expect(
      decide(filed(), { ...INQUIRY, kind: 'consult_files', place: undefined }, sup1, env('2024-09-02')).ok,
    ).toBe(true);
  });
  it('an inquiry names the persons questioned (询问笔录, art7.1.3)', () => {
    for (const persons of [undefined, [], [{ name: ' ', role: '当事人' }]])
      expect(refusalOf(filed(), { ...INQUIRY, persons }, sup1)).toMatchObject({
        status: 422,
        article: 'art7.1.3',
        field: 'persons',
      });
    // a site investigation may name who was present, or not
    expect(
      decide(filed(), { ...INQUIRY, kind: 'site_investigation', persons: undefined }, sup1, env('2024-09-02'))
        .ok,
    ).toBe(true);
  });
  it('refuses a measure the article does not list', () => {
    expect(
      refusalOf(
        filed(),
        { type: 'record_measure', kind: 'torture' as never, supervisorIds: ['s1', 's2'], summary: '' },
        sup1,
      ),
    ).toMatchObject({ article: 'art7.1', field: 'kind' });
  });
});

describe('第十一条 提请协助 (art11)', () => {
  it('tracks an assistance request to its answer; a case with one open is not archived', () => {
    const f = run(filed(), [
      [{ type: 'request_assistance', unit: '泽州县公安局', matter: '核实身份' }, sup1],
    ]);
    expect(f.openAssistance).toBe(1);
    const done = run(f, [[{ type: 'record_assistance_answer' }, sup1]]);
    expect(done.openAssistance).toBe(0);
    expect(refusalOf(done, { type: 'record_assistance_answer' }, sup1)).toMatchObject({ article: 'art11' });
  });
});

describe('第九条（二） 调查核实 (art9.1.2)', () => {
  it('no finding before any investigation', () => {
    expect(refusalOf(filed(), { type: 'conclude_lawful', finding: '合法' }, sup1)).toMatchObject({
      article: 'art9.1.2',
    });
    expect(
      refusalOf(
        filed(),
        { type: 'issue_notice', ...NAMED, findings: ['art13.1.1'], deadline: '2024-09-30' },
        sup1,
      ),
    ).toMatchObject({ article: 'art9.1.2' });
  });
  it('a lawful act closes the case', () => {
    expect(run(measured(), [[{ type: 'conclude_lawful', finding: '执法行为合法' }, sup1]]).state).toBe(
      'closed',
    );
  });
});

describe('第九条（三） 行政执法监督通知书：发现违法或者不当，责令限期处理并报告 (art9.1.3)', () => {
  it('needs a finding among the items of 第十三条 to 第十五条 and a deadline after today', () => {
    expect(
      refusalOf(measured(), { type: 'issue_notice', ...NAMED, findings: [], deadline: '2024-09-20' }, sup1),
    ).toMatchObject({ field: 'findings' });
    expect(
      refusalOf(
        measured(),
        { type: 'issue_notice', ...NAMED, findings: ['art7.1.1'], deadline: '2024-09-20' },
        sup1,
      ),
    ).toMatchObject({ field: 'findings' });
    expect(
      refusalOf(
        measured(),
        { type: 'issue_notice', ...NAMED, findings: ['art13.1.3'], deadline: '2024-09-02' },
        sup1,
      ),
    ).toMatchObject({ field: 'deadline' });
    expect(noticed()).toMatchObject({
      state: 'notice_issued',
      findings: ['art13.1.3'],
      notice: { deadline: '2024-09-20' },
    });
  });
  it('names the act supervised (what, when, to whom) and what the investigation found', () => {
    const notice = {
      type: 'issue_notice' as const,
      ...NAMED,
      findings: ['art13.1.3'],
      deadline: '2024-09-20',
    };
    expect(refusalOf(measured(), { ...notice, found: ' ' }, sup1)).toMatchObject({
      status: 422,
      article: 'art9.1.3',
      field: 'found',
    });
    expect(refusalOf(measured(), { ...notice, act: { ...NAMED.act, party: '' } }, sup1)).toMatchObject({
      article: 'art9.1.3',
      field: 'act',
    });
    expect(
      refusalOf(measured(), { ...notice, act: { ...NAMED.act, madeOn: '2024-09-03' } }, sup1),
    ).toMatchObject({ article: 'art9.1.3', field: 'act.madeOn' });
    expect(noticed()).toMatchObject({
      act: {
        name: '作出行政处罚决定',
        number: '泽市监罚〔2024〕15号',
        madeOn: '2024-08-20',
        party: '某餐饮店',
      },
      notice: { found: NAMED.found },
    });
  });
  it('第十三条第一款第（二）项 a finding of the wrong law names the provision applied and the correct one (art13.1.2)', () => {
    const wrongLaw = {
      type: 'issue_notice' as const,
      ...NAMED,
      findings: ['art13.1.2'],
      deadline: '2024-09-20',
    };
    expect(refusalOf(measured(), wrongLaw, sup1)).toMatchObject({
      article: 'art13.1.2',
      field: 'act.provisionApplied',
    });
    const applied = { ...NAMED.act, provisionApplied: '《某条例》第四十四条' };
    expect(refusalOf(measured(), { ...wrongLaw, act: applied }, sup1)).toMatchObject({
      article: 'art13.1.2',
      field: 'act.provisionCorrect',
    });
    const named = run(measured(), [
      [{ ...wrongLaw, act: { ...applied, provisionCorrect: '《某条例》第四十三条 ' } }, sup1],
    ]);
    expect(named.act).toMatchObject({
      provisionApplied: '《某条例》第四十四条',
      provisionCorrect: '《某条例》第四十三条',
    });
  });
  it('the agency reports in writing and the supervisor accepts: closed', () => {
    const f = run(noticed(), [
      [{ type: 'report_handling', receivedOn: '2024-09-10', written: true }, liaison, '2024-09-10'],
      [{ type: 'accept_handling' }, sup1, '2024-09-11'],
    ]);
    expect(f.state).toBe('closed');
  });
  it('第十三条第二款 a report that is not in writing is refused (art13.2)', () => {
    expect(
      refusalOf(noticed(), { type: 'report_handling', receivedOn: '2024-09-02', written: false }, liaison),
    ).toMatchObject({ article: 'art13.2' });
  });
  it('only the supervised agency reports', () => {
    const other: CaseActor = { ...liaison, organisationId: 'gaoping-market' };
    expect(
      refusalOf(noticed(), { type: 'report_handling', receivedOn: '2024-09-02', written: true }, other),
    ).toMatchObject({ status: 403 });
  });
  it('a rejected report leaves the notice open', () => {
    const f = run(noticed(), [
      [{ type: 'report_handling', receivedOn: '2024-09-10', written: true }, liaison, '2024-09-10'],
      [{ type: 'reject_handling', reason: '未改正' }, sup1, '2024-09-11'],
    ]);
    expect(f.notice?.reportReceivedOn).toBeNull();
  });
});

describe('第九条（四） 在规定期限内未处理的，作出决定 (art9.1.4)', () => {
  it('only after the notice deadline passed unhandled', () => {
    expect(refusalOf(noticed(), { type: 'escalate_unhandled' }, sup1, '2024-09-20')).toMatchObject({
      article: 'art9.1.4',
    });
    expect(pending().state).toBe('decision_pending');
  });
  it('the decision names the act the notice named, or names it anew', () => {
    const drafted = run(pending(), [[ORDER, sup1, '2024-09-24']]);
    expect(drafted.act).toMatchObject({ party: '某餐饮店' });
    const wrongLaw: Draft = { ...ORDER, grounds: ['art13.1.2'] };
    // 第十三条第一款第（二）项: the notice named no provision; the decision on that ground must
    expect(refusalOf(pending(), wrongLaw, sup1, '2024-09-24')).toMatchObject({
      article: 'art13.1.2',
      field: 'act.provisionApplied',
    });
    const act = {
      ...NAMED.act,
      provisionApplied: '《某条例》第四十四条',
      provisionCorrect: '《某条例》第四十三条',
    };
    expect(run(pending(), [[{ ...wrongLaw, act }, sup1, '2024-09-24']]).act).toMatchObject(act);
    // a case from before acts were named must name it before a decision is drafted
    expect(refusalOf({ ...pending(), act: null }, ORDER, sup1, '2024-09-24')).toMatchObject({
      article: 'art9.1.4',
      field: 'act',
    });
  });
});

describe('第十三条至第十五条 决定的种类与情形 (art13, art14, art15)', () => {
  it('each kind only on its grounds', () => {
    const r = refusalOf(
      pending(),
      { type: 'draft_decision', kind: 'confirm_void', grounds: ['art13.1.3'] },
      sup1,
      '2024-09-24',
    );
    expect(r).toMatchObject({ field: 'grounds', article: 'art15.1' });
    expect(
      refusalOf(
        pending(),
        { type: 'draft_decision', kind: 'confirm_illegal', grounds: [] },
        sup1,
        '2024-09-24',
      ),
    ).toMatchObject({ field: 'grounds' });
  });
  it('an order sets a deadline (art13.1)', () => {
    expect(
      refusalOf(
        pending(),
        { type: 'draft_decision', kind: 'order_performance', grounds: ['art13.1.1'] },
        sup1,
        '2024-09-24',
      ),
    ).toMatchObject({ field: 'deadline' });
  });
  it('撤销 only after an order went past its deadline unmet (逾期不改, art13.1)', () => {
    expect(
      refusalOf(
        pending(),
        { type: 'draft_decision', kind: 'revoke', grounds: ['art13.1.3'] },
        sup1,
        '2024-09-24',
      ),
    ).toMatchObject({ field: 'kind' });
    const unmet = run(served(), [[{ type: 'escalate_unmet_order' }, sup1, '2024-11-01']]);
    expect(unmet).toMatchObject({
      state: 'decision_pending',
      unmetOrder: { kind: 'order_correction', grounds: ['art13.1.3'] },
      decision: null,
    });
    const r = decide(
      unmet,
      { type: 'draft_decision', kind: 'revoke', grounds: ['art13.1.3'] },
      sup1,
      env('2024-11-01'),
    );
    expect(r.ok).toBe(true);
    expect(
      refusalOf(
        unmet,
        { type: 'draft_decision', kind: 'revoke', grounds: ['art13.1.5'] },
        sup1,
        '2024-11-01',
      ),
    ).toMatchObject({ field: 'grounds' });
  });
  it('an order cannot be escalated before its deadline', () => {
    expect(refusalOf(served(), { type: 'escalate_unmet_order' }, sup1, '2024-10-31')).toMatchObject({
      article: 'art13.1',
    });
  });
  it('第十四条（二） 撤销会给公共利益造成重大损害的，不撤销 (art14.1.2)', () => {
    const f = run(measured(), [
      [
        { type: 'issue_notice', ...NAMED, findings: ['art13.1.3', 'art14.1.2'], deadline: '2024-09-20' },
        sup1,
      ],
      [{ type: 'escalate_unhandled' }, sup1, '2024-09-23'],
      [
        {
          type: 'draft_decision',
          kind: 'order_correction',
          remedy: 'supplement',
          grounds: ['art13.1.3'],
          deadline: '2024-10-31',
        },
        sup1,
        '2024-09-24',
      ],
      [{ type: 'approve_decision' }, head, '2024-09-24'],
      [{ type: 'seal_decision' }, head, '2024-09-24'],
      [{ type: 'serve_decision', servedOn: '2024-09-24', receivedOn: '2024-09-24' }, sup1, '2024-09-24'],
      [{ type: 'escalate_unmet_order' }, sup1, '2024-11-01'],
    ]);
    expect(
      refusalOf(f, { type: 'draft_decision', kind: 'revoke', grounds: ['art13.1.3'] }, sup1, '2024-11-01'),
    ).toMatchObject({ article: 'art14.1.2' });
    const ok = decide(
      f,
      { type: 'draft_decision', kind: 'confirm_illegal', grounds: ['art14.1.2'] },
      sup1,
      env('2024-11-01'),
    );
    expect(ok.ok).toBe(true);
  });
});

describe('第十条第一款 决定书加盖行政执法监督专用章 (art10.1)', () => {
  const drafted = () =>
    run(pending(), [
      [{ type: 'draft_decision', kind: 'confirm_illegal', grounds: ['art14.1.1'] }, sup1, '2024-09-24'],
    ]);
  it('an unsealed decision cannot be served', () => {
    const approved = run(drafted(), [[{ type: 'approve_decision' }, head, '2024-09-25']]);
    expect(
      refusalOf(
        approved,
        { type: 'serve_decision', servedOn: '2024-09-25', receivedOn: '2024-09-25' },
        sup1,
        '2024-09-25',
      ),
    ).toMatchObject({ article: 'art10.1' });
  });
  it('a decision is sealed only after approval, never approved by its drafter', () => {
    expect(refusalOf(drafted(), { type: 'seal_decision' }, head, '2024-09-25')).toMatchObject({
      article: 'art10.1',
    });
    expect(
      refusalOf(drafted(), { type: 'approve_decision' }, { ...head, userId: 's1' }, '2024-09-25'),
    ).toMatchObject({ article: 'art9.1.1' });
  });
  it('service records the date of receipt and the review deadline', () => {
    expect(served().decision).toMatchObject({
      sealed: true,
      receivedOn: '2024-09-27',
      reviewDeadline: '2024-10-10',
    });
  });
});

describe('第十条第二款 复查：收到决定书之日起五个工作日内，向上一级机关申请 (art10.2)', () => {
  it('within the window the agency applies and the city reviewer decides', () => {
    const f = run(served(), [[{ type: 'apply_review', appliedOn: '2024-10-10' }, liaison, '2024-10-10']]);
    expect(f.state).toBe('under_review');
    expect(refusalOf(f, { type: 'decide_review', outcome: 'upheld' }, head, '2024-10-12')).toMatchObject({
      status: 403,
    });
    expect(run(f, [[{ type: 'decide_review', outcome: 'upheld' }, reviewer, '2024-10-15']]).state).toBe(
      'decided',
    );
    expect(run(f, [[{ type: 'decide_review', outcome: 'revoked' }, reviewer, '2024-10-15']]).state).toBe(
      'closed',
    );
  });
  it('after the window it is refused, with the deadline named', () => {
    const r = refusalOf(served(), { type: 'apply_review', appliedOn: '2024-10-11' }, liaison, '2024-10-11');
    expect(r).toMatchObject({ article: 'art10.2', field: 'appliedOn' });
    expect(r.reason).toContain('2024-10-10');
  });
  it('the decision stays in force during review: the agency may still report execution', () => {
    const f = run(served(), [
      [{ type: 'apply_review', appliedOn: '2024-10-08' }, liaison, '2024-10-08'],
      [{ type: 'report_execution', reportedOn: '2024-10-09' }, liaison, '2024-10-09'],
    ]);
    expect(f.state).toBe('executed');
  });
  it('a city decision is reviewed outside the system: the organ records the outcome', () => {
    const cityCase = { ...served(), reviewingOrganId: null };
    const f = run(cityCase, [[{ type: 'apply_review', appliedOn: '2024-10-08' }, liaison, '2024-10-08']]);
    expect(f.review).toMatchObject({ external: true });
    expect(refusalOf(f, { type: 'decide_review', outcome: 'upheld' }, reviewer)).toMatchObject({
      status: 403,
    });
    expect(run(f, [[{ type: 'decide_review', outcome: 'upheld' }, sup1, '2024-10-20']]).state).toBe(
      'decided',
    );
  });
});

describe('第十六条（十） 执行并报告；结案，归档 (art16.1.10)', () => {
  it('executed, closed, archived', () => {
    const f = run(served(), [
      [{ type: 'report_execution', reportedOn: '2024-10-20' }, liaison, '2024-10-20'],
      [{ type: 'close', note: '已改正' }, sup1, '2024-10-21'],
      [{ type: 'archive' }, sup1, '2024-10-22'],
    ]);
    expect(f.state).toBe('archived');
  });
});

describe('the table itself', () => {
  it('every row names an article of the pack, or of the pack it qualifies, and only known states', async () => {
    const { getPack, isValidId, splitQualified } = await import('@jiandu/regulation');
    for (const t of TRANSITIONS) {
      const q = splitQualified(t.article);
      expect(q ? isValidId(q.id, getPack(q.packId)) : isValidId(t.article, JINCHENG_2021), t.action).toBe(
        true,
      );
      for (const s of [...t.from, ...t.to]) expect(CASE_STATES).toContain(s);
    }
  });
  it('allowed actions follow the state and the actor', () => {
    expect(allowedActions(fresh(), sup1, env('2024-09-02'))).toEqual(['draft_filing', 'merge_duplicate']);
    expect(allowedActions(fresh(), head, env('2024-09-02'))).toEqual([]);
    expect(allowedActions(noticed(), liaison, env('2024-09-02'))).toEqual(['report_handling']);
    expect(allowedActions(served(), liaison, env('2024-09-02'))).toEqual([
      'apply_review',
      'report_execution',
    ]);
  });
});

describe('第九条（一） 立案审批表写明案由 (art9.1.1)', () => {
  it('a filing form without a case name is refused, naming the field; the name is kept with the filing', () => {
    const draft = { type: 'draft_filing', proposal: 'file', reason: '符合立案条件', caseName: '  ' } as const;
    expect(refusalOf(fresh(), draft, sup1)).toMatchObject({
      status: 422,
      article: 'art9.1.1',
      field: 'caseName',
    });
    const f = run(fresh(), [[{ ...draft, caseName: ' 某局罚款未出具票据案 ' }, sup1]]);
    expect(f.filing?.caseName).toBe('某局罚款未出具票据案');
  });
});

describe('第十三条 责令补正或者改正：写明是补正还是改正 (art13.1)', () => {
  it('an order to correct without the choice is refused, naming the field; with it, the decision records it', () => {
    const draft = {
      type: 'draft_decision',
      kind: 'order_correction',
      grounds: ['art13.1.3'],
      deadline: '2024-10-31',
    } as const;
    expect(refusalOf(pending(), draft, sup1, '2024-09-24')).toMatchObject({
      status: 422,
      article: 'art13.1',
      field: 'remedy',
    });
    const f = run(pending(), [[{ ...draft, remedy: 'supplement' }, sup1, '2024-09-24']]);
    expect(f.decision).toMatchObject({ kind: 'order_correction', remedy: 'supplement' });
  });
});

describe('第十九条 本办法有效期二年：失效后须记录继续适用的依据 (art19)', () => {
  const drafting: CaseAction = {
    type: 'draft_filing',
    caseName: '检查时未出示执法证件案',
    proposal: 'file',
    reason: '符合立案条件',
  };
  it('with no basis recorded, every step of a lapsed pack is refused citing art19, and none is offered', () => {
    for (const start of [fresh(), measured(), noticed(), served()]) {
      expect(allowedActions(start, sup1, env('2024-09-02', []))).toEqual([]);
      expect(allowedActions(start, liaison, env('2024-09-02', []))).toEqual([]);
    }
    const r = decide(fresh(), drafting, sup1, env('2024-09-02', []));
    expect(r).toMatchObject({ ok: false, status: 422, refusal: { article: 'art19.1' } });
    if (!r.ok) {
      expect(r.refusal.reason).toContain('2023-12-01');
      expect(r.refusal.reason).toContain('系统管理员');
    }
    const m = decide(
      measured(),
      validInput('issue_notice', measured(), sup1, env('2024-09-02')),
      sup1,
      env('2024-09-02', []),
    );
    expect(m).toMatchObject({ ok: false, status: 422, refusal: { article: 'art19.1' } });
  });
  it('a basis governs only the days it is valid', () => {
    const until = { ...BASIS, validUntil: '2024-06-30' };
    const later = { ...BASIS, validFrom: '2025-01-01' };
    expect(decide(fresh(), drafting, sup1, env('2024-06-30', [until])).ok).toBe(true);
    expect(decide(fresh(), drafting, sup1, env('2024-07-01', [until]))).toMatchObject({
      ok: false,
      status: 422,
    });
    expect(decide(fresh(), drafting, sup1, env('2024-09-02', [later]))).toMatchObject({
      ok: false,
      status: 422,
    });
    expect(decide(fresh(), drafting, sup1, env('2025-01-02', [until, later])).ok).toBe(true);
  });
  it('a pack in force needs no basis', () => {
    const inForce = { ...env('2022-03-01', []), pack: JINCHENG_2021 };
    expect(decide(fresh(), drafting, sup1, inForce).ok).toBe(true);
  });
});

describe('第十条 送达：不早于决定书用印之日，签收不早于送达，均不晚于今天 (art10.1)', () => {
  it('records the day of the seal as the decision is sealed', () => {
    expect(sealed().decision).toMatchObject({ sealed: true, sealedOn: '2024-09-26' });
  });
  it('a decision cannot be served before the day it was sealed', () => {
    const r = refusalOf(
      sealed(),
      { type: 'serve_decision', servedOn: '2024-09-25', receivedOn: '2024-09-25' },
      sup1,
      '2024-09-30',
    );
    expect(r).toMatchObject({ status: 422, article: 'art10.1', field: 'servedOn' });
  });
  it('received no earlier than served, and neither in the future', () => {
    expect(
      refusalOf(
        sealed(),
        { type: 'serve_decision', servedOn: '2024-09-27', receivedOn: '2024-09-26' },
        sup1,
        '2024-09-30',
      ),
    ).toMatchObject({ status: 422, article: 'art10.2', field: 'receivedOn' });
    expect(
      refusalOf(
        sealed(),
        { type: 'serve_decision', servedOn: '2024-10-02', receivedOn: '2024-10-02' },
        sup1,
        '2024-09-30',
      ),
    ).toMatchObject({ status: 422, field: 'servedOn' });
  });
  it('an unsealed decision cannot be served: the record is not ready (409)', () => {
    const approved = run(pending(), [
      [{ type: 'draft_decision', kind: 'confirm_illegal', grounds: ['art14.1.1'] }, sup1, '2024-09-24'],
      [{ type: 'approve_decision' }, head, '2024-09-25'],
    ]);
    expect(
      refusalOf(
        approved,
        { type: 'serve_decision', servedOn: '2024-09-26', receivedOn: '2024-09-26' },
        sup1,
        '2024-09-26',
      ),
    ).toMatchObject({ status: 409, article: 'art10.1' });
  });
});

describe('第十条第二款 复查期间不停止执行，执行也不终止复查 (art10.2)', () => {
  const executedUnderReview = () =>
    run(served(), [
      [{ type: 'apply_review', appliedOn: '2024-10-08' }, liaison, '2024-10-08'],
      [{ type: 'report_execution', reportedOn: '2024-10-09' }, liaison, '2024-10-09'],
    ]);
  it('the reviewer can still decide a review after the agency executed; the case stays open until then', () => {
    const f = executedUnderReview();
    expect(f.state).toBe('executed');
    expect(allowedActions(f, reviewer, env('2024-10-10'))).toEqual(['decide_review']);
    expect(allowedActions(f, sup1, env('2024-10-10'))).toEqual([]);
    expect(refusalOf(f, { type: 'close', note: '' }, sup1, '2024-10-10')).toMatchObject({
      status: 409,
      article: 'art10.2',
    });
    const upheld = run(f, [[{ type: 'decide_review', outcome: 'upheld' }, reviewer, '2024-10-15']]);
    expect(upheld).toMatchObject({
      state: 'executed',
      review: { outcome: 'upheld', decidedOn: '2024-10-15' },
    });
    expect(allowedActions(upheld, sup1, env('2024-10-16'))).toEqual(['close']);
    expect(allowedActions(upheld, reviewer, env('2024-10-16'))).toEqual([]);
  });
  it('an executed decision annulled on review records what becomes of its execution', () => {
    const f = executedUnderReview();
    expect(refusalOf(f, { type: 'decide_review', outcome: 'revoked' }, reviewer, '2024-10-15')).toMatchObject(
      {
        status: 422,
        field: 'afterExecution',
      },
    );
    const revoked = run(f, [
      [
        { type: 'decide_review', outcome: 'revoked', afterExecution: '已执行的部分予以恢复' },
        reviewer,
        '2024-10-15',
      ],
    ]);
    expect(revoked).toMatchObject({
      state: 'closed',
      review: { outcome: 'revoked', afterExecution: '已执行的部分予以恢复' },
    });
  });
  it('a decision changed on review after execution goes back to the agency to execute as changed', () => {
    const changed = run(executedUnderReview(), [
      [
        { type: 'decide_review', outcome: 'changed', kind: 'confirm_illegal', grounds: ['art14.1.1'] },
        reviewer,
        '2024-10-15',
      ],
    ]);
    expect(changed).toMatchObject({
      state: 'decided',
      decision: { kind: 'confirm_illegal' },
      review: { outcome: 'changed' },
    });
    expect(allowedActions(changed, liaison, env('2024-10-16'))).toEqual(['report_execution']);
  });
  it('a review is applied for no earlier than the decision was received', () => {
    expect(
      refusalOf(served(), { type: 'apply_review', appliedOn: '2024-09-26' }, liaison, '2024-09-30'),
    ).toMatchObject({
      status: 422,
      field: 'appliedOn',
    });
  });
});

describe('properties', () => {
  const actors = [sup1, sup2, head, liaison, reviewer, otherSup];
  const actionArb: fc.Arbitrary<CaseAction> = fc.oneof(
    fc.record({
      type: fc.constant('draft_filing' as const),
      proposal: fc.constantFrom('file' as const, 'not_file' as const, 'transfer' as const),
      caseName: fc.constantFrom('违规收费案', ''),
      reason: fc.constantFrom('理由', ''),
      transferTo: fc.constantFrom(undefined, '某机关'),
    }),
    fc.record({ type: fc.constant('approve_filing' as const), opinion: fc.constantFrom('同意立案。', '') }),
    fc.constant({ type: 'return_filing' as const, reason: '退回' }),
    fc.record({
      type: fc.constant('record_measure' as const),
      kind: fc.constantFrom('inquiry' as const, 'consult_files' as const),
      supervisorIds: fc.constantFrom(['s1', 's2'], ['s1']),
      summary: fc.constant(''),
      place: fc.constantFrom(undefined, '会议室'),
      persons: fc.constantFrom(undefined, [{ name: '王五', role: '当事人' }]),
    }),
    fc.record({
      type: fc.constant('issue_notice' as const),
      act: fc.constantFrom(NAMED.act, { ...NAMED.act, madeOn: '2025-01-01' }),
      found: fc.constantFrom(NAMED.found, ''),
      findings: fc.constantFrom(['art13.1.1'], ['art14.1.2', 'art13.1.1'], []),
      deadline: fc.constantFrom('2024-09-20', '2024-08-01'),
    }),
    fc.record({
      type: fc.constant('inform_higher_department' as const),
      act: fc.constantFrom(NAMED.act, { ...NAMED.act, party: '' }),
      found: fc.constantFrom(NAMED.found, ''),
      problems: fc.constantFrom(['未告知陈述、申辩的权利'], [' ']),
    }),
    fc.record({
      type: fc.constant('report_handling' as const),
      receivedOn: fc.constant('2024-09-02'),
      written: fc.boolean(),
    }),
    fc.constant({ type: 'accept_handling' as const }),
    fc.constant({ type: 'escalate_unhandled' as const }),
    fc.record({
      type: fc.constant('draft_decision' as const),
      kind: fc.constantFrom(
        'order_performance' as const,
        'revoke' as const,
        'confirm_illegal' as const,
        'confirm_void' as const,
      ),
      grounds: fc.constantFrom(['art13.1.1'], ['art14.1.1'], ['art15.1.3']),
      deadline: fc.constantFrom(undefined, '2024-12-31'),
    }),
    fc.constant({ type: 'approve_decision' as const }),
    fc.constant({ type: 'seal_decision' as const }),
    fc.constant({ type: 'serve_decision' as const, servedOn: '2024-09-02', receivedOn: '2024-09-02' }),
    fc.record({ type: fc.constant('apply_review' as const), appliedOn: fc.constantFrom('2024-09-02') }),
    fc.record({
      type: fc.constant('decide_review' as const),
      outcome: fc.constantFrom('upheld' as const, 'revoked' as const),
    }),
    fc.constant({ type: 'escalate_unmet_order' as const }),
    fc.constant({ type: 'report_execution' as const, reportedOn: '2024-09-02' }),
    fc.constant({ type: 'close' as const, note: '' }),
    fc.constant({ type: 'archive' as const }),
  );
  const days = fc.constantFrom('2024-09-02', '2024-09-21', '2025-01-02');

  it('no sequence of actions reaches a state the table does not allow, and decide never throws', () => {
    const edges = new Set(TRANSITIONS.flatMap((t) => t.from.flatMap((f) => t.to.map((to) => `${f}>${to}`))));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(actionArb, fc.constantFrom(...actors), days), { maxLength: 40 }),
        (steps) => {
          let facts = fresh();
          for (const [action, actor, day] of steps) {
            const r = decide(facts, action, actor, env(day));
            if (!r.ok) continue;
            expect(edges.has(`${facts.state}>${r.facts.state}`)).toBe(true);
            if (r.facts.state === 'decided') expect(r.facts.decision?.sealed).toBe(true);
            if (r.facts.state === 'investigating' && facts.state === 'filing_pending')
              expect(actor.role).toBe('organ_head');
            facts = r.facts;
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('allowedActions is exactly what decide() accepts: offered passes with valid input, not offered is refused', () => {
    const types = [...new Set(TRANSITIONS.map((t) => t.action))];
    const bases = [[BASIS], []];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(actionArb, fc.constantFrom(...actors), days), { maxLength: 30 }),
        days,
        fc.constantFrom(...bases),
        fc.constantFrom({}, VERTICAL),
        (steps, today, b, routing) => {
          let facts = fresh();
          const check = () => {
            for (const actor of actors) {
              const e = env(today, b, routing);
              const offered = new Set(allowedActions(facts, actor, e));
              for (const type of types) {
                const r = decide(facts, validInput(type, facts, actor, e), actor, e);
                if (r.ok !== offered.has(type))
                  throw new Error(
                    `${type} by ${actor.userId} in ${facts.state} on ${today}: offered ${offered.has(type)}, decide ${r.ok ? 'ok' : `${r.status} ${r.refusal.reason}`}`,
                  );
              }
            }
          };
          check();
          for (const [action, actor, day] of steps) {
            const r = decide(facts, action, actor, env(day, [BASIS], routing));
            if (!r.ok) continue;
            facts = r.facts;
            check();
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('a refused action leaves the case exactly as it was', () => {
    fc.assert(
      fc.property(actionArb, fc.constantFrom(...actors), (action, actor) => {
        for (const start of [fresh(), measured(), noticed(), pending(), served()]) {
          const copy = structuredClone(start);
          const r = decide(start, action, actor, env('2024-09-02'));
          expect(start).toEqual(copy);
          if (!r.ok) expect(r.refusal.article).toMatch(/^(national-2025:)?art\d+/);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('预览: what a draft awaiting approval will issue', () => {
  it('第九条第（一）项: the drafted filing form, and the letter a proposal not to file leads to', () => {
    const drafted = (proposal: 'file' | 'not_file') =>
      run(fresh(), [[{ type: 'draft_filing', caseName: '某案', proposal, reason: 'x' }, sup1]]);
    expect(documentsAwaitingApproval(drafted('file'), env('2024-09-02'))).toEqual(['filing_approval_form']);
    expect(documentsAwaitingApproval(drafted('not_file'), env('2024-09-02'))).toEqual([
      'filing_approval_form',
      'non_filing_notice',
    ]);
    expect(documentsAwaitingApproval(fresh(), env('2024-09-02'))).toEqual([]);
  });
});

describe('行政执法监督条例第四十二条第二款 垂直管理、双重领导以上级为主的执法机关：问题告知其上一级主管部门', () => {
  const ART = 'national-2025:art42.2';
  const vertical = (today = '2024-09-02', routing = VERTICAL) => env(today, [BASIS], routing);
  const INFORM: CaseAction = {
    type: 'inform_higher_department',
    ...NAMED,
    problems: ['作出处罚决定前未告知当事人陈述、申辩的权利', ' '],
  };
  const decideV = (facts: CaseFacts, action: CaseAction, actor: CaseActor, routing = VERTICAL) =>
    decide(facts, action, actor, vertical('2024-09-02', routing));

  it('行政执法监督条例第四十二条第二款: no notice to a vertically managed agency — refused with 422 citing the article, and not offered', () => {
    const r = decideV(
      measured(),
      { type: 'issue_notice', ...NAMED, findings: ['art13.1.3'], deadline: '2024-09-20' },
      sup1,
    );
    expect(r).toMatchObject({ ok: false, status: 422, refusal: { article: ART } });
    if (!r.ok) expect(r.refusal.reason).toContain('国家税务总局晋城市税务局');
    const offered = allowedActions(measured(), sup1, vertical());
    expect(offered).not.toContain('issue_notice');
    expect(offered).toContain('inform_higher_department');
  });

  it('行政执法监督条例第四十二条第二款: no decision to a dual-led agency led by the higher department either', () => {
    const dual = { ...VERTICAL, agency: { management: 'dual_led' as const, higherDepartment: '山西省某厅' } };
    const r = decideV(pending(), ORDER, sup1, dual);
    expect(r).toMatchObject({ ok: false, status: 422, refusal: { article: ART } });
    expect(allowedActions(pending(), sup1, vertical('2024-09-02', dual))).not.toContain('draft_decision');
  });

  it('行政执法监督条例第四十二条第二款: after investigation a supervisor tells the higher department, with the letter; then the case is closed', () => {
    expect(decideV(filed(), INFORM, sup1)).toMatchObject({
      ok: false,
      status: 409,
      refusal: { article: 'art9.1.2' },
    });
    const r = decideV(measured(), INFORM, sup1);
    if (!r.ok) throw new Error(r.refusal.reason);
    expect(r.article).toBe(ART);
    expect(r.documents).toEqual(['higher_department_letter']);
    expect(r.facts.state).toBe('investigating');
    expect(r.facts.higherDepartmentLetter).toEqual({
      department: '国家税务总局晋城市税务局',
      management: 'vertical',
      on: '2024-09-02',
      found: NAMED.found,
      problems: ['作出处罚决定前未告知当事人陈述、申辩的权利'],
    });
    expect(r.facts.act).toMatchObject({ party: '某餐饮店', number: '泽市监罚〔2024〕15号' });
    // told once; not then found lawful; closed by a supervisor
    expect(decideV(r.facts, INFORM, sup1)).toMatchObject({ ok: false, status: 409 });
    expect(allowedActions(r.facts, sup1, vertical())).toContain('close');
    expect(allowedActions(r.facts, sup1, vertical())).not.toContain('conclude_lawful');
    const closed = decideV(r.facts, { type: 'close', note: '已告知' }, sup1);
    expect(closed).toMatchObject({ ok: true, article: ART, facts: { state: 'closed' } });
  });

  it('行政执法监督条例第四十二条第二款: the letter names the act, the facts and at least one problem, each refused naming its field', () => {
    for (const [action, field] of [
      [{ ...INFORM, act: { ...NAMED.act, party: ' ' } }, 'act'],
      [{ ...INFORM, found: ' ' }, 'found'],
      [{ ...INFORM, problems: [' '] }, 'problems'],
    ] as const)
      expect(decideV(measured(), action, sup1)).toMatchObject({
        ok: false,
        status: 422,
        refusal: { article: ART, field },
      });
    expect(decideV(measured(), INFORM, head)).toMatchObject({ ok: false, status: 403 });
  });

  it('行政执法监督条例第四十二条第二款: a case the national regulation does not govern, or a locally managed agency, keeps the notice and has no letter', () => {
    for (const routing of [
      {},
      { agency: VERTICAL.agency },
      { governingText: 'national-2025', agency: { management: 'local' as const, higherDepartment: null } },
    ]) {
      const offered = allowedActions(measured(), sup1, vertical('2024-09-02', routing));
      expect(offered).toContain('issue_notice');
      expect(offered).not.toContain('inform_higher_department');
      expect(decideV(measured(), INFORM, sup1, routing)).toMatchObject({
        ok: false,
        status: 422,
        refusal: { article: ART },
      });
    }
    // and no case is closed at investigation without the letter
    expect(decide(measured(), { type: 'close', note: '' }, sup1, env('2024-09-02'))).toMatchObject({
      ok: false,
      status: 409,
    });
  });
});
