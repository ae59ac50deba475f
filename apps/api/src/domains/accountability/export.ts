// The list of accountability matters (责任追究, 第十六条至第十八条) as a workbook
// (http/list-workbook.ts), with the list's filters.
import type { ListExport } from '../../http/list-workbook.ts';
import type { presentMatterSummary } from './presenter.ts';

type Matter = ReturnType<typeof presentMatterSummary>;

export const mattersExport = (filters: Record<string, unknown>): ListExport<Matter> => ({
  title: '责任追究',
  fallback: 'accountability',
  noun: '追责事项',
  unit: '件',
  first: '最近更新的',
  filters,
  filterNames: { state: '状态', subjectKind: '追责对象', q: '检索' },
  columns: [
    { header: '追责对象', width: 22, value: (m) => m.subjectName },
    { header: '对象类别', width: 16, value: (m) => m.subjectLabel.zh },
    { header: '所在单位', width: 26, value: (m) => m.subjectOrganisation },
    { header: '追责事由', width: 40, value: (m) => m.groundCitations.join('；') },
    { header: '事实', width: 50, value: (m) => m.facts },
    { header: '状态', width: 10, value: (m) => m.stateLabel.zh },
    { header: '来源', width: 10, value: (m) => (m.origin === 'automatic' ? '自动提示' : '人工提起') },
    { header: '承办机关', width: 18, value: (m) => m.organName },
    { header: '提起人', width: 12, value: (m) => m.createdBy },
    { header: '提起日期', width: 12, date: true, value: (m) => m.createdAt },
    { header: '更新日期', width: 12, date: true, value: (m) => m.updatedAt },
  ],
});
