// 第二条: the city supervisor browses the whole city; a 泽州县 supervisor never sees 高平市.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.stop());

describe('第二条 organisation tree in the browser', () => {
  it('the city supervisor sees every county in the tree', async () => {
    const page = await h.newPage();
    await h.login(page, 'city-sup1');
    await page.getByTestId('home-tasks').waitFor();
    await h.shot(page, '01-home-city-supervisor');
    await page.goto(`${h.url}/organisations`);
    const tree = page.getByTestId('org-tree');
    await tree.waitFor();
    await expect.poll(() => tree.textContent()).toContain('高平市');
    const text = (await tree.textContent()) ?? '';
    expect(text).toContain('泽州县');
    expect(text).toContain('晋城市司法局');
    await h.shot(page, '02-organisation-tree-city');
    await page.getByPlaceholder(/搜索/).fill('高平市市场');
    await expect.poll(() => tree.textContent()).toContain('高平市市场监督管理局');
    await page.getByText('高平市市场监督管理局').first().click();
    await h.shot(page, '03-organisation-detail');
  });

  it('the 泽州县 supervisor cannot see 高平市’s agencies', async () => {
    const page = await h.newPage();
    await h.login(page, 'zezhou-sup1');
    await page.goto(`${h.url}/organisations`);
    const tree = page.getByTestId('org-tree');
    await tree.waitFor();
    await expect.poll(() => tree.textContent()).toContain('泽州县');
    const text = (await tree.textContent()) ?? '';
    expect(text).not.toContain('高平市');
    await h.shot(page, '04-organisation-tree-zezhou');
    // nor through the API with the same session
    const res = await page.evaluate(async () => (await fetch('/api/v1/organisations?q=高平')).json());
    expect(res.items).toEqual([]);
  });

  it('the deadline calculator shows the 2024 National Day example', async () => {
    const page = await h.newPage();
    await h.login(page, 'city-sup1');
    await page.goto(`${h.url}/deadline`);
    // a new page load: the application is fetched and drawn before the example is computed
    await page.getByText('2024-10-10').first().waitFor();
    expect((await page.textContent('body')) ?? '').toContain('届满日2024-10-10');
    await h.shot(page, '05-deadline');
  });

  it('an administrator loads a new year’s holiday notice', async () => {
    const page = await h.newPage();
    await h.login(page, 'city-admin');
    await page.goto(`${h.url}/deadline`);
    await page.getByRole('button', { name: '载入年度放假安排' }).click();
    await page.locator('#year').fill('2031');
    await page.locator('#notice').fill('国务院办公厅关于2031年部分节假日安排的通知（测试）');
    await page.locator('#days').fill('2031-01-01,holiday,元旦\n2031-01-04,adjusted_workday,元旦');
    await page
      .locator('.ant-modal-container:visible')
      .getByRole('button', { name: /确\s*定|OK/ })
      .click();
    await expect
      .poll(async () => (await page.textContent('body')) ?? '')
      .toContain('国务院办公厅关于2031年部分节假日安排的通知（测试）');
    await h.shot(page, '06-calendar-year-loaded');
  });

  it('行政执法监督条例第二条、第四十二条第二款: an administrator records an agency as dual-led under its higher department', async () => {
    const page = await h.newPage();
    await h.login(page, 'zezhou-admin');
    await page.goto(`${h.url}/organisations`);
    const tree = page.getByTestId('org-tree');
    await tree.waitFor();
    // the demo's tax bureau shows its management and higher department
    await page.getByPlaceholder(/搜索/).fill('税务局');
    await expect.poll(() => tree.textContent()).toContain('国家税务总局泽州县税务局');
    await page.getByText('国家税务总局泽州县税务局').first().click();
    await expect
      .poll(async () => (await page.textContent('body')) ?? '')
      .toContain('垂直管理，上一级主管部门：国家税务总局晋城市税务局');
    await page.getByPlaceholder(/搜索/).fill('交通运输局');
    await expect.poll(() => tree.textContent()).toContain('泽州县交通运输局');
    await page.getByText('泽州县交通运输局').first().click();
    await expect.poll(async () => (await page.textContent('body')) ?? '').toContain('本级管理');
    await page.getByRole('button', { name: /编\s*辑/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('双重领导，以上级部门领导为主').click();
    // saving without the higher department is refused on the form
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(async () => (await dialog.textContent()) ?? '').toContain('上一级主管部门');
    await dialog.locator('#organisation_higherDepartment').fill('山西省交通运输厅');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect
      .poll(async () => (await page.textContent('body')) ?? '')
      .toContain('双重领导，以上级部门领导为主，上一级主管部门：山西省交通运输厅');
    await h.shot(page, '05a-agency-dual-led');
  });
});
