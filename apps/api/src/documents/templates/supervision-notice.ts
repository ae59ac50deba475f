// 行政执法监督通知书 (第九条（三）): the agency is told what was found, article by article, and
// ordered to handle it by a deadline and report in writing.
import type { DocumentData } from '../data.ts';
import { cnDate } from '../layout.ts';
import type { Block } from '../model.ts';
import { article, caseOpening, groundText, outgoing, packTitle } from './common.ts';

/** the findings as numbered lines: 一、违反法定程序（《办法》第十三条第一款第（三）项）。 */
export function findingBlocks(d: DocumentData, ids: readonly string[]): Block[] {
  const zh = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
  return ids.map((id, i) => ({
    type: 'p' as const,
    text: `${zh[i] ?? i + 1}、${groundText(d.pack, id)}（${article(d.pack, id)}）。`,
  }));
}

export function supervisionNotice(d: DocumentData) {
  const n = d.facts.notice;
  return {
    ...outgoingNotice(d),
    body: [
      {
        type: 'p' as const,
        text: `${caseOpening(d)}经调查核实，你单位的行政执法行为存在下列问题：`,
      },
      ...findingBlocks(d, d.facts.findings),
      {
        type: 'p' as const,
        text: `根据${packTitle(d.pack)}第九条第（三）项的规定，请你单位于${n ? cnDate(n.deadline) : ''}前自行纠正或者依法处理，并将处理结果书面报告本机关。逾期不处理或者处理不符合要求的，本机关将依法作出行政执法监督决定。`,
      },
      { type: 'p' as const, text: '特此通知。' },
    ],
  };
}

const outgoingNotice = (d: DocumentData) =>
  outgoing(d, '行政执法监督通知书', d.agency.name, [], { cc: null });
