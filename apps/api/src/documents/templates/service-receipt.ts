// 送达回证 (第十条第二款): which document was served on whom, where, how and by whom. The date of
// receipt written on it starts the five working days for review, so it is the recipient's to
// write: the form leaves the recipient's signature and date blank. They are printed only when the
// service was recorded from the return the recipient signed and dated (`signedReturn`); otherwise
// the date of receipt the organ recorded, and how, stand in the remarks.
import { SERVICE_METHOD_LABELS } from '@jiandu/contracts';
import type { DocumentData } from '../data.ts';
import { cnDate } from '../layout.ts';
import { internal, provisionCited } from './common.ts';

const PLACE: Record<string, string> = { electronic: '行政执法监督信息系统' };

export function serviceReceipt(d: DocumentData) {
  const a = d.step?.action.type === 'serve_decision' ? d.step.action : null;
  const method = a?.method ?? 'direct';
  const doc = `行政执法监督决定书${d.decision?.number ? `（${d.decision.number}）` : ''}`;
  const signed = a?.signedReturn === true;
  const remarks = [
    a && !signed
      ? `据送达记录（${SERVICE_METHOD_LABELS[method].zh}），受送达人于${cnDate(a.receivedOn)}收到。`
      : '',
    d.facts.decision?.reviewDeadline
      ? `申请复查的期限至${cnDate(d.facts.decision.reviewDeadline)}（自收到之日起五个工作日，${provisionCited(d, '第十条第二款', false)}）。`
      : '',
  ].join('');
  return internal(d, '送达回证', [
    {
      type: 'form',
      rows: [
        { label: '送达文书名称及文号', value: doc },
        { label: '受送达人', value: d.agency.name },
        { label: '送达地点', value: a?.place?.trim() || (PLACE[method] ?? '') },
        { label: '送达方式', value: SERVICE_METHOD_LABELS[method].zh },
        {
          label: '送达人',
          value: d.step?.actorName ?? '',
          signedBy: a ? { name: '', date: cnDate(a.servedOn) } : null,
        },
        {
          label: '受送达人签名或盖章',
          // the recipient writes name and date by hand; recorded from the signed return, they stand
          value: signed ? `${d.agency.name}（已签收）` : '',
          lines: 2,
          signedBy: signed && a ? { name: '', date: cnDate(a.receivedOn) } : null,
        },
        { label: '备注', value: remarks, lines: 2 },
      ],
    },
  ]);
}
