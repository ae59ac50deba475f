// A workbook is a ZIP of XML: 0.8 MB can inflate to 800 MB, and a parser given it works for
// half a minute with the event loop held. So the ZIP's central directory is read first and the
// upload refused, before anything is inflated, when it declares more than the limits below;
// each part is then inflated into a buffer of exactly its declared size (a part that lies about
// its size is stopped there and refused), rows and cells are counted in the raw XML,
// and only then does the spreadsheet library see the parts, stored without compression.
import { inflateRawSync } from 'node:zlib';
import { zipSync } from 'fflate';
import { Refusal } from '../../http/problem.ts';

export const MAX_ROWS = 5000;
export const WORKBOOK_LIMITS = {
  /** the sum of the parts' sizes once inflated; a full 5,000-row sheet is a few MB */
  inflatedBytes: 50 * 1024 * 1024,
  entries: 1000,
  sheets: 16,
  /** row elements per sheet: the heading and MAX_ROWS acts */
  rows: MAX_ROWS + 1,
  /** cell elements per sheet: sixteen columns and room for the user's own notes */
  cells: (MAX_ROWS + 1) * 40,
};

export const refuseFile = (status: number, zh: string, en: string) =>
  new Refusal({
    status,
    code: status === 413 ? 'too_large' : 'validation',
    title: status === 413 ? '文件过大' : '文件不能接收',
    titleEn: status === 413 ? 'File too large' : 'The file cannot be accepted',
    detail: zh,
    detailEn: en,
    fields: [{ field: 'file', reason: zh, reason_en: en }],
    article: 'art8.1.3',
  });

const notXlsx = () => refuseFile(415, '不是有效的 Excel（.xlsx）文件', 'not a valid Excel (.xlsx) file');
const SHEET = /^xl\/worksheets\/[^/]+\.xml$/;

interface Entry {
  name: string;
  method: number;
  compressed: number;
  size: number;
  localOffset: number;
}

/** the central directory, as the ZIP declares it; null when it is not a ZIP this reads */
function centralDirectory(zip: Buffer): Entry[] | null {
  let end = zip.length - 22;
  const stop = Math.max(0, zip.length - 22 - 65_535);
  while (end >= stop && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < stop) return null;
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== 0x02014b50) return null;
    const nameLength = zip.readUInt16LE(at + 28);
    entries.push({
      method: zip.readUInt16LE(at + 10),
      compressed: zip.readUInt32LE(at + 20),
      size: zip.readUInt32LE(at + 24),
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      localOffset: zip.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

/** the workbook's parts, inflated within the limits, or a 413/415 refusal */
export function unpackWorkbook(zip: Buffer): Record<string, Uint8Array> {
  const entries = zip.length >= 22 ? centralDirectory(zip) : null;
  if (!entries?.length) throw notXlsx();
  // what the directory declares is judged before anything is inflated
  const declared = entries.reduce((sum, e) => sum + e.size, 0);
  if (declared > WORKBOOK_LIMITS.inflatedBytes)
    throw refuseFile(
      413,
      `解压后超过 ${WORKBOOK_LIMITS.inflatedBytes / 1024 / 1024} MB，不予接收`,
      `inflates to more than ${WORKBOOK_LIMITS.inflatedBytes / 1024 / 1024} MB`,
    );
  if (entries.length > WORKBOOK_LIMITS.entries)
    throw refuseFile(413, '工作簿的组成部分过多', 'the workbook has too many parts');
  if (entries.filter((e) => SHEET.test(e.name)).length > WORKBOOK_LIMITS.sheets)
    throw refuseFile(
      413,
      `工作表不得超过 ${WORKBOOK_LIMITS.sheets} 个`,
      `at most ${WORKBOOK_LIMITS.sheets} sheets`,
    );
  if (entries.some((e) => e.name.startsWith('xl/vba')))
    throw refuseFile(415, '工作簿含有宏，不予接收', 'the workbook contains macros');
  const parts: Record<string, Uint8Array> = {};
  for (const e of entries) {
    if (e.name.endsWith('/')) continue;
    const local = e.localOffset;
    if (local + 30 > zip.length || zip.readUInt32LE(local) !== 0x04034b50) throw notXlsx();
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + e.compressed);
    if (data.length !== e.compressed) throw notXlsx();
    if (e.method === 0) parts[e.name] = data;
    else if (e.method === 8) {
      try {
        // a part inflating past what it declared stops there, at no more than that size
        parts[e.name] = inflateRawSync(data, { maxOutputLength: Math.max(e.size, 1) });
      } catch (err) {
        if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
          throw refuseFile(413, '文件内容与其声明的大小不符', 'a part inflates past the size it declares');
        throw notXlsx();
      }
    } else throw notXlsx();
  }
  if (!parts['[Content_Types].xml'] || !parts['xl/workbook.xml']) throw notXlsx();
  for (const [name, xml] of Object.entries(parts)) {
    if (!SHEET.test(name)) continue;
    const text = Buffer.from(xml.buffer, xml.byteOffset, xml.byteLength).toString('latin1');
    if (count(text, /<(?:\w+:)?row[\s>/]/g) > WORKBOOK_LIMITS.rows)
      throw refuseFile(413, `每次最多 ${MAX_ROWS} 行`, `at most ${MAX_ROWS} rows`);
    if (count(text, /<(?:\w+:)?c[\s>/]/g) > WORKBOOK_LIMITS.cells)
      throw refuseFile(
        413,
        `单元格过多（每个工作表最多 ${WORKBOOK_LIMITS.cells} 个）`,
        `too many cells (at most ${WORKBOOK_LIMITS.cells} per sheet)`,
      );
  }
  return parts;
}

/** the parts again as a ZIP without compression: what the parser inflates is what was counted */
export const storedZip = (parts: Record<string, Uint8Array>) => zipSync(parts, { level: 0 });

function count(text: string, re: RegExp): number {
  let n = 0;
  re.lastIndex = 0;
  while (re.exec(text)) n++;
  return n;
}
