// 行政执法监督决定书 (第九条（四）, 第十条, 第十三条 to 第十五条): the facts, the grounds with
// their article numbers, the decision in one of its five kinds, the deadline, and the agency's
// right to apply for review to the named higher organ within five working days.
import type { DecisionCode } from '@jiandu/regulation';
import { getDecisionKind } from '@jiandu/regulation';
import type { DocumentData } from '../data.ts';
import { cnDate } from '../layout.ts';
import type { Block } from '../model.ts';
import { articleShort, basisCited, caseOpening, lastStep, outgoing, provisionCited } from './common.ts';
import { factsFound, findingBlocks, investigation, theAct } from './findings.ts';

/** 补正 or 改正, as the supervisor chose; a decision drafted before the choice was recorded says both */
const REMEDY = { supplement: '补正', correct: '改正' } as const;

const DECIDED: Record<DecisionCode, (deadline: string, remedy?: 'supplement' | 'correct' | null) => string> =
  {
    order_performance: (dl) => `责令你单位于${dl}前依法履行法定职责，并将履行情况书面报告本机关。`,
    order_correction: (dl, remedy) =>
      remedy
        ? `责令你单位于${dl}前对上述行政执法行为予以${REMEDY[remedy]}，并将${REMEDY[remedy]}情况书面报告本机关。`
        : `责令你单位于${dl}前对上述行政执法行为予以补正或者改正，并将补正、改正情况书面报告本机关。`,
    revoke: () => '撤销你单位作出的上述行政执法行为。',
    confirm_illegal: () => '确认你单位的上述行政执法行为违法。',
    confirm_void: () => '确认你单位的上述行政执法行为无效。',
  };

/**
 * 第九条（四） "在规定期限内未处理的": what the record says happened to the notice — no report by
 * the deadline, or a report the organ did not accept, and why — never both as an either/or.
 */
export function noticeOutcome(d: DocumentData): string {
  const issued = lastStep(d, 'issue_notice');
  const rejected = lastStep(d, 'reject_handling');
  const deadline = d.facts.notice?.deadline;
  const by = deadline ? `在规定期限（${cnDate(deadline)}前）内` : '在规定期限内';
  if (rejected && (!issued || rejected.n > issued.n)) {
    const report = [...d.steps]
      .reverse()
      .find((s) => s.n < rejected.n && s.action.type === 'report_handling');
    const on = report?.action.type === 'report_handling' ? `于${cnDate(report.action.receivedOn)}` : '';
    return `你单位${on}报告了处理情况，经本机关审查，处理不符合要求：${rejected.action.reason.replace(/[。；\s]+$/, '')}。你单位${by}未依法处理。`;
  }
  return `你单位${by}未处理，也未报告处理情况。`;
}

export function supervisionDecision(d: DocumentData) {
  const dec = d.facts.decision;
  if (!dec) throw new Error('supervision decision without a decision');
  const kind = getDecisionKind(d.pack, dec.kind);
  const origin = caseOpening(d) || `本机关对你单位${d.caseTitle}进行监督。`;
  const body: Block[] = [
    { type: 'p', text: `${origin}${investigation(d)}` },
    // the facts as the supervisor found them; the petitioner's words never leave the organ
    { type: 'p', text: factsFound(d, dec.statement ?? d.facts.notice?.found) },
  ];
  if (d.notice)
    body.push({
      type: 'p',
      text: `本机关于${cnDate(d.notice.issuedOn)}向你单位发出《行政执法监督通知书》${d.notice.number ? `（${d.notice.number}）` : ''}，${noticeOutcome(d)}`,
    });
  if (d.facts.unmetOrder)
    body.push({
      type: 'p',
      text: `你单位逾期未履行本机关此前作出的${getDecisionKind(d.pack, d.facts.unmetOrder.kind).nameZh}的决定。`,
    });
  body.push({ type: 'p', text: `本机关认为，${theAct(d)}存在下列情形：` });
  body.push(...findingBlocks(d, dec.grounds));
  // the articles that empower the decision; the grounds were cited one by one above
  const named = [...new Set(['art9.1.4', ...kind.namedIn])].map((id) => articleShort(d.pack, id));
  body.push({
    type: 'p',
    text: `根据${basisCited(d, `${named.join('、')}和第十条第一款`)}的规定，本机关决定如下：`,
  });
  body.push({ type: 'p', text: DECIDED[dec.kind](dec.deadline ? cnDate(dec.deadline) : '', dec.remedy) });
  body.push({
    type: 'p',
    text: `你单位如对本决定不服，可以自收到本决定书之日起五个工作日内，向${d.reviewOrgan}申请复查。复查期间，本决定不停止执行（${provisionCited(d, '第十条第二款')}）。`,
  });
  return outgoing(d, '行政执法监督决定书', d.agency.name, body, { cc: null });
}
