// Work comes to the user: the home page per role (a supervisor's tasks, a leader's key figures,
// the agency's notices and decisions awaiting its answer), the 案号 and one search, and a case
// page that names who it waits for (第九条（一）: the head approves the filing form).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.stop());

const text = (page: import('playwright-core').Page) => async () => (await page.textContent('body')) ?? '';

describe('the home page per role', () => {
  it('第九条: a supervisor sees his tasks grouped, the badge counting every one', async () => {
    const page = await h.newPage();
    await h.login(page, 'zezhou-sup1');
    const tasks = page.getByTestId('home-tasks');
    await expect.poll(async () => (await tasks.textContent()) ?? '').toContain('填写立案审批表');
    const badge = Number((await page.getByTestId('inbox-badge').textContent())?.trim());
    expect(badge).toBeGreaterThan(0);
    await h.shot(page, '70-home-supervisor');
    // a group opens its case
    await tasks.locator('a[href^="/cases/"]').first().click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    await expect.poll(text(page)).toContain('案号');
  });

  it('a leader sees the key figures of the jurisdiction first', async () => {
    const page = await h.newPage();
    await h.login(page, 'city-leader');
    const figures = page.getByTestId('home-figures');
    await expect.poll(async () => (await figures.textContent()) ?? '').toContain('在办案件');
    expect(await figures.textContent()).toContain('按期纠正率');
    await h.shot(page, '71-home-leader');
  });

  it('第九条（三）: the agency sees what awaits its answer, and never a petitioner', async () => {
    const page = await h.newPage();
    await h.login(page, 'zezhou-liaison');
    const tasks = page.getByTestId('home-tasks');
    await expect.poll(async () => (await tasks.textContent()) ?? '').toContain('待本单位答复');
    // its menu holds what it works with: its cases, its reports, its officers
    const menu = (await page.locator('.ant-layout-sider .ant-menu').textContent()) ?? '';
    expect(menu).toContain('监督案件');
    expect(menu).toContain('信息化监督');
    for (const item of ['组织机构', '案卷评查', '专项监督']) expect(menu).not.toContain(item);
    await h.shot(page, '72-home-agency');
  });
});

describe('案号 and one search', () => {
  it('第九条（一）: finds a case by its 案号; the case page names the head it waits for', async () => {
    const page = await h.newPage();
    await h.login(page, 'zezhou-sup1');
    await page.goto(`${h.url}/cases`);
    const first = page.locator('.ant-table-row').first();
    await first.waitFor();
    const number = (await first.locator('td').first().textContent())?.trim() ?? '';
    expect(number).toMatch(/^泽执监案〔\d{4}〕\d+号$/);
    await page.getByTestId('global-search').locator('input').fill(number);
    await page.getByTestId('global-search').locator('input').press('Enter');
    await page.waitForURL(/\/search\?q=/);
    const cases = page.getByTestId('search-cases');
    await expect.poll(async () => (await cases.textContent()) ?? '').toContain(number);
    await h.shot(page, '73-search');

    // the filing form drafted by this supervisor waits for the head, by name
    await page.goto(`${h.url}/cases?state=filing_pending`);
    await page.locator('.ant-table-row a').first().click();
    await expect
      .poll(async () => (await page.getByTestId('case-waiting').textContent()) ?? '')
      .toMatch(/待 \S+ 批准立案审批表/);
    await h.shot(page, '74-case-waiting');
  });
});

describe('the data taken out: Excel and print', () => {
  it('第二条: the case list exports with its filters; the case page prints on A4 under the organ’s name', async () => {
    const page = await h.newPage();
    await h.login(page, 'zezhou-sup1');
    await page.goto(`${h.url}/cases?state=registered`);
    await page.locator('.ant-table-row').first().waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('cases-export').click(),
    ]);
    expect(decodeURIComponent(download.suggestedFilename())).toMatch(/^监督案件_\d{4}-\d{2}-\d{2}\.xlsx$/);
    const file = path.join(os.tmpdir(), `cases-${process.pid}.xlsx`);
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const states = new Set<string>();
    wb.getWorksheet('监督案件')!.eachRow((r, i) => {
      if (i > 1) states.add(String(r.getCell(6).value));
    });
    expect([...states]).toEqual(['已登记']);
    fs.rmSync(file);

    await page.locator('.ant-table-row a').first().click();
    await page.getByTestId('case-number').waitFor();
    const number = (await page.getByTestId('case-number').textContent()) ?? '';
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('print-header').isVisible()).toBe(true);
    expect(await page.locator('.ant-layout-sider').isVisible()).toBe(false);
    const pdf = path.join(os.tmpdir(), `case-${process.pid}.pdf`);
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    const printed = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    fs.rmSync(pdf);
    expect(printed).toContain('泽州县司法局');
    expect(printed).toContain(number);
    expect(printed).toMatch(/打印日期：\d{4}年\d{1,2}月\d{1,2}日/);
    expect(printed).not.toContain('信息化监督');
  });
});
