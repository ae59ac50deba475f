// 行政执法监督问题告知函 (《行政执法监督条例》第四十二条第二款): the organ tells the higher competent
// department of a vertically managed or dual-led agency the problems it found in that agency's
// enforcement — which act, what the investigation established, the problems one by one. The
// letter names the agency, never the petitioner: who complained does not leave the organ.
import { NATIONAL_2025 } from '@jiandu/regulation';
import type { DocumentData } from '../data.ts';
import { cnDate } from '../layout.ts';
import { article, caseCalled, filedOn, outgoing, petitionKindZh } from './common.ts';
import { investigation, sentence } from './findings.ts';

const MANAGED = { vertical: '实行垂直管理', dual_led: '实行双重领导并且以上级部门领导为主' } as const;
const ZH = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** the act, with the agency as its subject: 某局于2026年3月2日对某公司作出…（文书号），适用…。 */
function actOf(d: DocumentData): string {
  const a = d.facts.act;
  if (!a) return '';
  const number = a.number ? `（${a.number}）` : '';
  const applied = a.provisionApplied ? `，适用${a.provisionApplied}` : '';
  return `${d.agency.name}于${cnDate(a.madeOn)}对${a.party}${a.name}${number}${applied}。`;
}

export function higherDepartmentLetter(d: DocumentData) {
  const letter = d.facts.higherDepartmentLetter;
  const filed = filedOn(d);
  const received = d.petition
    ? `本机关于${cnDate(d.petition.receivedOn)}收到对${d.agency.name}的${petitionKindZh(d.petition.kind)}。`
    : '';
  const number = d.filingNumber ? `（${d.filingNumber}）` : '';
  const opening = filed
    ? `${received}经本机关负责人批准，本机关于${cnDate(filed)}对${caseCalled(d)}立案监督${number}。`
    : received;
  const managed = MANAGED[letter?.management ?? 'vertical'];
  return outgoing(
    d,
    '行政执法监督问题告知函',
    letter?.department ?? '',
    [
      { type: 'p', text: `${opening}${investigation(d)}` },
      { type: 'p', text: `经查：${actOf(d)}${letter?.found ? sentence(letter.found) : ''}` },
      { type: 'p', text: `本机关认为，${d.agency.name}的上述行政执法行为存在下列问题：` },
      ...(letter?.problems ?? []).map((p, i) => ({
        type: 'p' as const,
        text: `${ZH[i] ?? i + 1}、${sentence(p)}`,
      })),
      {
        type: 'p',
        text: `${d.agency.name}系设立在本行政区域内、${managed}的行政执法机关。根据${article(NATIONAL_2025, 'art42.2')}的规定，现将上述问题告知你单位，请依法处理。`,
      },
      { type: 'p', text: '特此函告。' },
    ],
    { cc: null },
  );
}
