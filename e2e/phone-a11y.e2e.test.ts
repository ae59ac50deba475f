// Phones and accessibility: at 390 px no page is wider than the screen, the public pages log no
// errors (they ask for no session), and axe finds nothing critical or serious on the key pages.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './harness.ts';
import { choose } from './ui.ts';

const PHONE = { width: 390, height: 844 };
const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let h: Harness;
let trackingCode = '';
let certificate = '';
let caseUrl = '';
beforeAll(async () => {
  h = await startHarness();
  // a certificate number to look up, as staff see it
  const staff = await h.newPage();
  await h.login(staff, 'zezhou-sup1');
  const officers = await (await staff.request.get(`${h.url}/api/v1/officers?limit=1`)).json();
  certificate = officers.items[0].certificates[0].number;
});
afterAll(() => h?.stop());

/** console errors and uncaught exceptions, save those `expected` allows (an answer the page awaits) */
function watchErrors(page: Page, expected: (url: string) => boolean = () => false) {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !expected(m.location().url))
      errors.push(`${m.text()} at ${m.location().url}`);
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

async function width(page: Page) {
  await page.waitForLoadState('networkidle');
  return page.evaluate(() => document.documentElement.scrollWidth);
}

/** the space between two boxes, whichever way they sit: > 0 means they do not touch */
async function gap(page: Page, a: string, b: string) {
  const [x, y] = await Promise.all([page.locator(a).boundingBox(), page.locator(b).boundingBox()]);
  if (!x || !y) throw new Error(`${a} or ${b} is not shown`);
  return Math.max(
    y.x - (x.x + x.width),
    x.x - (y.x + y.width),
    y.y - (x.y + x.height),
    x.y - (y.y + y.height),
  );
}

