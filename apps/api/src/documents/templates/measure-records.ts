// 询问笔录 (第七条（三）) and 现场检查记录 (第七条（四）): what the two or more supervisors
// present did and found, with lines for everyone's signature.
import type { DocumentData } from '../data.ts';
import { cnDate } from '../layout.ts';
import { internal, names } from './common.ts';

function record(d: DocumentData, title: string, subjectLabel: string) {
  const a = d.step?.action.type === 'record_measure' ? d.step.action : null;
  const present = a ? names(d, a.supervisorIds) : '';
  return internal(d, title, [
    {
      type: 'form',
      rows: [
        { label: '时间', value: d.step ? cnDate(d.step.on) : '' },
        { label: subjectLabel, value: d.agency.name },
        { label: '监督人员', value: present },
        { label: '记录人', value: d.step?.actorName ?? '' },
        { label: '案由', value: d.caseTitle },
      ],
    },
    { type: 'space', lines: 1 },
    { type: 'p', text: `监督人员出示证件，表明身份，告知有关事项。${a?.summary ?? ''}` },
    { type: 'space', lines: 2 },
    { type: 'p', text: '以上记录已阅，与事实相符。', indent: true },
    {
      type: 'p',
      text: `${subjectLabel.replace(/单位|对象/, '')}签名：                年    月    日`,
      align: 'right',
    },
    { type: 'p', text: `监督人员签名：${present}    ${d.step ? cnDate(d.step.on) : ''}`, align: 'right' },
  ]);
}

export const inquiryRecord = (d: DocumentData) => record(d, '询问笔录', '被询问单位');
export const siteRecord = (d: DocumentData) => record(d, '现场检查记录', '检查对象');
