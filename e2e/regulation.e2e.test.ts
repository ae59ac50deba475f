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

  it('行政执法监督条例第二条、第六条第一款 a case registered from 2026-02-01 states on its page how its documents cite the law', async () => {
    const page = await h.newPage();
    await h.login(page, 'zezhou-sup1');
    const list = await (await page.request.get(`${h.url}/api/v1/cases?pageSize=100`)).json();
    const c = (list.items as { id: string; registeredOn: string }[]).find(
      (x) => x.registeredOn >= '2026-02-01',
    );
    expect(c, 'a demo case registered from 2026-02-01').toBeTruthy();
    await page.goto(`${h.url}/cases/${c!.id}`);
    const sentence = page.getByTestId('case-law-documents');
    await sentence.waitFor();
    expect(await sentence.textContent()).toMatch(
      /^本案文书引用：根据《行政执法监督条例》第二条、第六条第一款，参照《晋城市行政执法监督暂行办法》（依“.+”继续适用）有关条款的规定$/,
    );
    await h.shot(page, '42-case-law-documents');
  });
});
