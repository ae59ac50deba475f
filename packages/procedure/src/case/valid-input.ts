// For the tests that hold allowedActions to its word: one valid input for every action, given
// the case, the actor and the world. An action offered must pass decide() with it; an action not
// offered must be refused with it.
import { addDays } from '@jiandu/calendar';
import type { ActionType, CaseAction } from './actions.ts';
import type { CaseActor, CaseFacts, ProcedureEnv } from './facts.ts';

export function validInput(
  type: ActionType,
  facts: CaseFacts,
  actor: CaseActor,
  env: ProcedureEnv,
): CaseAction {
  const today = env.today;
  switch (type) {
    case 'draft_filing':
      return {
        type,
        proposal: 'file',
        reason: '经初步审查，符合立案条件。',
        caseName: '执法人员检查时未出示执法证件案',
      };
    case 'merge_duplicate':
      return { type, duplicateOf: 'an-earlier-case' };
    case 'approve_filing':
      return { type, opinion: '同意立案，由张强、李明承办。' };
    case 'return_filing':
      return { type, reason: '事实不清，请补充' };
    case 'record_measure': {
      const other = [...env.validSupervisorIds].find((id) => id !== actor.userId) ?? 'nobody';
      // taken today, where the files are kept (第七条（二）)
      return {
        type,
        kind: 'consult_files',
        supervisorIds: [actor.userId, other],
        summary: '调取执法案卷',
        on: today,
        place: '被监督机关档案室',
      };
    }
    case 'request_assistance':
      return { type, unit: '晋城市公安局', matter: '协助核实当事人身份' };
    case 'conclude_lawful':
      return { type, finding: '执法行为合法' };
    case 'issue_notice':
      return {
        type,
        findings: ['art13.1.3'],
        deadline: addDays(today, 15),
        act: { name: '作出行政处罚决定', number: '泽市监罚〔2024〕15号', madeOn: today, party: '某餐饮店' },
        found: '该局作出处罚决定前未告知当事人陈述、申辩的权利。',
      };
    case 'inform_higher_department':
      return {
        type,
        act: {
          name: '作出税务行政处罚决定',
          number: '泽税罚〔2026〕3号',
          madeOn: today,
          party: '某商贸公司',
        },
        found: '该局作出处罚决定前未告知当事人陈述、申辩的权利。',
        problems: ['未告知当事人陈述、申辩的权利'],
      };
    case 'report_handling':
      return { type, receivedOn: today, written: true };
    case 'reject_handling':
      return { type, reason: '处理不符合要求' };
    case 'draft_decision':
      // 确认违法 carries no condition of its own beyond its grounds (第十四条)
      return { type, kind: 'confirm_illegal', grounds: ['art14.1.1'] };
    case 'serve_decision':
      return { type, servedOn: today, receivedOn: today, method: 'direct' };
    case 'apply_review':
      return { type, appliedOn: today };
    case 'decide_review':
      return facts.state === 'executed'
        ? { type, outcome: 'revoked', afterExecution: '已执行部分予以纠正' }
        : { type, outcome: 'upheld' };
    case 'report_execution':
      return { type, reportedOn: today };
    case 'close':
      return { type, note: '执行完毕' };
    default:
      return { type } as CaseAction;
  }
}
