// The case list taken out as a workbook (第二条: only the reader's jurisdiction, with the list's
// own filters; the agency's export never names a case by the petitioner's words).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../apps/api/src/db/sql.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { seedEverything } from '../helpers/records.ts';
import { readWorkbook } from '../helpers/workbook.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await seedEverything(t);
});
afterAll(() => t.close());

async function workbook(user: string, query = '') {
  const res = await (await t.login(user)).get(`/api/v1/cases/export.xlsx${query}`);
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toContain('spreadsheetml');
  const rows = await readWorkbook(res.rawPayload);
  return { cases: rows('监督案件'), note: rows('导出说明') };
}

describe('第二条 the case list as a workbook', () => {
  it('第二条: the jurisdiction’s cases, as the list has them, with who exported them and when', async () => {
    const sup = await t.login('zezhou-sup1');
    const list = (await sup.get('/api/v1/cases?limit=200')).json();
    const { cases, note } = await workbook('zezhou-sup1');
    expect(cases[0].slice(0, 3)).toEqual(['案号', '案件名称', '被监督机关']);
    expect(cases.slice(1).map((r) => r[0])).toEqual(
      list.items.map((i: { caseNumber: string }) => i.caseNumber),
    );
    expect(cases.slice(1).every((r) => r[4] === '泽州县')).toBe(true);
    expect(note).toContainEqual(['导出单位', '泽州县司法局']);
    // the clock of the test app stands at 2026-11-26 10:00 in Shanghai
    expect(note).toContainEqual(['导出日期', '2026-11-26']);
  });

  it('第二条: with the list’s filters, said in the workbook', async () => {
    const { cases, note } = await workbook('zezhou-sup1', '?state=registered');
    expect(cases.length).toBeGreaterThan(1);
    expect(cases.slice(1).every((r) => r[5] === '已登记')).toBe(true);
    expect(note.find((r) => r[0] === '筛选条件')?.[1]).toBe('状态：registered');
  });

  it('第九条: the agency’s export names its cases as the agency reads them, and no petitioner', async () => {
    const { cases } = await workbook('zezhou-liaison');
    const list = (await (await t.login('zezhou-liaison')).get('/api/v1/cases?limit=200')).json();
    expect(cases.slice(1).map((r) => r[1])).toEqual(list.items.map((i: { title: string }) => i.title));
    const petitioners = await t.ctx.db.query<{ petitioner_name: string }>(
      sql`SELECT petitioner_name FROM petitions WHERE petitioner_name IS NOT NULL`,
    );
    const text = JSON.stringify(cases);
    for (const p of petitioners) expect(text).not.toContain(p.petitioner_name);
    expect(cases.length).toBeGreaterThan(1);
  });

  it('a filter it cannot read is refused naming the field', async () => {
    const res = await (await t.login('zezhou-sup1')).get('/api/v1/cases/export.xlsx?regionCode=x');
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('regionCode');
  });
});
