// 送达回证 (第十条第二款): how and when the decision was served; the date of receipt written on it
// starts the five working days for review.
import { SERVICE_METHOD_LABELS } from '@jiandu/contracts';
import type { DocumentData } from '../data.ts';
import { cnDate } from '../layout.ts';
import { internal } from './common.ts';

export function serviceReceipt(d: DocumentData) {
  const a = d.step?.action.type === 'serve_decision' ? d.step.action : null;
  const doc = `行政执法监督决定书${d.decision?.number ? `（${d.decision.number}）` : ''}`;
  return internal(d, '送达回证', [
    {
      type: 'form',
      rows: [
        { label: '送达文书名称及文号', value: doc },
        { label: '受送达人', value: d.agency.name },
        { label: '送达方式', value: SERVICE_METHOD_LABELS[a?.method ?? 'direct'].zh },
        { label: '送达日期', value: a ? cnDate(a.servedOn) : '' },
        { label: '送达人', value: d.step?.actorName ?? '', signedBy: null },
        {
          label: '受送达人签收',
          value: a ? `收到日期：${cnDate(a.receivedOn)}` : '',
          lines: 2,
          signedBy: null,
        },
        {
          label: '备注',
          value: d.facts.decision?.reviewDeadline
            ? `申请复查的期限至${cnDate(d.facts.decision.reviewDeadline)}（自收到之日起五个工作日，第十条第二款）。`
            : '',
          lines: 2,
        },
      ],
    },
  ]);
}
