// The Excel way in (第八条（三）): a template with Chinese headings, and an upload read row by
// row into the same act shape the bulk API takes, so one validation answers both. A formula
// is refused (its value is not what was typed), a workbook with macros is refused outright,
// and the answer can come back as the same workbook with an error column to fix and re-upload.
import { ACT_KIND_LABELS } from '@jiandu/contracts';
import ExcelJS from 'exceljs';
import type { RowResult } from './ingest.ts';
import { MAX_ROWS, refuseFile, storedZip, unpackWorkbook } from './workbook-limits.ts';

interface Column {
  header: string;
  key: string;
  width: number;
  example: string;
}

const COLUMNS: Column[] = [
  { header: '案件编号', key: 'caseNumber', width: 24, example: '泽市监罚〔2026〕101号' },
  { header: '行为类别', key: 'kind', width: 12, example: '行政处罚' },
  { header: '执法领域', key: 'area', width: 12, example: '市场监管' },
  { header: '决定日期', key: 'decisionDate', width: 12, example: '2026-11-20' },
  {
    header: '执法人员证件号（多个用、分隔）',
    key: 'officers',
    width: 30,
    example: '140500200001、140500200002',
  },
  { header: '当事人（多个用、分隔）', key: 'parties', width: 20, example: '某商店' },
  { header: '当事人类型（自然人/单位）', key: 'partyKind', width: 14, example: '单位' },
  { header: '违法事实', key: 'facts', width: 30, example: '销售过期食品。' },
  {
    header: '法律依据（多条用；分隔）',
    key: 'legalBasis',
    width: 36,
    example: '《中华人民共和国食品安全法》第一百二十四条',
  },
  { header: '加盖印章（是/否）', key: 'sealPresent', width: 10, example: '是' },
  { header: '裁量基准档次', key: 'discretionLevel', width: 12, example: '一般' },
  { header: '法定期限', key: 'deadlineLabel', width: 14, example: '作出处罚决定' },
  { header: '期限届满日', key: 'deadlineDue', width: 12, example: '2026-11-25' },
  { header: '办结日期', key: 'deadlineMet', width: 12, example: '2026-11-20' },
  { header: '全过程记录（是/否）', key: 'fullRecord', width: 10, example: '是' },
  { header: '处理结果', key: 'outcome', width: 20, example: '罚款5000元' },
];

const KIND_BY_ZH = Object.fromEntries(Object.entries(ACT_KIND_LABELS).map(([k, v]) => [v.zh, k]));
export const MAX_SHEET_BYTES = 10 * 1024 * 1024;

