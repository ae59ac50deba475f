// The assessment as a workbook for the leader's own analysis: one sheet per level (governments,
// agencies) with every indicator's value and the total, and one with the formulas. Values are
// numbers with a number format, never text, so they sort and sum in Excel as they are.
import type { Indicator, IndicatorResult } from '@jiandu/procedure';
import ExcelJS from 'exceljs';
import { articlesOf, floorOf, standardOf } from './format.ts';
import type { AnnualAssessment, AssessedAgency, AssessedUnit } from './service.ts';

const FORMAT: Record<Indicator['unit'], string> = {
  percent: '0.0"%"',
  points: '0.0',
  per_thousand: '0.0',
};
const UNIT_HEADER: Record<Indicator['unit'], string> = {
  percent: '（%）',
  points: '（分）',
  per_thousand: '（‰）',
};

interface Column<T> {
  header: string;
  width: number;
  numFmt?: string;
  value: (row: T) => string | number | null;
}

function sheet<T>(wb: ExcelJS.Workbook, name: string, columns: Column<T>[], rows: readonly T[]) {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c, i) => ({ header: c.header, key: String(i), width: c.width }));
  for (const r of rows) ws.addRow(columns.map((c) => c.value(r)));
  columns.forEach((c, i) => {
    if (c.numFmt) ws.getColumn(i + 1).numFmt = c.numFmt;
  });
  const head = ws.getRow(1);
  head.font = { bold: true };
  head.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  head.height = 32;
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return ws;
}

function indicatorColumns<T extends { indicators: IndicatorResult[] }>(
  indicators: readonly Indicator[],
): Column<T>[] {
  return indicators.map((ind, i) => ({
    header: `${ind.zh}${UNIT_HEADER[ind.unit]}`,
    width: 14,
    numFmt: FORMAT[ind.unit],
    value: (r: T) => r.indicators[i].value,
  }));
}

export async function assessmentWorkbook(a: AnnualAssessment): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = a.organisationName;
  wb.title = `${a.year}年度行政执法监督工作考核`;
  const total = { header: '综合得分', width: 10, numFmt: '0.0' };
  sheet<AssessedUnit>(
    wb,
    '人民政府',
    [
      { header: '名次', width: 6, value: (r) => r.rank },
      { header: '人民政府（管委会）', width: 28, value: (r) => r.name },
      { header: '行政区划代码', width: 12, value: (r) => r.regionCode },
      { ...total, value: (r) => r.total },
      { header: '执法行为（件）', width: 12, numFmt: '#,##0', value: (r) => r.counts.acts },
      ...indicatorColumns<AssessedUnit>(a.indicators),
    ],
    a.governments,
  );
  sheet<AssessedAgency>(
    wb,
    '行政执法机关',
    [
      { header: '名次', width: 6, value: (r) => r.rank },
      { header: '行政执法机关', width: 30, value: (r) => r.name },
      { header: '所属政府', width: 20, value: (r) => r.governmentName },
      { ...total, value: (r) => r.total },
      { header: '执法行为（件）', width: 12, numFmt: '#,##0', value: (r) => r.counts.acts },
      ...indicatorColumns<AssessedAgency>(a.indicators),
    ],
    a.agencies,
  );
  sheet<Indicator>(
    wb,
    '指标说明',
    [
      { header: '指标', width: 24, value: (i) => i.zh },
      { header: 'Indicator', width: 30, value: (i) => i.en },
      { header: '依据条款', width: 28, value: (i) => articlesOf(i) },
      { header: '计算公式', width: 60, value: (i) => i.formula.zh },
      { header: '方向', width: 8, value: (i) => (i.direction === 'higher' ? '越高越好' : '越低越好') },
      { header: '权重', width: 6, value: (i) => i.weight },
      { header: '满分标准', width: 14, value: (i) => standardOf(i) },
      { header: '零分界限', width: 14, value: (i) => floorOf(i) },
      {
        header: '计分层级',
        width: 16,
        value: (i) => i.levels.map((l) => (l === 'government' ? '人民政府' : '执法机关')).join('、'),
      },
    ],
    a.indicators,
  ).getColumn(4).alignment = { wrapText: true, vertical: 'top' };
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
