// 第八条（二）, 第七条: the demo campaign with its report, and a visit through the forms — planned
// unannounced (不打招呼), started by two credentialed supervisors, a problem found, a case opened.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './harness.ts';
import { answered, choose } from './ui.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ clock: '2026-11-26T02:00:00Z' });
});
afterAll(() => h?.stop());

describe('第八条（二） on-site visits and 第七条 special campaigns', () => {
  it('the demo campaign shows its visits and report; a visit runs from plan to 立案', async () => {
    const sup = await h.newPage();
    await h.login(sup, 'zezhou-sup1');
    await sup.goto(`${h.url}/campaigns`);
    await sup.getByRole('link', { name: '涉企行政检查' }).click();
    await expect.poll(async () => (await sup.textContent('body')) ?? '').toContain('共检查3次');
    await h.shot(sup, '40-campaign');

    await sup.goto(`${h.url}/inspections`);
    await sup.getByRole('button', { name: '计划现场监督' }).click();
    const dialog = sup.locator('.ant-modal-container:visible');
    await dialog.waitFor();
    await choose(sup, 'agencyId', ['泽州县交通运输局'], { search: true });
    await sup.fill('#subject', '道路运输行政检查');
    await sup.getByLabel('不打招呼（不事先通知）').check();
    await h.shot(sup, '41-plan-visit');
    await answered(sup, 'POST', '/inspections', () => dialog.getByRole('button', { name: '确定' }).click());
    await sup.waitForURL((u) => /\/inspections\/[0-9a-f-]{36}$/.test(u.pathname));

    await sup.getByRole('button', { name: '开始' }).click();
    await choose(sup, 'supervisorIds', ['杨帆'], { search: true });
    await sup.locator('.ant-modal-container:visible').getByRole('button', { name: '确定' }).click();
    // one supervisor: 第七条 refuses, and says so
    await expect
      .poll(async () => (await sup.textContent('.ant-modal-container')) ?? '')
      .toContain('不得少于2人');
    await choose(sup, 'supervisorIds', ['周杰'], { search: true });
    await answered(sup, 'POST', '/actions', () =>
      sup.locator('.ant-modal-container:visible').getByRole('button', { name: '确定' }).click(),
    );
    await expect.poll(async () => (await sup.textContent('body')) ?? '').toContain('检查中');

    // the results, one row at a time (each answer re-renders the table)
    const unchecked = sup.locator('.ant-table-row', { hasText: '未检查' });
    for (let left = await unchecked.count(); left > 0; left--) {
      await unchecked.first().locator('.ant-select').click();
      await sup
        .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')
        .last()
        .locator('.ant-select-item-option[title="符合"]')
        .click();
      await expect.poll(() => unchecked.count()).toBe(left - 1);
    }
    await expect.poll(() => sup.locator('.ant-table-row', { hasText: '未检查' }).count()).toBe(0);
    await sup.getByRole('button', { name: '记录发现' }).click();
    await sup.fill('#text', '对同一企业一个月内重复检查三次');
    await answered(sup, 'POST', '/actions', () =>
      sup.locator('.ant-modal-container:visible').getByRole('button', { name: '确定' }).click(),
    );
    await answered(sup, 'POST', '/case', () => sup.getByRole('button', { name: '立案' }).click());
    await sup.getByRole('link', { name: '查看案件' }).waitFor();
    await h.shot(sup, '42-visit-case-opened');
    await sup.getByRole('link', { name: '查看案件' }).click();
    await sup.getByTestId('case-title').waitFor();
    expect(await sup.getByTestId('case-title').textContent()).toContain('重复检查');
  }, 120_000);
});
