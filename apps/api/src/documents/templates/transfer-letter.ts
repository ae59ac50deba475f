// 移送函 (第十二条): a matter outside the organ's competence goes to the competent authority.
import type { DocumentData } from '../data.ts';
import { basisCited, outgoing, petitionPhrase } from './common.ts';

export function transferLetter(d: DocumentData) {
  const to = d.facts.filing?.transferTo ?? '';
  const who = d.petition?.petitioner ?? '匿名举报人';
  return outgoing(
    d,
    '移送函',
    to,
    [
      {
        type: 'p',
        text: `${who}于${petitionPhrase(d)}，反映${d.agency.name}${d.petition?.summary ?? ''}`,
      },
      {
        type: 'p',
        text: `经审查，${(d.facts.filing?.reason ?? '').replace(/。?$/, '。')}该事项不属于本机关管辖。根据${basisCited(d, '第十二条')}的规定，现将该事项及有关材料移送你单位依法处理，请将处理结果告知${d.petition?.petitioner ? '当事人' : '本机关'}。`,
      },
      { type: 'p', text: '特此函告。' },
    ],
    { attachments: ['来件及有关材料'], cc: null },
  );
}
