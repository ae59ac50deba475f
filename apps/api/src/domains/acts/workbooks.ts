// The lists of reported acts and of their warnings as workbooks (http/list-workbook.ts writes
// them), each with its list's filters.
import { ACT_KIND_LABELS, WARNING_RULE_LABELS, WARNING_STATE_LABELS } from '@jiandu/contracts';
import { cite } from '@jiandu/regulation';
import type { ListExport } from '../../http/list-workbook.ts';
import type { ActLine } from './queries.ts';
import type { WarningRow } from './warnings.ts';

const actKind = (kind: string) => ACT_KIND_LABELS[kind as keyof typeof ACT_KIND_LABELS]?.zh ?? kind;

export const actsExport = (filters: Record<string, unknown>): ListExport<ActLine> => ({
  title: '执法行为',
  fallback: 'acts',
  noun: '执法行为',
  unit: '条',
  first: '决定日期最近的',
  filters,
  filterNames: { agencyId: '执法机关' },
  columns: [
    { header: '执法案件编号', width: 24, value: (a) => a.caseNumber },
    { header: '行为种类', width: 10, value: (a) => actKind(a.kind) },
    { header: '执法领域', width: 14, value: (a) => a.area },
    { header: '决定日期', width: 12, date: true, value: (a) => a.decisionDate },
    { header: '执法机关', width: 28, value: (a) => a.agencyName },
    { header: '待处理预警', width: 10, value: (a) => a.openWarnings },
  ],
});

export const warningsExport = (filters: Record<string, unknown>): ListExport<WarningRow> => ({
  title: '预警',
  fallback: 'warnings',
  noun: '预警',
  unit: '条',
  first: '最近发出的',
  filters,
  filterNames: { state: '状态', rule: '预警规则', agencyId: '执法机关' },
  columns: [
    { header: '预警日期', width: 12, date: true, value: (w) => w.raised_at },
    { header: '执法案件编号', width: 24, value: (w) => w.case_number },
    { header: '行为种类', width: 10, value: (w) => actKind(w.act_kind) },
    { header: '决定日期', width: 12, date: true, value: (w) => w.decision_date },
    { header: '执法机关', width: 28, value: (w) => w.agency_name },
    { header: '预警规则', width: 18, value: (w) => WARNING_RULE_LABELS[w.rule]?.zh ?? w.rule },
    { header: '依据条款', width: 22, value: (w) => cite(w.article).short },
    { header: '执法人员', width: 10, value: (w) => w.officer_name },
    { header: '预警内容', width: 50, value: (w) => w.message },
    {
      header: '状态',
      width: 8,
      value: (w) => WARNING_STATE_LABELS[w.state as keyof typeof WARNING_STATE_LABELS]?.zh ?? w.state,
    },
    { header: '排除理由', width: 30, value: (w) => w.reason },
  ],
});
