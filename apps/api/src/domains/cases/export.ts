// The case list as a workbook, with the list's own filters: one sheet of cases (dates as dates,
// a filter on every column) and one saying who exported what, when (Asia/Shanghai), and whether
// the list was cut at CASE_EXPORT_MAX.
import { STATE_LABELS } from '@jiandu/procedure';
import ExcelJS from 'exceljs';
import type { ListItem } from './list-item.ts';

/** more than this and the reader is asked to narrow the filters: a workbook is read, not searched */
export const CASE_EXPORT_MAX = 5000;

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

const day = (d: string | null) => (d ? new Date(`${d}T00:00:00Z`) : null);

export async function casesWorkbook(
  items: readonly ListItem[],
  about: {
    organisation: string;
    today: string;
    filters: Record<string, unknown>;
    total: number;
    cut: boolean;
  },
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = about.organisation;
  wb.title = '监督案件';
  const ws = wb.addWorksheet('监督案件', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [
    { header: '案号', key: 'caseNumber', width: 22 },
    { header: '案件名称', key: 'title', width: 44 },
    { header: '被监督机关', key: 'agencyName', width: 26 },
    { header: '承办机关', key: 'organName', width: 18 },
    { header: '区划', key: 'regionName', width: 10 },
    { header: '状态', key: 'state', width: 14 },
    { header: '登记日期', key: 'registeredOn', width: 12, style: { numFmt: 'yyyy-mm-dd' } },
    { header: '立案日期', key: 'filedOn', width: 12, style: { numFmt: 'yyyy-mm-dd' } },
    { header: '下一期限', key: 'nextDeadline', width: 12, style: { numFmt: 'yyyy-mm-dd' } },
    { header: '是否逾期', key: 'overdue', width: 10 },
  ];
  for (const c of items)
    ws.addRow({
      ...c,
      state: STATE_LABELS[c.state as keyof typeof STATE_LABELS]?.zh ?? c.state,
      registeredOn: day(c.registeredOn),
      filedOn: day(c.filedOn),
      nextDeadline: day(c.nextDeadline),
      overdue: c.overdue ? '是' : '否',
    });
  ws.getRow(1).font = { bold: true };
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: ws.columns.length } };

  const note = wb.addWorksheet('导出说明');
  note.columns = [
    { header: '项目', key: 'k', width: 16 },
    { header: '内容', key: 'v', width: 60 },
  ];
  note.addRow({ k: '导出单位', v: about.organisation });
  note.addRow({ k: '导出日期', v: about.today });
  const filters = Object.entries(about.filters).filter(([, v]) => v !== undefined && v !== '');
  note.addRow({
    k: '筛选条件',
    v: filters.length ? filters.map(([k, v]) => `${FILTER_NAMES[k] ?? k}：${v}`).join('；') : '无',
  });
  note.addRow({ k: '导出件数', v: items.length });
  if (about.cut)
    note.addRow({
      k: '说明',
      v: `符合条件的案件超过${CASE_EXPORT_MAX}件，仅导出最近更新的${CASE_EXPORT_MAX}件；请缩小筛选范围后分批导出。`,
    });
  note.getRow(1).font = { bold: true };
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
