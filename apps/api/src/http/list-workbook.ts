// Every list taken out as a workbook, written one way (第二条: the reader's jurisdiction only,
// with the list's own filters): one sheet of rows (Chinese headings, dates as Excel dates shown
// YYYY-MM-DD, the heading frozen, a filter on every column) and one saying who exported what,
// when (Asia/Shanghai), with which filters, and whether the list was cut at EXPORT_MAX.
import { fileResponse, MEDIA_TYPES, type Permission } from '@jiandu/contracts';
import ExcelJS from 'exceljs';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Actor } from '../access/actor.ts';
import type { AppContext } from '../context.ts';
import { requirePermission } from './auth.ts';
import { sendDownload } from './files.ts';

/** more than this and the reader is asked to narrow the filters: a workbook is read, not searched */
export const EXPORT_MAX = 5000;

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface Column<T> {
  header: string;
  width: number;
  /** a day: 'YYYY-MM-DD' (already a Shanghai day) or an instant (its day in Shanghai) */
  date?: boolean;
  value: (row: T) => string | number | Date | null | undefined;
}

export interface ListExport<T> {
  /** the sheet's name and the file's, in Chinese: 监督案件 → 监督案件_2026-11-26.xlsx */
  title: string;
  /** the file's name in ASCII, for clients that read no UTF-8 names: cases → cases-2026-11-26.xlsx */
  fallback: string;
  columns: Column<T>[];
  /** the list's filters as asked, and their names in Chinese */
  filters: Record<string, unknown>;
  filterNames: Record<string, string>;
  /** what a row is and how it is counted: 案件/件, 执法人员/人, 预警/条 */
  noun: string;
  unit: string;
  /** how the list is ordered, said when it is cut: 最近更新的 */
  first?: string;
}

/** the Shanghai day of an instant (UTC+8, no daylight saving) */
const shanghaiDay = (at: Date) => new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

/** an instant as the API sends it (ISO 8601 with a time), rather than a day */
const INSTANT = /^\d{4}-\d{2}-\d{2}T/;

/** a day as Excel reads a date: midnight UTC of that day, shown with the format yyyy-mm-dd */
function asDay(v: unknown): Date | null {
  if (v === null || v === undefined || v === '') return null;
  const day =
    v instanceof Date
      ? shanghaiDay(v)
      : INSTANT.test(String(v))
        ? shanghaiDay(new Date(String(v)))
        : String(v).slice(0, 10);
  return new Date(`${day}T00:00:00Z`);
}

export async function listWorkbook<T>(
  spec: ListExport<T>,
  rows: readonly T[],
  about: { organisation: string; today: string; cut: boolean },
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = about.organisation;
  wb.title = spec.title;
  const ws = wb.addWorksheet(spec.title, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = spec.columns.map((c, i) => ({
    header: c.header,
    key: String(i),
    width: c.width,
    style: c.date ? { numFmt: 'yyyy-mm-dd' } : undefined,
  }));
  for (const r of rows)
    ws.addRow(spec.columns.map((c) => (c.date ? asDay(c.value(r)) : (c.value(r) ?? null))));
  ws.getRow(1).font = { bold: true };
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: spec.columns.length } };

  const note = wb.addWorksheet('导出说明');
  note.columns = [
    { header: '项目', key: 'k', width: 16 },
    { header: '内容', key: 'v', width: 60 },
  ];
  note.addRow({ k: '导出单位', v: about.organisation });
  note.addRow({ k: '导出日期', v: about.today });
  const filters = Object.entries(spec.filters).filter(([, v]) => v !== undefined && v !== '');
  note.addRow({
    k: '筛选条件',
    v: filters.length ? filters.map(([k, v]) => `${spec.filterNames[k] ?? k}：${v}`).join('；') : '无',
  });
  note.addRow({ k: `导出${spec.unit}数`, v: rows.length });
  if (about.cut)
    note.addRow({
      k: '说明',
      v: `符合条件的${spec.noun}超过${EXPORT_MAX}${spec.unit}，仅导出${spec.first ?? '前'}${EXPORT_MAX}${spec.unit}；请缩小筛选范围后分批导出。`,
    });
  note.getRow(1).font = { bold: true };
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/**
 * Answers with the workbook of a list: `fetch` is the list's own query (its scope, its filters)
 * asked for one row more than EXPORT_MAX, so that a cut list says so.
 */
export async function sendListWorkbook<T>(
  reply: FastifyReply,
  actor: Actor,
  today: string,
  spec: ListExport<T>,
  fetch: (limit: number) => Promise<readonly T[]>,
) {
  const rows = await fetch(EXPORT_MAX + 1);
  const body = await listWorkbook(spec, rows.slice(0, EXPORT_MAX), {
    organisation: actor.organisationName,
    today,
    cut: rows.length > EXPORT_MAX,
  });
  return sendDownload(reply, `${spec.title}_${today}.xlsx`, XLSX, body, `${spec.fallback}-${today}.xlsx`);
}

/**
 * `GET url`: the list's workbook for whoever may read the list (`permission`), with its filters
 * (`query`, the list's own less the page). `rows` is the list's own query, asked for `limit` rows.
 */
export function listExportRoute<Q extends z.ZodObject, T>(
  app: FastifyInstance,
  ctx: AppContext,
  o: {
    url: string;
    tags: string[];
    summary: string;
    query?: Q;
    permission: Permission;
    spec: (actor: Actor, query: z.infer<Q>) => ListExport<T>;
    rows: (actor: Actor, query: z.infer<Q>, limit: number, today: string) => Promise<readonly T[]>;
  },
) {
  app.withTypeProvider<ZodTypeProvider>().get(
    o.url,
    {
      schema: {
        tags: o.tags,
        summary: o.summary,
        querystring: o.query ?? z.object({}),
        response: { 200: fileResponse('工作簿 The workbook', MEDIA_TYPES.xlsx) },
      },
    },
    async (req, reply) => {
      const actor = requirePermission(req, o.permission);
      const query = req.query as z.infer<Q>;
      const today = shanghaiDay(ctx.now());
      return sendListWorkbook(reply, actor, today, o.spec(actor, query), (limit) =>
        o.rows(actor, query, limit, today),
      );
    },
  );
}
