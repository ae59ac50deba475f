// 第八条（一）案卷评查 end to end in the browser: the lead sets up a small campaign and draws its
// files; two reviewers score them from the keyboard; the lead settles the file they disagree
// on; the head publishes the results notice; a failing file becomes a supervision case.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './harness.ts';
import { answered, choose } from './ui.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ clock: '2026-11-26T02:00:00Z' });
});
afterAll(() => h?.stop());

/** the reviewer's first file to score, from his list */
async function openMyFirstFile(page: Page) {
  await page.goto(`${h.url}/evaluations`);
  await page.getByRole('tab', { name: /我的评查任务/ }).click();
  await page.locator('tr', { hasText: '待评分' }).first().click();
  await page.getByRole('spinbutton', { name: 'S1' }).waitFor();
}

/** Enter in a deduction submits the sheet and opens the next file (or the campaign) */
async function enter(page: Page, code = 'S1') {
  const before = page.url();
  await answered(page, 'PUT', '/sheet', () => page.getByRole('spinbutton', { name: code }).press('Enter'));
  await page.waitForURL((u) => u.href !== before);
}

const score = async (page: Page, code: string, points: string) => {
  const input = page.getByRole('spinbutton', { name: code });
  await input.fill(points);
};

describe('第八条（一） a small evaluation campaign', () => {
  it('draw, two reviewers, reconcile, publish, and a case from the failing file', async () => {
    const lead = await h.newPage();
    await h.login(lead, 'zezhou-sup1');
    await lead.goto(`${h.url}/evaluations`);
    await lead.getByRole('button', { name: '设立评查活动' }).click();
    const dialog = lead.locator('.ant-modal-container:visible');
    await dialog.waitFor();
    await lead.fill('#title', '2026年度市场监管案卷评查');
    await lead.locator('#period').click();
    await lead.keyboard.type('2026-01-01');
    await lead.keyboard.press('Enter');
    await lead.keyboard.type('2026-11-25');
    await lead.keyboard.press('Enter');
    await choose(lead, 'agencyIds', ['泽州县市场监督管理局'], { search: true });
    await lead.fill('#filesPerAgency', '2');
    await choose(lead, 'reviewerIds', ['周杰', '吴磊'], { search: true });
    // the rubric is the campaign's own: a stricter pass mark for this one
    await dialog.getByText('评查标准（默认）').click();
    await dialog.getByRole('spinbutton', { name: 'passMark' }).fill('70');
    await dialog.getByText('评查标准（已修改）').waitFor();
    await h.shot(lead, '30-evaluation-setup');
    await dialog.getByRole('button', { name: '设立' }).click();
    await lead.waitForURL(/\/evaluations\/[0-9a-f-]{36}$/);

    await lead.getByPlaceholder(/种子/).fill('e2e-seed-2026');
    await lead.getByRole('button', { name: '随机抽取案卷' }).click();
    await lead.getByText('抽取的案卷').waitFor();
    const campaignUrl = lead.url();
    await lead.getByRole('button', { name: '按种子重做抽取并核对' }).click();
    await lead.getByText('与记录一致').waitFor();
    await h.shot(lead, '31-evaluation-drawn');

    // reviewer one finds the first file badly wanting; both keep the second as pre-scored
    const r1 = await h.newPage();
    await h.login(r1, 'zezhou-sup2');
    await openMyFirstFile(r1);
    await score(r1, 'L1', '15');
    await score(r1, 'F1', '10');
    await score(r1, 'F2', '10');
    await h.shot(r1, '32-evaluation-score-sheet');
    await enter(r1, 'F2');
    expect(r1.url()).toMatch(/\/evaluations\/files\//);
    await r1.getByRole('spinbutton', { name: 'S1' }).waitFor();
    await enter(r1);
    expect(r1.url()).toMatch(/\/evaluations\/[0-9a-f-]{36}$/);

    const r2 = await h.newPage();
    await h.login(r2, 'zezhou-head');
    await openMyFirstFile(r2);
    await enter(r2);
    await r2.getByRole('spinbutton', { name: 'S1' }).waitFor();
    await enter(r2);
    expect(r2.url()).toMatch(/\/evaluations\/[0-9a-f-]{36}$/);

    // the lead settles the file two reviewers scored far apart, below the pass mark
    await lead.goto(campaignUrl);
    const disputed = lead.locator('tr', { hasText: '分差过大' });
    await disputed.waitFor();
    await disputed.getByRole('link').click();
    await lead.getByText('合议定分', { exact: true }).waitFor();
    await score(lead, 'L1', '15');
    await score(lead, 'F1', '10');
    await score(lead, 'F2', '10');
    await score(lead, 'P1', '8');
    await lead.getByPlaceholder('合议理由').fill('经合议，未引用法律依据、主要事实不清属实');
    await h.shot(lead, '33-evaluation-settle');
    await lead.getByRole('button', { name: '确定合议结果' }).click();
    await lead.getByText(/合议理由：/).waitFor();

    // the head publishes the results notice
    await r2.goto(campaignUrl);
    await r2.getByRole('button', { name: '签发结果通报' }).click();
    await r2
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /确\s*定|OK/ })
      .click();
    await r2.getByText(/评〔2026〕1号/).waitFor();
    await r2.getByText(/合格线70分/).waitFor();
    await h.shot(r2, '34-evaluation-published');

    // the failing file becomes a case in one click
    await lead.goto(campaignUrl);
    await lead.getByText(/评〔2026〕1号/).waitFor();
    await lead.getByRole('button', { name: '转立案监督' }).click();
    await lead.getByTestId('case-title').waitFor();
    expect(await lead.getByTestId('case-title').textContent()).toContain('案卷评查不合格');
    await h.shot(lead, '35-case-from-evaluation');
  });
});
