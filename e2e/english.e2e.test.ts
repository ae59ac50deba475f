// English mode speaks English: the main pages, walked in English, show no Chinese and no raw
// codes (art9.1.1, draft_filing) of their own. What the API returned is user data (names, case
// titles, the regulation's Chinese text) and stays as it is, so every string of the page's own
// API answers is taken out of the page text before it is checked, except a Chinese value whose
// English sibling (title / title_en) was there to be shown instead.
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

/** Collects the API's strings as the page loads them. */
function watch(page: Page): Set<string> {
  const data = new Set<string>();
  page.on('response', async (res) => {
    if (!new URL(res.url()).pathname.startsWith('/api/')) return;
    if (!(res.headers()['content-type'] ?? '').includes('json')) return;
    try {
      strings(await res.json(), data);
    } catch {
      // a body gone with a navigation holds nothing shown any longer
    }
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
async function findings(page: Page, data: Set<string>, where: string, root = 'body'): Promise<string[]> {
  // the page settles: no request in flight, no spinner
  await page.waitForLoadState('networkidle');
  await expect.poll(() => page.locator('.ant-spin-spinning').count(), { timeout: 15_000 }).toBe(0);
  const known = [...data].filter((s) => s.length > 0).sort((a, b) => b.length - a.length);
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

async function walk(page: Page, data: Set<string>, paths: string[]): Promise<string[]> {
  const bad: string[] = [];
  for (const p of paths) {
    await page.goto(`${h.url}${p}`);
    bad.push(...(await findings(page, data, p)));
  }
  return bad;
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
    ]);

    await page.goto(`${h.url}/cases`);
    await page.locator('.ant-table-row a').first().click();
    await page.getByTestId('case-number').waitFor();
    bad.push(...(await findings(page, data, 'the first case')));

    await page.goto(`${h.url}/cases?state=registered`);
    await page.locator('.ant-table-row a').first().click();
    const actions = page.getByTestId('case-actions').getByRole('button');
    await actions.first().waitFor();
    // each step's dialog, opened and closed again
    for (let i = 0; i < (await actions.count()); i++) {
      const name = (await actions.nth(i).textContent()) ?? '';
      await actions.nth(i).click();
      const dialog = page.locator('.ant-modal-container:visible');
      await dialog.waitFor();
      bad.push(...(await findings(page, data, `the dialog ${name}`, '.ant-modal-container')));
      // and the options of its lists, drawn only when opened
      const selects = dialog.locator('.ant-select');
      for (let j = 0; j < (await selects.count()); j++) {
        await selects.nth(j).click();
        await page.locator('.ant-select-dropdown:visible').waitFor();
        bad.push(
          ...(await findings(page, data, `the dialog ${name}, list ${j + 1}`, '.ant-select-dropdown')),
        );
        await page.keyboard.press('Escape');
      }
      await h.shot(page, `90-english-dialog-${i}`);
      await dialog.locator('.ant-modal-close').click();
      await expect.poll(() => dialog.count()).toBe(0);
    }
    expect(bad).toEqual([]);
  });

  it('a leader’s assessment and dashboard', async () => {
    const { page, data } = await english('city-leader');
    expect(await walk(page, data, ['/', '/assessment', '/dashboard'])).toEqual([]);
  });

  it('the administrator’s audit log and users', async () => {
    const { page, data } = await english('city-admin');
    expect(await walk(page, data, ['/audit', '/users'])).toEqual([]);
  });
});
