// 第五条 in the browser: the city supervisor opens 统计分析, sees the charts drawn, and a KPI
// and a bar each open the list behind them with its filter.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ clock: '2026-11-26T02:00:00Z' });
});
afterAll(() => h?.stop());

describe('第五条 statistics page', () => {
  it('第五条: the city supervisor sees the figures and clicks through to the lists behind them', async () => {
    const page = await h.newPage();
    await h.login(page, 'city-sup1');
    await page.getByRole('link', { name: '统计分析' }).click();
    await page.waitForURL('**/dashboard');
    await page.getByTestId('kpi-overdue').waitFor();
    await page.locator('[data-testid="chart-source"] canvas').waitFor();
    expect(await page.locator('[data-testid^="chart-"] canvas').count()).toBeGreaterThanOrEqual(8);
    // zh-CN period and month labels
    await expect(page.getByTestId('kpi-correction').textContent()).resolves.toMatch(/%|—/);
    await page.waitForTimeout(800); // let the charts finish their entrance animation before the picture
    await h.shot(page, '50-dashboard');

    // the overdue KPI opens the case list filtered to overdue cases
    const overdue = Number(
      (await page.getByTestId('kpi-overdue').locator('.ant-statistic-content').textContent())?.replace(
        /\D/g,
        '',
      ),
    );
    await page.getByTestId('kpi-overdue').click();
    await page.waitForURL('**/cases?*overdue=true*');
    await expect(page.getByRole('checkbox', { name: '仅看逾期' }).isChecked()).resolves.toBe(true);
    await page.locator('.ant-table-row').first().waitFor();
    expect(await page.locator('.ant-table-row').count()).toBe(overdue);
    await h.shot(page, '51-dashboard-overdue-cases');

    // a bar of the cases by source opens the cases of that source in the period
    await page.goBack();
    const chart = page.locator('[data-testid="chart-source"] canvas');
    await chart.waitFor();
    await page.waitForTimeout(800);
    const box = (await chart.boundingBox())!;
    // the first (largest) bar is the top one: move down its left end until ECharts shows a bar under the pointer
    const x = box.x + box.width * 0.4;
    let y = box.y + 4;
    for (; y < box.y + box.height; y += 6) {
      await page.mouse.move(x, y);
      if ((await chart.evaluate((c) => c.parentElement?.style.cursor)) === 'pointer') break;
    }
    await page.mouse.click(x, y);
    await page.waitForURL('**/cases?*source=*');
    expect(page.url()).toContain('registeredFrom=');
    await page.getByTestId('registered-filter').waitFor();
    await page.locator('.ant-table-row').first().waitFor();
    await h.shot(page, '52-dashboard-cases-by-source');

    // in English the same page, months as YYYY-MM
    await page.goBack();
    await page.getByText('EN', { exact: true }).click();
    await page.getByText('Statistics', { exact: true }).first().waitFor();
    await page.locator('[data-testid="chart-months"] canvas').waitFor();
    await page.waitForTimeout(800);
    await h.shot(page, '53-dashboard-en');
    await page.getByText('中文', { exact: true }).click();
  });
});
