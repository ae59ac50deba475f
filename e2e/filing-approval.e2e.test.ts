// 第九条第（一）项 in the browser: the head opens the approval of a drafted filing form, reads the
// form itself (previewed, marked 草稿) and the drafter's reason, writes an opinion and approves;
// the form issued carries that opinion.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './harness.ts';
import { answered, choose } from './ui.ts';

const RETURNED = '请补充调取的执法记录仪使用台账情况。';
const OPINION = '同意立案，由杨帆、周杰承办。';
const REASON = '反映执法人员检查时未佩戴执法记录仪，属于本机关监督范围';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiandu-e2e-approval-'));
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ clock: '2024-09-02T01:00:00Z' });
});
afterAll(async () => {
  await h?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** a PDF fetched with the page's session, as text without pdftotext's spacing */
async function pdfText(page: Page, url: string): Promise<string> {
  const res = await page.request.get(new URL(url, h.url).toString());
  expect(res.status(), url).toBe(200);
  expect(res.headers()['content-type']).toBe('application/pdf');
  const file = path.join(dir, 'doc.pdf');
  fs.writeFileSync(file, await res.body());
  return execFileSync('/usr/bin/pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(
    /\s+/g,
    '',
  );
}

async function confirm(page: Page, label: string, state: string) {
  const dialog = page.locator('.ant-modal-container:visible');
  await answered(page, 'POST', '/actions', () => dialog.getByRole('button', { name: '确定' }).click(), label);
  await expect.poll(() => page.getByTestId('case-state').textContent(), { timeout: 10_000 }).toBe(state);
}

describe('第九条第（一）项 the head approves the filing form having read it', () => {
  it('sees the drafted form and the reason, writes an opinion, and the issued form carries it', async () => {
    const pub = await h.newPage();
    await pub.goto(`${h.url}/public/petition`);
    await pub.fill('#petitionerName', '李四');
    await pub.fill('#petitionerPhone', '13900000000');
    await choose(pub, 'agencyId', ['泽州县市场监督管理局'], { search: true });
    await pub.fill('#summary', '检查时执法人员未佩戴执法记录仪。');
    await pub.getByRole('button', { name: '提交' }).click();
    await pub.getByTestId('tracking-code').waitFor();

    const sup = await h.newPage();
    await h.login(sup, 'zezhou-sup1');
    // the case of this petition: registered today, not yet drafted, in the petitioner's words
    const list = await sup.request.get(`${h.url}/api/v1/cases?limit=200&state=registered`);
    const mine: { id: string }[] = [];
    for (const c of (await list.json()).items as { id: string }[]) {
      const detail = await (await sup.request.get(`${h.url}/api/v1/cases/${c.id}`)).json();
      if (detail.petition?.summary?.includes('未佩戴执法记录仪')) mine.push(c);
    }
    expect(mine).toHaveLength(1);
    await sup.goto(`${h.url}/cases/${mine[0].id}`);
    await sup.getByTestId('case-title').waitFor();
    const caseUrl = sup.url();
    await sup.getByTestId('case-actions').getByRole('button', { name: '填写立案审批表' }).click();
    await sup.fill('#caseName', '泽州县市场监督管理局检查时未佩戴执法记录仪案');
    await sup.fill('#reason', REASON);
    await confirm(sup, '填写立案审批表', '待批准立案');

    const head = await h.newPage();
    await h.login(head, 'zezhou-head');
    await head.goto(caseUrl);
    await head.getByTestId('case-title').waitFor();
    // the head first returns the form; the supervisor drafts it again in answer to the reason,
    // starting from the draft returned
    await head.getByTestId('case-actions').getByRole('button', { name: '退回立案审批表' }).click();
    await head.locator('.ant-modal-container:visible #reason').fill(RETURNED);
    await confirm(head, '退回立案审批表', '已登记');
    await sup.reload();
    await sup.getByTestId('case-title').waitFor();
    await sup.getByTestId('case-actions').getByRole('button', { name: '填写立案审批表' }).click();
    await expect.poll(() => sup.getByTestId('returned-reason').textContent()).toContain(RETURNED);
    expect(await sup.locator('#caseName').inputValue()).toBe('泽州县市场监督管理局检查时未佩戴执法记录仪案');
    await h.shot(sup, '19-redraft-after-return');
    await sup.fill('#reason', REASON);
    await confirm(sup, '填写立案审批表', '待批准立案');
    await head.reload();
    await head.getByTestId('case-title').waitFor();
    await head.getByTestId('case-actions').getByRole('button', { name: '批准立案审批表' }).click();
    const dialog = head.locator('.ant-modal-container:visible');
    await dialog.waitFor();
    // the drafter's reason, and the drafted form itself in a frame: a draft, without a number
    await expect.poll(() => dialog.getByTestId('drafter-reason').textContent()).toBe(REASON);
    const frame = dialog.getByTestId('document-preview');
    await frame.waitFor();
    const draft = await pdfText(head, (await frame.getAttribute('src'))!);
    expect(draft).toContain('草稿');
    expect(draft).toContain(REASON.replace(/\s+/g, ''));
    expect(draft).not.toMatch(/〔2024〕\d+号/);
    // the opinion box starts empty: the head's words are the head's own
    expect(await dialog.locator('#opinion').inputValue()).toBe('');
    await h.shot(head, '20-head-approval-preview');
    await dialog.locator('#opinion').fill(OPINION);
    await confirm(head, '批准立案审批表', '调查核实中');

    await head.reload();
    await head.getByTestId('case-title').waitFor();
    const pdf = head.getByTestId('case-documents').getByTestId('pdf-filing_approval_form');
    await pdf.waitFor();
    const issued = await pdfText(head, (await pdf.getAttribute('href'))!);
    expect(issued).toContain(OPINION);
    // numbered at issue (the demo's own forms came first)
    expect(issued).toMatch(/泽执监立〔2024〕\d+号/);
    expect(issued).not.toContain('草稿');
  });
});
