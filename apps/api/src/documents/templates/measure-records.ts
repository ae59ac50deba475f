// 询问笔录 (第七条（三）) and 现场检查记录 (第七条（四）): what the two or more supervisors
// present did and found, on which day, where and with whom, with lines for everyone's signature.
// A measure recorded before the day, place and persons were asked prints the day it was recorded
// and leaves the place and persons to be written in by hand.
import type { DocumentData } from '../data.ts';
import { cnDate } from '../layout.ts';
import { internal, names } from './common.ts';

/** 李某（执法人员，泽州县市场监督管理局）、王某（当事人） */
export const personsLine = (persons: readonly { name: string; role: string }[] | undefined) =>
  (persons ?? []).map((p) => (p.role ? `${p.name}（${p.role}）` : p.name)).join('、');

function record(d: DocumentData, title: string, subjectLabel: string, personsLabel: string) {
  const a = d.step?.action.type === 'record_measure' ? d.step.action : null;
  const present = a ? names(d, a.supervisorIds) : '';
  const on = a?.on ?? d.step?.on;
  const day = on ? cnDate(on) : '';
  return internal(d, title, [
    {
      type: 'form',
      rows: [
        { label: '时间', value: day },
        { label: '地点', value: a?.place ?? '' },
        { label: subjectLabel, value: d.agency.name },
        { label: personsLabel, value: personsLine(a?.persons) },
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
      text: `${personsLabel}签名：                年    月    日`,
      align: 'right',
    },
    { type: 'p', text: `监督人员签名：${present}    ${day}`, align: 'right' },
  ]);
}

export const inquiryRecord = (d: DocumentData) => record(d, '询问笔录', '被询问单位', '被询问人');
export const siteRecord = (d: DocumentData) => record(d, '现场检查记录', '检查对象', '在场人员');
