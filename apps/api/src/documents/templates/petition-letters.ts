// The petitioner's receipt when a petition is registered (第九条), and the reply when its case
// ends. An anonymous report has nobody to write to, so neither is made for it.
import type { DocumentData } from '../data.ts';
import { cnDate } from '../layout.ts';
import { basisCited, outgoing, petitionKindZh, petitionPhrase } from './common.ts';

export function petitionReceipt(d: DocumentData) {
  const kind = d.petition ? petitionKindZh(d.petition.kind) : '';
  return outgoing(d, `${kind}登记回执`, d.petition?.petitioner ?? null, [
    {
      type: 'p',
      text: `你（单位）于${petitionPhrase(d)}，反映${d.agency.name}${(d.petition?.summary ?? '').replace(/。?$/, '')}，本机关已于${cnDate(d.registeredOn)}登记。`,
    },
    {
      type: 'p',
      text: `本机关将依照${basisCited(d, '第九条')}规定的程序办理，并将处理结果告知你（单位）。你（单位）可凭登记时取得的查询码在网上查询办理进度。`,
    },
  ]);
}

export function petitionReply(d: DocumentData) {
  const last = d.step?.action;
  let result = '';
  if (last?.type === 'conclude_lawful')
    result = `经调查核实，${last.finding.replace(/。?$/, '')}。未发现${d.agency.name}的行政执法行为违法或者不当。`;
  else if (last?.type === 'accept_handling')
    result = `经调查核实，本机关已向${d.agency.name}发出《行政执法监督通知书》${d.notice?.number ? `（${d.notice.number}）` : ''}，该机关已依法处理并报告本机关，本机关认可其处理结果。`;
  else
    result = `经调查核实，本机关已对${d.agency.name}作出《行政执法监督决定书》${d.decision?.number ? `（${d.decision.number}）` : ''}，该机关已报告执行情况。`;
  return outgoing(d, '答复书', d.petition?.petitioner ?? null, [
    { type: 'p', text: `你（单位）于${petitionPhrase(d)}收悉，本机关依法进行了办理。` },
    { type: 'p', text: result },
    { type: 'p', text: '特此答复。' },
  ]);
}
