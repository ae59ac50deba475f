// A complaint from the public page through filing, a two-supervisor measure, a notice, a
// missed deadline, a sealed decision (downloaded and verified on the public page), service,
// and a review at the city organ; the public status page then shows the outcome (第七条,
// 第九条, 第十条).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './harness.ts';
import { answered, choose } from './ui.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ clock: '2024-09-02T01:00:00Z' });
});
afterAll(() => h?.stop());

async function openCase(page: Page, user: string, caseUrl: string) {
  await h.login(page, user);
  await page.goto(caseUrl);
  await page.getByTestId('case-title').waitFor();
}

/** Clicks the action button, fills the dialog with `fill`, confirms, and waits for the new state. */
async function act(
  page: Page,
  label: string,
  fill: (dialog: ReturnType<Page['locator']>) => Promise<void>,
  state: string,
) {
  await page.getByTestId('case-actions').getByRole('button', { name: label }).click();
  const dialog = page.locator('.ant-modal-container:visible');
  await dialog.waitFor();
  await fill(dialog);
  // the step's own answer decides: a refusal or a form that would not submit fails here, saying why
  await answered(page, 'POST', '/actions', () => dialog.getByRole('button', { name: '确定' }).click(), label);
  await expect.poll(() => page.getByTestId('case-state').textContent(), { timeout: 10_000 }).toBe(state);
  // sealing makes the PDF, and the first one starts LibreOffice: allow it a while
  await expect.poll(() => page.locator('.ant-modal-container:visible').count(), { timeout: 20_000 }).toBe(0);
}

const none = async () => {};
/** types a date into an antd DatePicker; a keystroke lost to a re-render is typed again */
async function typeDate(page: Page, id: string, date: string) {
  for (let attempt = 0; attempt < 3; attempt++) {
    await page.locator(`#${id}`).click();
    await page.locator(`#${id}`).fill(date);
    await page.keyboard.press('Enter');
    if ((await page.locator(`#${id}`).inputValue()) === date) return;
  }
}

