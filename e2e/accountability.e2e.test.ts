// 第十六条 to 第十八条 in the browser: the demo matters by tab, a matter's grounds with their text,
// and the ladder, where a measure the law does not yet allow is disabled and names its article.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ clock: '2026-11-26T02:00:00Z' });
});
afterAll(() => h?.stop());

describe('第四章 accountability pages', () => {
  it('第十六条: the order awaits its deadline, so 通报批评 is disabled citing 第十六条', async () => {
    const page = await h.newPage();
    await h.login(page, 'zezhou-sup1');
    await page.getByRole('link', { name: '责任追究' }).click();
    await page.getByRole('tab', { name: '待确认提示' }).click();
    await page.getByText('自动提示', { exact: true }).first().waitFor();
    await h.shot(page, '40-accountability-proposals');
    await page.getByRole('tab', { name: '办理中' }).click();
    await page.getByRole('link', { name: '泽州县市场监督管理局', exact: true }).click();
    await page.getByText('第十六条第（七）项').waitFor();
    const criticism = page.locator('.ant-list-item', { hasText: '通报批评' });
    await expect(criticism.getByRole('button', { name: '拟办' }).isDisabled()).resolves.toBe(true);
    await expect(criticism.textContent()).resolves.toContain('第十六条');
    await h.shot(page, '41-accountability-matter');
  });
});
