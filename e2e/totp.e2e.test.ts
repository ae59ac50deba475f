// 双因素认证 in the browser: an organ head enrols from the account page (QR code, confirmed by
// a code), and the next login asks for the code after the password. The server runs on the
// machine's clock here, so the codes computed below are the ones it expects.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totp } from '../apps/api/src/access/totp.ts';
import { DEMO_PASSWORD, type Harness, startHarness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.stop());

describe('第七条, 第十条: the second factor of the head who approves', () => {
  it('enrol with the QR code, then log in with password and code', async () => {
    const page = await h.newPage();
    await h.login(page, 'zezhou-head');
    await page.getByTestId('current-user').click();
    await page.getByText('账户与安全', { exact: true }).waitFor();
    await page.getByRole('button', { name: '启用双因素认证' }).click();
    await page.getByTestId('totp-qr').waitFor();
    const secret = (await page.getByTestId('totp-secret').textContent())!.replace(/\s/g, '');
    await h.shot(page, '60-totp-enrol');
    const at = Date.now();
    await page.fill('#totp-code', totp(secret, new Date(at)));
    await page.getByRole('button', { name: '确认启用' }).click();
    await page.getByText('已启用', { exact: true }).waitFor();
    await h.shot(page, '61-totp-on');

    await page.getByTestId('logout').click();
    await page.waitForURL((u) => u.pathname.startsWith('/login'));
    await page.fill('#username', 'zezhou-head');
    await page.fill('#password', DEMO_PASSWORD);
    await page.click('button[type=submit]');
    await page.getByText('请输入验证器应用中的 6 位验证码').waitFor();
    await h.shot(page, '62-login-code-step');
    await page.fill('#totp-code', '000000');
    await page.getByRole('button', { name: '验证' }).click();
    await page.getByText('用户名、密码或验证码错误，或账户已被暂时锁定').waitFor();
    // the next step's code: the one used to confirm may not be used again
    await page.fill('#totp-code', totp(secret, new Date(at + 30_000)));
    await page.getByRole('button', { name: '验证' }).click();
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    await expect(page.getByTestId('current-user').textContent()).resolves.toContain('监督机关负责人');
  });
});
