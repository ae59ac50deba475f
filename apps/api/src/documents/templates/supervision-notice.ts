// 行政执法监督通知书 (第九条（三）): the agency is told which of its acts, what the investigation
// found, and what is wrong with it article by article, and is ordered to handle it by a deadline and report in writing.
import type { DocumentData } from '../data.ts';
import { cnDate } from '../layout.ts';
import { basisCited, caseOpening, outgoing } from './common.ts';
import { factsFound, findingBlocks, investigation, theAct } from './findings.ts';

export function supervisionNotice(d: DocumentData) {
  const n = d.facts.notice;
  return {
    ...outgoingNotice(d),
    body: [
      { type: 'p' as const, text: `${caseOpening(d)}${investigation(d)}` },
      { type: 'p' as const, text: factsFound(d, n?.found) },
      { type: 'p' as const, text: `本机关认为，${theAct(d)}存在下列问题：` },
      ...findingBlocks(d, d.facts.findings),
      {
        type: 'p' as const,
        text: `根据${basisCited(d, '第九条第（三）项')}的规定，请你单位于${n ? cnDate(n.deadline) : ''}前自行纠正或者依法处理，并将处理结果书面报告本机关。逾期不处理或者处理不符合要求的，本机关将依法作出行政执法监督决定。`,
      },
      { type: 'p' as const, text: '特此通知。' },
    ],
  };
}

const outgoingNotice = (d: DocumentData) =>
  outgoing(d, '行政执法监督通知书', d.agency.name, [], { cc: null });
