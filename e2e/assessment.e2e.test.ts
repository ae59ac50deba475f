// 第五条 in the browser: the year's assessment of the governments and agencies, sortable, with
// the workbook and the report downloaded as files.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ clock: '2026-11-26T02:00:00Z' });
});
afterAll(() => h?.stop());

describe('第五条 annual assessment page', () => {
  it('第五条: governments and agencies ranked with their indicators; Excel and DOCX download', async () => {
    const page = await h.newPage();
    await h.login(page, 'city-sup1');
    await page.getByRole('link', { name: '年度考核' }).click();
    await page.getByRole('cell', { name: '泽州县人民政府' }).waitFor();
    await page.getByText('执法信息及时报送率').first().waitFor();
    await h.shot(page, '50-assessment-governments');
    await page.getByRole('tab', { name: /行政执法机关/ }).click();
    await page.getByRole('cell', { name: /泽州县市场监督管理局/ }).waitFor();
    await h.shot(page, '51-assessment-agencies');
    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /导出 Excel/ }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toMatch(/2026年度行政执法监督工作考核\.xlsx$/);
    const [docx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /考核报告/ }).click(),
    ]);
    expect(docx.suggestedFilename()).toMatch(/\.docx$/);
    await page.getByText('EN', { exact: true }).click();
    await page.getByText('Acts reported on time').first().waitFor();
    await h.shot(page, '52-assessment-english');
  });
});
