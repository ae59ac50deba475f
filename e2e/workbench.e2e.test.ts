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

describe('every list taken out, and every page named', () => {
  it('第二条: the warnings export with the list’s filter, the button saying it is exporting, a refusal said', async () => {
    const page = await h.newPage();
    await h.login(page, 'zezhou-sup1');
    await page.goto(`${h.url}/acts`);
    const button = page.getByTestId('warnings-export');
    await button.waitFor();
    // held back a moment, so that the button can be seen at work
    await page.route('**/api/v1/warnings/export.xlsx*', async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    });
    const downloading = page.waitForEvent('download');
    await button.click();
    await expect.poll(async () => (await button.textContent()) ?? '').toContain('正在导出');
    expect(await button.isDisabled()).toBe(true);
    await h.shot(page, '75-export-progress');
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^预警_\d{4}-\d{2}-\d{2}\.xlsx$/);
    const file = path.join(os.tmpdir(), `warnings-${process.pid}.xlsx`);
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    fs.rmSync(file);
    const sheet = wb.getWorksheet('预警')!;
    expect(sheet.getCell('A1').value).toBe('预警日期');
    // the list opens on the open warnings, and so does its export
    const states = new Set<string>();
    sheet.eachRow((r, i) => {
      if (i > 1) states.add(String(r.getCell(10).value));
    });
    expect([...states]).toEqual(['待处理']);
    await expect.poll(async () => (await button.textContent()) ?? '').toContain('导出 Excel');

    // a refusal is said in words beside the button
    await page.unroute('**/api/v1/warnings/export.xlsx*');
    await page.route('**/api/v1/warnings/export.xlsx*', (route) =>
      route.fulfill({
        status: 403,
        contentType: 'application/problem+json',
        body: JSON.stringify({
          type: 'urn:jiandu:problem:forbidden',
          title: '无权操作',
          title_en: 'Forbidden',
          status: 403,
          detail: '您的角色无权进行此操作',
          detail_en: 'Your role may not do this',
        }),
      }),
    );
    await button.click();
    const error = page.getByTestId('warnings-export-error');
    await expect.poll(async () => (await error.textContent()) ?? '').toContain('无权操作');
    await h.shot(page, '76-export-refused');
  });

  it('every staff page has exactly one visible h1, naming it', async () => {
    const seen: Record<string, string[]> = {};
    const visit = async (page: import('playwright-core').Page, where: string) => {
      await page.goto(`${h.url}${where}`);
      await page.locator('h1:visible').first().waitFor();
      await page.waitForLoadState('networkidle');
      seen[where] = (await page.locator('h1:visible').allTextContents()).map((s) => s.trim());
    };
    const sup = await h.newPage();
    await h.login(sup, 'zezhou-sup1');
    const first = async (api: string) =>
      (await (await sup.request.get(`${h.url}/api/v1/${api}`)).json()).items[0].id;
    const detail = {
      case: `/cases/${await first('cases?limit=1')}`,
      evaluation: `/evaluations/${await first('evaluations')}`,
      visit: `/inspections/${await first('inspections')}`,
      campaign: `/campaigns/${await first('campaigns')}`,
      matter: `/accountability/${await first('accountability?state=open')}`,
    };
    for (const where of [
      '/',
      '/account',
      '/inbox',
      '/cases',
      detail.case,
      '/acts',
      '/search?q=泽',
      '/evaluations',
      detail.evaluation,
      '/inspections',
      detail.visit,
      '/campaigns',
      detail.campaign,
      '/officers',
      '/accountability',
      detail.matter,
      '/organisations',
      '/regulation',
      '/no-such-page',
    ])
      await visit(sup, where);
    const admin = await h.newPage();
    await h.login(admin, 'city-admin');
    for (const where of ['/users', '/audit', '/deadline']) await visit(admin, where);
    const leader = await h.newPage();
    await h.login(leader, 'city-leader');
    for (const where of ['/dashboard', '/assessment']) await visit(leader, where);

    for (const [where, h1s] of Object.entries(seen)) {
      expect(h1s.length, `${where}: ${h1s.join(' | ')}`).toBe(1);
      expect(h1s[0], where).toMatch(/\S/);
    }
    expect(seen['/cases']).toEqual(['监督案件']);
    expect(seen['/officers']).toEqual(['执法人员与证件']);
    expect(seen['/no-such-page']).toEqual(['页面不存在']);
  });
});
