// The case list as a workbook, with the list's own filters (http/list-workbook.ts writes it), and
// the petitions among them with what they say and who made them, as the reader may see it
// (第九条; 举报人保密: the handling organ whole, other staff masked, the agency never).
import { PETITION_KIND_LABELS } from '@jiandu/contracts';
import { STATE_LABELS } from '@jiandu/procedure';
import type { Actor } from '../../access/actor.ts';
import { identityView, shownIdentity } from '../../access/personal-data.ts';
import type { Column, ListExport } from '../../http/list-workbook.ts';
import type { ListItem } from './list-item.ts';
import type { PetitionRow } from './presenter.ts';
import type { CaseRow } from './queries.ts';

const FILTER_NAMES: Record<string, string> = {
  state: '状态',
  source: '来源',
  agencyId: '被监督机关',
  regionCode: '区划',
  q: '检索',
  overdue: '逾期',
  open: '在办',
  registeredFrom: '登记日期自',
  registeredTo: '登记日期至',
  decisionKind: '决定种类',
};

const stateLabel = (state: string) => STATE_LABELS[state as keyof typeof STATE_LABELS]?.zh ?? state;

export const casesExport = (filters: Record<string, unknown>): ListExport<ListItem> => ({
  title: '监督案件',
  fallback: 'cases',
  noun: '案件',
  unit: '件',
  first: '最近更新的',
  filters,
  filterNames: FILTER_NAMES,
  columns: [
    { header: '案号', width: 22, value: (c) => c.caseNumber },
    { header: '案件名称', width: 44, value: (c) => c.title },
    { header: '被监督机关', width: 26, value: (c) => c.agencyName },
    { header: '承办机关', width: 18, value: (c) => c.organName },
    { header: '区划', width: 10, value: (c) => c.regionName },
    { header: '状态', width: 14, value: (c) => stateLabel(c.state) },
    { header: '登记日期', width: 12, date: true, value: (c) => c.registeredOn },
    { header: '立案日期', width: 12, date: true, value: (c) => c.filedOn },
    { header: '下一期限', width: 12, date: true, value: (c) => c.nextDeadline },
    { header: '是否逾期', width: 10, value: (c) => (c.overdue ? '是' : '否') },
  ],
});

const CHANNELS: Record<string, string> = {
  online: '网上提交',
  paper: '书面',
  phone: '电话',
  hotline_12345: '12345热线',
  visit: '来访',
};

export interface PetitionLine {
  case: CaseRow;
  petition: PetitionRow | null;
}

/** a petition as a line of the register: its petitioner as this reader may see them */
export function petitionColumns(actor: Actor): Column<PetitionLine>[] {
  const who = (l: PetitionLine) =>
    l.petition &&
    shownIdentity(
      identityView(actor, l.case.organ_id),
      l.petition.petitioner_name,
      l.petition.petitioner_phone,
    );
  return [
    { header: '案号', width: 22, value: (l) => l.case.case_number },
    {
      header: '类别',
      width: 8,
      value: (l) =>
        l.petition && PETITION_KIND_LABELS[l.petition.kind as keyof typeof PETITION_KIND_LABELS]?.zh,
    },
    {
      header: '收件方式',
      width: 10,
      value: (l) => l.petition && (CHANNELS[l.petition.channel] ?? l.petition.channel),
    },
    { header: '收件日期', width: 12, date: true, value: (l) => l.petition?.received_at },
    {
      header: '申请人、投诉人、举报人',
      width: 18,
      value: (l) => (l.petition?.anonymous ? '匿名' : who(l)?.name),
    },
    { header: '联系电话', width: 16, value: (l) => who(l)?.phone },
    { header: '事项', width: 60, value: (l) => l.petition?.summary },
    { header: '被监督机关', width: 26, value: (l) => l.case.agency_name },
    { header: '承办机关', width: 18, value: (l) => l.case.organ_name },
    { header: '区划', width: 10, value: (l) => l.case.region_name },
    { header: '状态', width: 14, value: (l) => stateLabel(l.case.state) },
  ];
}

export const petitionsExport = (
  actor: Actor,
  filters: Record<string, unknown>,
): ListExport<PetitionLine> => ({
  title: '申请投诉举报',
  fallback: 'petitions',
  noun: '来件',
  unit: '件',
  first: '最近更新的',
  filters,
  filterNames: FILTER_NAMES,
  columns: petitionColumns(actor),
});