export async function actsTemplate(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('执法行为');
  ws.columns = COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  ws.addRow(Object.fromEntries(COLUMNS.map((c) => [c.key, c.example])));
  ws.getRow(1).font = { bold: true };
  const help = wb.addWorksheet('说明');
  help.addRows([
    ['依据《晋城市行政执法监督暂行办法》第八条第（三）项报送行政执法信息。'],
    ['每行一件执法行为；案件编号在本机关内唯一，重复上传同一内容不会重复保存。'],
    [
      `行为类别：${Object.values(ACT_KIND_LABELS)
        .map((l) => l.zh)
        .join('、')}。日期格式 YYYY-MM-DD。`,
    ],
    ['单元格不得使用公式；含宏的工作簿（.xlsm）不予接收。'],
  ]);
  help.getColumn(1).width = 90;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function text(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  if (typeof v === 'object' && 'text' in v) return String(v.text);
  return String(v).trim();
}

const list = (s: string, sep: RegExp) =>
  s
    .split(sep)
    .map((x) => x.trim())
    .filter(Boolean);
const yes = (s: string) => (s === '是' ? true : s === '否' ? false : s);

export interface SheetRow {
  /** the row number as Excel shows it */
  line: number;
  act: Record<string, unknown>;
  /** problems found before validation (formulas) */
  errors: { field: string; reason: string; reason_en: string }[];
}

export async function readActsSheet(data: Buffer): Promise<{ rows: SheetRow[]; workbook: ExcelJS.Workbook }> {
  const parts = unpackWorkbook(data);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(storedZip(parts) as unknown as ArrayBuffer);
  } catch {
    throw refuseFile(415, '不是有效的 Excel（.xlsx）文件', 'not a valid Excel (.xlsx) file');
  }
  const ws = wb.worksheets[0];
  if (!ws) throw refuseFile(422, '工作簿中没有工作表', 'the workbook has no sheet');
  if (ws.rowCount - 1 > MAX_ROWS)
    throw refuseFile(413, `每次最多 ${MAX_ROWS} 行`, `at most ${MAX_ROWS} rows`);
  const headers = (ws.getRow(1).values as ExcelJS.CellValue[]).map(text);
  const index = new Map(COLUMNS.map((c) => [c.key, headers.indexOf(c.header)]));
  const missing = COLUMNS.filter((c) => (index.get(c.key) ?? -1) < 1);
  if (missing.length)
    throw refuseFile(
      422,
      `缺少列：${missing.map((c) => c.header).join('、')}，请使用系统模板`,
      'columns are missing; use the template',
    );
  const rows: SheetRow[] = [];
  ws.eachRow((row, line) => {
    if (line === 1) return;
    const errors: SheetRow['errors'] = [];
    const cell = (key: string) => {
      const c = row.getCell(index.get(key)!);
      if (c.formula || c.type === ExcelJS.ValueType.Formula)
        errors.push({ field: key, reason: '不得使用公式', reason_en: 'formulas are not accepted' });
      return text(c.value);
    };
    const get = Object.fromEntries(COLUMNS.map((c) => [c.key, cell(c.key)]));
    if (Object.values(get).every((v) => v === '')) return;
    const partyKind = get.partyKind === '自然人' ? 'person' : 'organisation';
    rows.push({
      line,
      errors,
      act: {
        caseNumber: get.caseNumber,
        kind: KIND_BY_ZH[get.kind] ?? get.kind,
        area: get.area,
        decisionDate: get.decisionDate,
        officers: list(get.officers, /[、,，\s]+/),
        parties: list(get.parties, /[、,，]+/).map((name) => ({ name, kind: partyKind })),
        facts: get.facts,
        legalBasis: list(get.legalBasis, /[；;\n]+/),
        sealPresent: yes(get.sealPresent),
        discretionLevel: get.discretionLevel || null,
        deadlines: get.deadlineLabel
          ? [{ label: get.deadlineLabel, due: get.deadlineDue, metOn: get.deadlineMet || null }]
          : [],
        fullRecord: yes(get.fullRecord),
        outcome: get.outcome || null,
      },
    });
  });
  return { rows, workbook: wb };
}

/** the uploaded workbook with a column saying what is wrong with each refused row */
export async function annotate(
  wb: ExcelJS.Workbook,
  rows: SheetRow[],
  results: RowResult[],
): Promise<Uint8Array> {
  const ws = wb.worksheets[0];
  const col = ws.columnCount + 1;
  ws.getRow(1).getCell(col).value = '校验结果';
  rows.forEach((r, i) => {
    const res = results[i];
    const c = ws.getRow(r.line).getCell(col);
    c.value =
      res?.status === 'rejected'
        ? (res.errors ?? []).map((e) => `${columnName(e.field)}：${e.reason}`).join('；')
        : res?.status === 'unchanged'
          ? '已报送过，未重复保存'
          : res?.status === 'held'
            ? '合格，因整批未保存而未保存'
            : '已保存';
    c.font = { color: { argb: res?.status === 'rejected' ? 'FFC00000' : 'FF008000' } };
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** acts.3.officers.0 → 执法人员证件号（多个用、分隔） */
function columnName(field: string): string {
  const key = field.split('.')[2] ?? field;
  const map: Record<string, string> = { deadlines: 'deadlineDue', parties: 'parties' };
  return COLUMNS.find((c) => c.key === (map[key] ?? key))?.header ?? field;
}
