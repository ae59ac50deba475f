// 第八条（三）: the agency reports an act through the form; the rules check it at once, and the
// supervision organ sees the warning, with its article, and opens a case from it in one click.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ clock: '2026-11-26T02:00:00Z' });
});
afterAll(() => h?.stop());

describe('第八条（三） an act reported through the form raises its warning', () => {
  it('the liaison reports with one officer; the supervisor opens a case from the warning', async () => {
    const liaison = await h.newPage();
    await h.login(liaison, 'zezhou-liaison');
    await liaison.goto(`${h.url}/acts`);
    await liaison.getByRole('button', { name: '逐件报送' }).click();
    const dialog = liaison.locator('.ant-modal-container:visible');
    await dialog.waitFor();
    await liaison.fill('#caseNumber', '泽市监罚〔2026〕901号');
    await liaison.fill('#area', '市场监管');
    await liaison.locator('#decisionDate').click();
    await liaison.locator('#decisionDate').fill('2026-11-20');
    await liaison.keyboard.press('Enter');
    // one officer only: 第十七条（十） asks for two
    await liaison.locator('#officers').click();
    await liaison.keyboard.type('140500200007');
    await liaison.keyboard.press('Enter');
    await liaison.keyboard.press('Escape');
    await liaison.locator('#parties').click();
    await liaison.keyboard.type('某超市');
    await liaison.keyboard.press('Enter');
    await liaison.keyboard.press('Escape');
    await liaison.fill('#facts', '销售过期食品。');
    await liaison.locator('#legalBasis').click();
    await liaison.keyboard.type('《中华人民共和国食品安全法》第一百二十四条');
    await liaison.keyboard.press('Enter');
    await liaison.keyboard.press('Escape');
    await liaison.fill('#discretionLevel', '一般');
    await h.shot(liaison, '20-report-act-form');
    await dialog.getByRole('button', { name: '报送' }).click();
    await expect
      .poll(() => liaison.locator('.ant-modal-container:visible').count(), { timeout: 10_000 })
      .toBe(0);
    await expect
      .poll(async () => (await liaison.textContent('body')) ?? '')
      .toContain('泽市监罚〔2026〕901号');

    const sup = await h.newPage();
    await h.login(sup, 'zezhou-sup1');
    await sup.goto(`${h.url}/acts`);
    const row = sup.locator('tr', { hasText: '泽市监罚〔2026〕901号' });
    await row.waitFor();
    expect(await row.textContent()).toContain('执法人员仅 1 人');
    expect(await row.textContent()).toContain('第十七条');
    await h.shot(sup, '21-warnings');
    await row.getByRole('button', { name: '转立案' }).click();
    await sup.getByTestId('case-title').waitFor();
    expect(await sup.getByTestId('case-title').textContent()).toContain('泽市监罚〔2026〕901号');
    await h.shot(sup, '22-case-from-warning');
  });
});
