// Steps through antd widgets that hold under a loaded machine: every pick is checked on the
// screen and tried again if a re-render swallowed it, and every submission waits for the
// server's own answer, failing with its status and body rather than a bare timeout.
import type { Page, Response } from 'playwright-core';

/**
 * Picks `labels` in the select whose input has id `id` (one for a single select, several for a
 * multiple one). With `search`, each label is typed first, for lists too long to show whole.
 */
export async function choose(page: Page, id: string, labels: string[], opts: { search?: boolean } = {}) {
  const input = page.locator(`#${id}`);
  const select = page.locator('.ant-select', { has: input }).first();
  // the popup that belongs to this select: rc-select names its listbox after the input
  const options = page.locator('.ant-select-dropdown', { has: page.locator(`#${id}_list`) });
  for (const label of labels) {
    // a multiple select shows each pick as an item; a single one shows its pick as the title
    const picked = select.locator('.ant-select-selection-item, .ant-select-content[title]', {
      hasText: label,
    });
    for (let attempt = 1; !(await picked.count()); attempt++) {
      if (!(await select.evaluate((el) => el.classList.contains('ant-select-open')))) await input.click();
      if (opts.search) await input.fill(label);
      await options.locator('.ant-select-item-option', { hasText: label }).first().click();
      try {
        await picked.first().waitFor({ timeout: 5_000 });
      } catch (e) {
        if (attempt === 3) throw new Error(`#${id}: could not pick ${label}: ${e}`);
      }
    }
  }
  if (await select.evaluate((el) => el.classList.contains('ant-select-open')))
    await page.keyboard.press('Escape');
}

/**
 * Runs `submit` and waits for the first `method` request whose path ends with `pathEnd`; a
 * refusal, or no request at all, throws with what the server and the open dialog said.
 */
export async function answered(
  page: Page,
  method: string,
  pathEnd: string | RegExp,
  submit: () => Promise<unknown>,
  label = String(pathEnd),
): Promise<Response> {
  const matches = (url: string) => {
    const path = new URL(url).pathname;
    return typeof pathEnd === 'string' ? path.endsWith(pathEnd) : pathEnd.test(path);
  };
  const answer = page
    .waitForResponse((r) => r.request().method() === method && matches(r.url()), { timeout: 30_000 })
    .catch(() => null);
  await submit();
  const res = await answer;
  if (!res?.ok()) {
    const dialog = await page
      .locator('.ant-modal-container:visible')
      .first()
      .textContent({ timeout: 1_000 })
      .catch(() => '(no dialog)');
    throw new Error(
      `${label}: ${res ? `${res.status()} ${await res.text()}` : 'no request was sent'}; the dialog says: ${dialog}`,
    );
  }
  return res;
}
