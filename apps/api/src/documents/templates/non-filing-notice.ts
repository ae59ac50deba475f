// 不予立案告知书 (第九条（一）): the petitioner is told the matter is not filed, and why.
import type { DocumentData } from '../data.ts';
import { basisCited, outgoing, petitionPhrase } from './common.ts';

export function nonFilingNotice(d: DocumentData) {
  const reason = d.facts.filing?.reason ?? '';
  return outgoing(d, '不予立案告知书', d.petition?.petitioner ?? null, [
    {
      type: 'p',
      text: `你（单位）于${petitionPhrase(d)}，反映${d.agency.name}${d.petition?.summary ?? ''}本机关已收悉。`,
    },
    {
      type: 'p',
      text: `经审查，${reason.replace(/。?$/, '。')}根据${basisCited(d, '第九条第（一）项')}的规定，本机关决定不予立案。`,
    },
    { type: 'p', text: '特此告知。' },
  ]);
}
