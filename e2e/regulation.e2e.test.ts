// 第十九条 and the national 行政执法监督条例: the regulation page shows both packs — the national
// regulation with what could be recovered of it, the Jincheng measures as lapsed and the basis on
// which the demo city applies them further.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.stop());

describe('行政执法监督条例 and 第十九条 on the regulation page', () => {
  it('shows both packs: the national one with its articles not loaded, the lapsed one with its basis', async () => {
    const page = await h.newPage();
    await h.login(page, 'zezhou-sup1');
    await page.goto(`${h.url}/regulation`);
    const body = async () => (await page.textContent('body')) ?? '';
    await expect.poll(body).toContain('行政执法监督条例');
    await page.getByRole('tab', { name: /行政执法监督条例/ }).click();
    await expect.poll(body).toContain('未载入');
    expect(await body()).toContain('县级以上人民政府依法对本级人民政府所属部门');
    await h.shot(page, '40-regulation-national');
    await page.getByRole('tab', { name: /晋城市行政执法监督暂行办法/ }).click();
    await expect.poll(body).toContain('已于2023-12-01失效');
    expect(await body()).toContain('继续参照执行');
    await h.shot(page, '41-regulation-jincheng-basis');
  });
});
