// 立案审批表 (第九条（一）): the supervisor's proposal and the head's approval on one form.
import type { DocumentData } from '../data.ts';
import { cnDate } from '../layout.ts';
import type { FormRow } from '../model.ts';
import { basisCited, internal, PETITIONER_ZH, petitionKindZh, procedureReferred } from './common.ts';

const PROPOSAL_ZH = { file: '拟立案调查', not_file: '拟不予立案', transfer: '拟移送' } as const;
/** 第九条（一） the head decides on the form; 第十二条 a transfer */
const BASIS_REFS = {
  file: '第九条第（一）项',
  not_file: '第九条第（一）项',
  transfer: '第九条第（一）项、第十二条',
} as const;
/** for a form approved before the head wrote an opinion of his or her own */
const APPROVAL_ZH = { file: '同意立案。', not_file: '同意不予立案。', transfer: '同意移送。' } as const;

export function filingApprovalForm(d: DocumentData) {
  const f = d.facts.filing;
  const p = d.petition;
  const drafted = [...d.steps].reverse().find((s) => s.action.type === 'draft_filing');
  // the head's own words and day (第九条（一）); a preview before approval leaves the box empty
  const approval = f?.approval ?? null;
  // the reason first, then what it leads to: 经初步审查，符合立案条件，拟立案调查。
  const proposal = f
    ? `${f.reason.replace(/[。；，,;\s]+$/, '')}${f.reason.trim() ? '，' : ''}${PROPOSAL_ZH[f.proposal]}${f.proposal === 'transfer' && f.transferTo ? `至${f.transferTo}` : ''}。`
    : '';
  const rows: FormRow[] = [
    { label: '案件名称', value: d.caseTitle },
    {
      label: '案件来源',
      value: p ? `${petitionKindZh(p.kind)}（${cnDate(p.receivedOn)}收到）` : '主动监督',
    },
    { label: p ? PETITIONER_ZH[p.kind] : '来源', value: p ? (p.petitioner ?? '匿名') : '—' },
    { label: '被监督机关', value: d.agency.name },
    { label: '反映的问题', value: p?.summary ?? d.caseTitle, lines: 3 },
    // from 2026-02-01 the form states the law it is decided under, the Jincheng articles only referred to
    ...(procedureReferred(d)
      ? [{ label: '办理依据', value: basisCited(d, BASIS_REFS[f?.proposal ?? 'file']), lines: 2 }]
      : []),
    {
      label: '承办人意见',
      value: proposal,
      lines: 3,
      signedBy: f ? { name: d.names[f.draftedBy] ?? '', date: drafted ? cnDate(drafted.on) : null } : null,
      // the head's approval never stands alone on a page: it keeps with the proposal it approves
      keepWithNext: true,
    },
    {
      label: '负责人审批意见',
      value: approval?.opinion ?? (d.step ? APPROVAL_ZH[f?.proposal ?? 'file'] : ''),
      lines: 2,
      signedBy: approval
        ? { name: d.names[approval.by] ?? d.step?.actorName ?? '', date: cnDate(approval.on) }
        : d.step
          ? { name: d.step.actorName, date: cnDate(d.step.on) }
          : null,
    },
    { label: '备注', value: '' },
  ];
  return internal(d, '行政执法监督立案审批表', [{ type: 'form', rows }]);
}
