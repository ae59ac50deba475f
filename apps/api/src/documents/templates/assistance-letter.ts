// 协助函 (第十一条): another department or organ is asked to assist, and answers.
import type { DocumentData } from '../data.ts';
import { basisCited, outgoing } from './common.ts';

export function assistanceLetter(d: DocumentData) {
  const a = d.step?.action.type === 'request_assistance' ? d.step.action : null;
  return outgoing(
    d,
    '行政执法监督协助函',
    a?.unit ?? '',
    [
      { type: 'p', text: `本机关在办理${d.caseTitle}一案中，需要你单位协助：` },
      { type: 'p', text: a?.matter ?? '' },
      {
        type: 'p',
        text: `根据${basisCited(d, '第十一条')}的规定，请予协助，并将有关情况函告本机关。`,
      },
      { type: 'p', text: '特此函告。' },
    ],
    { cc: null },
  );
}
