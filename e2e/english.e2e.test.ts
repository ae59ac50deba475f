// English mode speaks English: the main pages, walked in English, show no Chinese and no raw
// codes (art9.1.1, draft_filing) of their own. What the API returned is user data (names, case
// titles, the regulation's Chinese text) and stays as it is, so every string of the page's own
// API answers is taken out of the page text before it is checked, except codes and a Chinese value
// whose English sibling (title / title_en) was there to be shown instead. Charts drawn on a canvas
// are not read.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.stop());

const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]/;
const CODE = /\bart\d+(?:\.\d+)*\b|\b[a-z]+(?:_[a-z]+)+\b/;
const CODE_ONLY = new RegExp(`^(?:${CODE.source})$`);

/**
 * Every string value of an API answer, except codes (never fit to show) and Chinese values with
 * an English sibling to show instead ({ zh, en }, title / title_en, label / labelEn).
 */
function strings(v: unknown, out: Set<string>) {
  if (typeof v === 'string') {
    if (!CODE_ONLY.test(v)) out.add(v);
  } else if (Array.isArray(v)) for (const x of v) strings(x, out);
  else if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    for (const [k, x] of Object.entries(o)) {
      if (typeof x === 'string' && (`${k}_en` in o || `${k}En` in o || (k === 'zh' && 'en' in o))) continue;
      strings(x, out);
    }
  }
}

/** The API's strings, collected as the page loads them; `read` holds the bodies still being read. */
interface Data {
  strings: Set<string>;
  read: Promise<void>[];
}

function watch(page: Page): Data {
  const data: Data = { strings: new Set(), read: [] };
  page.on('response', (res) => {
    if (!new URL(res.url()).pathname.startsWith('/api/')) return;
    if (!(res.headers()['content-type'] ?? '').includes('json')) return;
    data.read.push(
      res.json().then(
        (body) => strings(body, data.strings),
        // a body gone with a navigation holds nothing shown any longer
        () => undefined,
      ),
    );
  });
  return data;
}

/**
 * The visible text nodes and placeholders of the interface, less what is marked as Chinese on
 * purpose (lang="zh-CN": the language switch's own name) or as user data (data-user-data).
 */
async function interfaceText(page: Page, root: string): Promise<{ text: string; context: string }[]> {
  return page.evaluate((root) => {
    const out: { text: string; context: string }[] = [];
    for (const top of document.querySelectorAll(root)) {
      const walker = document.createTreeWalker(top, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        const text = n.textContent?.trim();
        if (!el || !text) continue;
        if (el.closest('[lang^="zh"], [data-user-data], script, style')) continue;
        if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
        // a select's list for screen readers, clipped to nothing, names its options by value
        const list = el.closest('[role="listbox"]');
        if (list && list.getBoundingClientRect().height === 0) continue;
        // a lone mark is reported with what it sits between
        const context = text.length < 3 ? (el.parentElement?.textContent ?? text).trim().slice(0, 80) : text;
        out.push({ text, context });
      }
      for (const input of top.querySelectorAll<HTMLInputElement>('input[placeholder], textarea[placeholder]'))
        if (input.checkVisibility()) out.push({ text: input.placeholder, context: input.placeholder });
    }
    return out;
  }, root);
}

/** The interface texts that still hold Chinese or a raw code once the API's data is taken out. */
async function findings(page: Page, data: Data, where: string, root = 'body'): Promise<string[]> {
  // on a loaded machine a page may still be asking for its names when the network first goes
  // quiet: what it shows is read again, a few seconds apart, until it holds nothing, or three times
  let bad: string[] = [];
  for (let attempt = 0; attempt < 3; attempt++) {
    if (attempt) await page.waitForTimeout(3_000);
    bad = await findingsOnce(page, data, where, root);
    if (!bad.length) break;
  }
  return bad;
}

async function findingsOnce(page: Page, data: Data, where: string, root: string): Promise<string[]> {
  // the page settles: no request in flight, no spinner
  await page.waitForLoadState('networkidle');
  await expect.poll(() => page.locator('.ant-spin-spinning').count(), { timeout: 15_000 }).toBe(0);
  await Promise.all(data.read);
  const known = [...data.strings].filter((s) => s.length > 0).sort((a, b) => b.length - a.length);
  const bad: string[] = [];
  for (const { text, context } of await interfaceText(page, root)) {
    let rest = text;
    for (const s of known) if (rest.includes(s)) rest = rest.split(s).join(' ');
    const left = rest.match(new RegExp(`${CJK.source}+|${CODE.source}`, 'g'));
    if (left) bad.push(`${where}: ${JSON.stringify(context)} shows ${left.join(' ')}`);
  }
  return [...new Set(bad)];
}