describe('第九条 a complaint walks the whole procedure in the browser', () => {
  it('from the public page to the review at the city organ', async () => {
    // the public files a complaint, without logging in
    const pub = await h.newPage();
    await pub.goto(`${h.url}/public/petition`);
    await pub.fill('#petitionerName', '张三');
    await pub.fill('#petitionerPhone', '13800000000');
    await choose(pub, 'agencyId', ['泽州县市场监督管理局'], { search: true });
    await pub.fill('#summary', '行政处罚未告知陈述、申辩权利，程序违法。');
    await h.shot(pub, '10-public-petition');
    await pub.getByRole('button', { name: '提交' }).click();
    const code = (await pub.getByTestId('tracking-code').textContent())!.trim().slice(0, 19);
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await h.shot(pub, '11-tracking-code');

    // the supervisor finds it and drafts the filing form; the organ head approves
    const sup = await h.newPage();
    await h.login(sup, 'zezhou-sup1');
    // the petitioner phones in the tracking code: one search finds the case
    await sup.getByTestId('global-search').locator('input').fill(code);
    await sup.getByTestId('global-search').locator('input').press('Enter');
    await sup.getByTestId('search-petition').locator('a').click();
    await sup.getByTestId('case-title').waitFor();
    const caseUrl = sup.url();
    await act(
      sup,
      '填写立案审批表',
      async () => {
        await sup.fill('#caseName', '泽州县市场监督管理局罚款未告知陈述申辩权利案');
        await sup.fill('#reason', '反映程序违法，属于本机关监督范围');
      },
      '待批准立案',
    );
    const head = await h.newPage();
    await openCase(head, 'zezhou-head', caseUrl);
    await act(
      head,
      '批准立案审批表',
      (d) => d.locator('#opinion').fill('同意立案，由杨帆、周杰承办。'),
      '调查核实中',
    );

    // 第七条: a measure by two supervisors
    await sup.reload();
    await sup.getByTestId('case-title').waitFor();
    await act(
      sup,
      '记录监督措施',
      async () => {
        await choose(sup, 'kind', ['询问并制作询问笔录']);
        await choose(sup, 'supervisorIds', ['杨帆', '周杰']);
        // 第七条（三）: the day it was taken, where, and who was questioned
        await typeDate(sup, 'on', '2024-09-02');
        await sup.fill('#place', '泽州县市场监督管理局三楼会议室');
        await sup.getByRole('button', { name: '添加人员' }).click();
        await sup.getByRole('textbox', { name: '姓名' }).fill('刘建军');
        await sup.getByRole('textbox', { name: '身份或单位' }).fill('执法人员');
        await sup.fill('#summary', '询问执法人员，核实处罚程序');
      },
      '调查核实中',
    );
    // the timeline shows the measure as taken
    await expect
      .poll(() => sup.getByTestId('measure-taken').first().textContent())
      .toContain('地点：泽州县市场监督管理局三楼会议室 · 被询问人：刘建军（执法人员）');
    await act(
      sup,
      '发出行政执法监督通知书',
      async () => {
        await choose(sup, 'findings', ['第十三条（三）违反法定程序']);
        // 第九条（三）: the act supervised, as the agency's own documents name it, and what was found
        await sup.fill('#act_name', '作出罚款2000元的行政处罚决定');
        await sup.fill('#act_number', '泽市监罚〔2024〕12号');
        await typeDate(sup, 'act_madeOn', '2024-08-12');
        await sup.fill('#act_party', '泽州县南村镇便民超市');
        await sup.fill('#found', '该局作出罚款决定前未告知当事人陈述、申辩的权利。');
        await typeDate(sup, 'deadline', '2024-09-20');
      },
      '已发监督通知书',
    );
    await expect
      .poll(async () => sup.getByTestId('case-act').textContent())
      .toContain('泽市监罚〔2024〕12号');
    await h.shot(sup, '12-notice-issued');

    // the deadline passes unhandled: three weeks later
    await h.restart('2024-09-23T01:00:00Z');
    const sup2 = await h.newPage();
    await openCase(sup2, 'zezhou-sup1', caseUrl);
    await act(sup2, '逾期未处理，转入决定', none, '待作出决定');
    await act(
      sup2,
      '拟制行政执法监督决定书',
      async () => {
        await choose(sup2, 'kind', ['责令补正或者改正']);
        // 第十三条: the supervisor says which of the two
        await sup2.getByRole('radio', { name: '改正', exact: true }).check();
        await choose(sup2, 'grounds', ['第十三条（三）违反法定程序']);
        await typeDate(sup2, 'deadline', '2024-10-31');
        // the act and the facts found start as the notice named them
        expect(await sup2.locator('#act_party').inputValue()).toBe('泽州县南村镇便民超市');
        expect(await sup2.locator('#statement').inputValue()).toContain('未告知当事人陈述、申辩的权利');
      },
      '待作出决定',
    );
    const head2 = await h.newPage();
    await openCase(head2, 'zezhou-head', caseUrl);
    await act(head2, '批准决定书', none, '待作出决定');
    // 第十条: an unsealed decision cannot be served — the sealing comes first
    await act(head2, '加盖行政执法监督专用章', none, '待作出决定');
    await sup2.reload();
    await sup2.getByTestId('case-title').waitFor();
    await act(
      sup2,
      '送达决定书',
      async () => {
        await typeDate(sup2, 'servedOn', '2024-09-23');
        await typeDate(sup2, 'receivedOn', '2024-09-23');
      },
      '已送达决定书',
    );
    await expect.poll(async () => (await sup2.textContent('body')) ?? '').toContain('2024-09-29');
    await h.shot(sup2, '13-decision-served');

    // 第十条: the sealed decision downloads as PDF, and anyone can check it is the one issued
    const docs = sup2.getByTestId('case-documents');
    // the demo's own decisions took the earlier numbers of the year
    await expect.poll(async () => (await docs.textContent()) ?? '').toMatch(/泽执监决〔2024〕\d+号/);
    const number = /泽执监决〔2024〕\d+号/.exec((await docs.textContent()) ?? '')![0];
    await docs.scrollIntoViewIfNeeded();
    await h.shot(sup2, '13b-documents');
    const [download] = await Promise.all([
      sup2.waitForEvent('download'),
      sup2.getByTestId('pdf-supervision_decision').click(),
    ]);
    const pdfPath = await download.path();
    const verify = await h.newPage();
    await verify.goto(`${h.url}/public/verify`);
    await verify.fill('#number', number);
    await verify.locator('input[type=file]').setInputFiles(pdfPath);
    await verify.getByRole('button', { name: '核验' }).click();
    await verify.getByTestId('verify-result').waitFor();
    expect(await verify.getByTestId('verify-result').textContent()).toContain(
      '一致：此文件与用印制发的文书完全相同',
    );
    await h.shot(verify, '13c-public-verify');

    // 第十条第二款: the agency applies for review within five working days; the city reviews
    const liaison = await h.newPage();
    await openCase(liaison, 'zezhou-liaison', caseUrl);
    expect(await liaison.textContent('body')).not.toContain('张三');
    await act(liaison, '申请复查', async () => typeDate(liaison, 'appliedOn', '2024-09-23'), '复查中');
    const reviewer = await h.newPage();
    await openCase(reviewer, 'city-reviewer', caseUrl);
    await act(reviewer, '作出复查决定', none, '已送达决定书');
    await h.shot(reviewer, '14-review-upheld');

    // the public status page shows the outcome, and nothing else
    const status = await h.newPage();
    await status.goto(`${h.url}/public/status?code=${code}`);
    await status.getByRole('button', { name: '查询' }).click();
    await status.getByTestId('petition-status').waitFor();
    const text = (await status.getByTestId('petition-status').textContent()) ?? '';
    expect(text).toContain('已送达决定书');
    expect(text).toContain('行政执法监督决定');
    expect(text).not.toContain('张三');
    await h.shot(status, '15-public-status');
  });
});
