// 复查决定书 (第十条第二款): the higher organ upholds, changes or revokes the decision.
import { getDecisionKind } from '@jiandu/regulation';
import type { DocumentData } from '../data.ts';
import { cnDate } from '../layout.ts';
import type { Block } from '../model.ts';
import { basisCited, outgoing } from './common.ts';
import { findingBlocks } from './findings.ts';

export function reviewDecision(d: DocumentData, caseOrgan: string) {
  const a = d.step?.action.type === 'decide_review' ? d.step.action : null;
  const review = d.facts.review;
  const original = `${caseOrgan}作出的《行政执法监督决定书》${d.decision?.number ? `（${d.decision.number}）` : ''}`;
  const body: Block[] = [
    { type: 'p', text: `申请人：${d.agency.name}`, indent: false },
    {
      type: 'p',
      text: `申请人不服${original}，于${review ? cnDate(review.appliedOn) : ''}向本机关申请复查。本机关依法进行了复查，现已复查终结。`,
    },
  ];
  if (a?.outcome === 'upheld')
    body.push({
      type: 'p',
      text: '本机关认为，原决定认定事实清楚，适用依据正确，程序合法，内容适当。决定如下：维持原决定。',
    });
  else if (a?.outcome === 'revoked')
    body.push({ type: 'p', text: '本机关认为，原决定认定事实不清或者适用依据错误。决定如下：撤销原决定。' });
  else if (a?.outcome === 'changed' && d.facts.decision) {
    body.push({ type: 'p', text: '本机关认为，原决定的处理不当，申请人的行政执法行为存在下列情形：' });
    body.push(...findingBlocks(d, d.facts.decision.grounds));
    body.push({
      type: 'p',
      text: `决定如下：将原决定变更为${getDecisionKind(d.pack, d.facts.decision.kind).nameZh}${d.facts.decision.deadline ? `，期限至${cnDate(d.facts.decision.deadline)}` : ''}。`,
    });
  }
  body.push({
    type: 'p',
    text: `本决定根据${basisCited(d, '第十条第二款')}作出。复查期间原决定不停止执行。`,
  });
  return outgoing(d, '行政执法监督复查决定书', d.agency.name, body, { cc: caseOrgan });
}