/** axe's critical and serious findings, one line each: rule, impact and the nodes */
async function serious(page: Page): Promise<string[]> {
  await page.waitForLoadState('networkidle');
  // evaluated rather than added as a script tag: the pages' CSP refuses inline scripts, rightly
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const results = await page.evaluate(() =>
    (window as unknown as { axe: { run(c: Document, o: object): Promise<AxeResults> } }).axe.run(document, {
      resultTypes: ['violations'],
    }),
  );
  return results.violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

describe('at 390 px wide', () => {
  it('the public pages fit the screen, keep buttons off inputs and log no errors', async () => {
    const pub = await h.newPage(PHONE);
    const wrongCode = 'ZZZZ-ZZZZ-ZZZZ-ZZZ9';
    // the one error a page awaits: the 404 of a tracking code that does not exist
    const errors = watchErrors(pub, (url) => url.endsWith(`/public/petitions/${wrongCode}`));
    const widths: Record<string, number> = {};

    await pub.goto(`${h.url}/public/petition`);
    await pub.locator('#summary').waitFor();
    widths.petition = await width(pub);
    await h.shot(pub, '90-phone-petition');
    await pub.fill('#petitionerName', '张三');
    // 第九条, 举报人保密: beside the name and phone, who sees them — never the agency concerned
    const notice = (await pub.getByTestId('privacy-notice').textContent()) ?? '';
    expect(notice).toContain('仅供受理本件的行政执法监督机关');
    expect(notice).toContain('不会提供给被投诉、举报的行政执法机关');
    expect(await gap(pub, '#petitionerPhone', '[data-testid=privacy-notice]')).toBeGreaterThan(0);
    await choose(pub, 'agencyId', ['泽州县市场监督管理局'], { search: true });
    await pub.fill('#summary', '执法人员未出示执法证件。');
    // files picked while filing: the limits said before, each file checked and listed with remove
    expect(await pub.locator('#attachment-limits').textContent()).toContain('每个不超过 10 MB，最多 5 个');
    await pub.locator('[data-testid=attachment-picker] input[type=file]').setInputFiles([
      { name: '处罚决定书.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n%%EOF\n') },
      { name: '程序.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ') },
    ]);
    const items = pub.getByTestId('attachment-item');
    await expect.poll(() => items.count()).toBe(2);
    expect(await items.nth(1).getByTestId('attachment-error').textContent()).toContain('只接受 PDF');
    widths.petitionWithFiles = await width(pub);
    // the text box left first: a full-page picture taken with it focused moves the page under the next click
    await pub.locator('#summary').blur();
    await h.shot(pub, '90b-phone-petition-files');
    await pub.getByRole('button', { name: '移除 程序.exe' }).click();
    await expect.poll(() => items.count()).toBe(1);
    await pub.getByRole('button', { name: '提交' }).click();
    const code = pub.getByTestId('tracking-code');
    // sent with the tracking code once the petition is received
    await expect.poll(() => items.first().getAttribute('data-state'), { timeout: 15_000 }).toBe('sent');
    trackingCode = (await code.textContent())!.trim().slice(0, 19);
    expect(trackingCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    widths.trackingCode = await width(pub);
    // the code reads on one line, unbroken
    expect((await code.boundingBox())!.height).toBeLessThan(48);
    await h.shot(pub, '91-phone-tracking-code');

    await pub.goto(`${h.url}/public/status?code=${trackingCode}`);
    await pub.getByRole('button', { name: '查询' }).click();
    await pub.getByTestId('petition-status').waitFor();
    widths.status = await width(pub);
    expect(await gap(pub, '#code', 'button[type=submit]')).toBeGreaterThan(0);
    await h.shot(pub, '92-phone-status');

    await pub.goto(`${h.url}/public/status?code=${wrongCode}`);
    await pub.getByRole('button', { name: '查询' }).click();
    await pub.locator('.ant-alert-error').waitFor();
    widths.wrongCode = await width(pub);

    await pub.goto(`${h.url}/public/verify`);
    await pub.locator('#number').waitFor();
    widths.verify = await width(pub);

    await pub.goto(`${h.url}/public/certificate?number=${encodeURIComponent(certificate)}`);
    await pub.getByTestId('certificate-card').waitFor();
    widths.certificate = await width(pub);
    expect(await gap(pub, '#number', 'button[type=submit]')).toBeGreaterThan(0);
    await h.shot(pub, '93-phone-certificate');

    await pub.goto(`${h.url}/public/checkpoints`);
    await pub.getByRole('heading', { name: '晋城市行政执法监督 · 公众服务' }).waitFor();
    widths.checkpoints = await width(pub);

    expect(widths).toEqual(Object.fromEntries(Object.keys(widths).map((k) => [k, PHONE.width])));
    expect(errors).toEqual([]);
  });

  it('the login page fits the screen and, in a browser never logged in, logs no errors', async () => {
    const page = await h.newPage(PHONE);
    const errors = watchErrors(page);
    await page.goto(`${h.url}/login`);
    await page.locator('#username').waitFor();
    expect(await width(page)).toBe(PHONE.width);
    await h.shot(page, '94-phone-login');
    expect(errors).toEqual([]);
  });

  it('staff pages fit: the menu folds into a drawer, tables scroll inside their card, the search opens from a button', async () => {
    const page = await h.newPage(PHONE);
    await h.login(page, 'zezhou-sup1');
    const widths: Record<string, number> = { home: await width(page) };
    // the menu opens from its button and takes the user where they chose
    await page.getByRole('button', { name: '菜单' }).click();
    await page.getByRole('menuitem', { name: '监督案件' }).click();
    await page.waitForURL((u) => u.pathname === '/cases');
    const firstCase = page.locator('.ant-table-row a').first();
    await firstCase.waitFor();
    widths.cases = await width(page);
    await h.shot(page, '95-phone-cases');
    await firstCase.click();
    await page.getByTestId('case-title').waitFor();
    caseUrl = page.url();
    widths.case = await width(page);
    await h.shot(page, '96-phone-case');
    await page.goto(`${h.url}/officers`);
    await page.locator('.ant-table-row').first().waitFor();
    widths.officers = await width(page);
    expect(widths).toEqual(Object.fromEntries(Object.keys(widths).map((k) => [k, PHONE.width])));
    // the search opens from its button in the header, fits the screen and finds
    await page.getByRole('button', { name: '检索' }).click();
    const search = page.getByTestId('global-search').locator('input');
    await search.fill('泽州县');
    widths.search = await width(page);
    await h.shot(page, '97-phone-search');
    await search.press('Enter');
    await page.waitForURL(/\/search\?q=/);
    await expect
      .poll(async () => (await page.getByTestId('search-cases').textContent()) ?? '')
      .toContain('泽执监案');
    widths.searchResults = await width(page);
    expect(widths).toEqual(Object.fromEntries(Object.keys(widths).map((k) => [k, PHONE.width])));
    // logged in, the login page still sends the user on rather than asking again
    await page.goto(`${h.url}/login`);
    await page.waitForURL((u) => u.pathname === '/');
  });
});

describe('axe on the key pages', () => {
  it('finds nothing critical or serious, on a desktop screen and on a phone', async () => {
    const found: Record<string, string[]> = {};
    for (const [screen, viewport] of [
      ['desktop', { width: 1400, height: 900 }],
      ['phone', PHONE],
    ] as const) {
      const pub = await h.newPage(viewport);
      await pub.goto(`${h.url}/login`);
      await pub.locator('#username').waitFor();
      found[`${screen} login`] = await serious(pub);
      await pub.goto(`${h.url}/public/petition`);
      await pub.locator('#summary').waitFor();
      found[`${screen} petition`] = await serious(pub);
      await pub.goto(`${h.url}/public/status?code=${trackingCode}`);
      await pub.getByRole('button', { name: '查询' }).click();
      await pub.getByTestId('petition-status').waitFor();
      found[`${screen} status`] = await serious(pub);

      const staff = await h.newPage(viewport);
      await h.login(staff, 'zezhou-sup1');
      await staff.goto(`${h.url}/cases`);
      await staff.locator('.ant-table-row').first().waitFor();
      found[`${screen} cases`] = await serious(staff);
      await staff.goto(caseUrl);
      await staff.getByTestId('case-title').waitFor();
      found[`${screen} case`] = await serious(staff);
    }
    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, []])));
  });
});