async function english(username: string) {
  const page = await h.newPage();
  const data = watch(page);
  await h.login(page, username);
  await page.getByText('EN', { exact: true }).click();
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toMatch(/^en/);
  return { page, data };
}

async function walk(page: Page, data: Data, paths: string[]): Promise<string[]> {
  const bad: string[] = [];
  for (const p of paths) {
    await page.goto(`${h.url}${p}`);
    bad.push(...(await findings(page, data, p)));
  }
  return bad;
}

/** The first case in `state` and, opened and closed again, each step's dialog and its lists. */
async function caseAndDialogs(page: Page, data: Data, state: string): Promise<string[]> {
  await page.goto(`${h.url}/cases?state=${state}`);
  const row = page.locator('.ant-table-row a').first();
  // the demo data may hold no case in this state
  if (
    !(await row.waitFor({ timeout: 5_000 }).then(
      () => true,
      () => false,
    ))
  )
    return [];
  await row.click();
  await page.getByTestId('case-number').waitFor();
  const bad = await findings(page, data, `a case ${state}`);
  const actions = page.getByTestId('case-actions').getByRole('button');
  for (let i = 0; i < (await actions.count()); i++) {
    const name = `${state}: ${(await actions.nth(i).textContent()) ?? ''}`;
    await actions.nth(i).click();
    const dialog = page.locator('.ant-modal-container:visible');
    await dialog.waitFor();
    bad.push(...(await findings(page, data, `the dialog ${name}`, '.ant-modal-container')));
    // the options of its lists are drawn only when opened
    const selects = dialog.locator('.ant-select');
    for (let j = 0; j < (await selects.count()); j++) {
      await selects.nth(j).click();
      await page.locator('.ant-select-dropdown:visible').waitFor();
      bad.push(...(await findings(page, data, `the dialog ${name}, list ${j + 1}`, '.ant-select-dropdown')));
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('.ant-select-dropdown:visible').count()).toBe(0);
    }
    await dialog.locator('.ant-modal-close').click();
    await expect.poll(() => dialog.count()).toBe(0);
  }
  return bad;
}

/** The page of the first entry a list links to. */
async function firstEntry(page: Page, data: Data, list: string): Promise<string[]> {
  await page.goto(`${h.url}${list}`);
  const link = page.locator(`main a[href^="${list}/"]`).first();
  if (
    !(await link.waitFor({ timeout: 5_000 }).then(
      () => true,
      () => false,
    ))
  )
    return [`${list}: no entry to open`];
  await link.click();
  await page.waitForURL((u) => u.pathname.startsWith(`${list}/`));
  return findings(page, data, `the first entry of ${list}`);
}

describe('English mode', () => {
  it('a supervisor’s pages, a case and its filing dialog hold no Chinese of their own', async () => {
    const { page, data } = await english('zezhou-sup1');
    const bad = await walk(page, data, [
      '/',
      '/inbox',
      '/cases',
      '/dashboard',
      '/acts',
      '/evaluations',
      '/inspections',
      '/officers',
      '/accountability',
      '/regulation',
      '/deadline',
      '/search?q=2026',
      '/campaigns',
      '/account',
    ]);

    // a case in each stage, with the dialogs of the steps open to this supervisor
    for (const state of ['registered', 'investigating', 'notice_issued', 'decided', 'closed'])
      bad.push(...(await caseAndDialogs(page, data, state)));
    // the first entry of each register
    for (const list of ['/evaluations', '/inspections', '/campaigns', '/accountability'])
      bad.push(...(await firstEntry(page, data, list)));
    expect(bad).toEqual([]);
  });

  it('a leader’s assessment and dashboard', async () => {
    const { page, data } = await english('city-leader');
    expect(await walk(page, data, ['/', '/assessment', '/dashboard'])).toEqual([]);
  });

  it('the administrator’s audit log and users', async () => {
    const { page, data } = await english('city-admin');
    expect(await walk(page, data, ['/audit', '/users', '/organisations'])).toEqual([]);
  });
});
