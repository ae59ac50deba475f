// Starts the real server (npm start's entry) on a fresh embedded database and drives it
// with Debian's Chromium through playwright-core. Screenshots go to test-results/.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { scratchDatabase } from '../test/helpers/scratch-db.ts';
import { freePort, spawnServer } from '../test/helpers/server-process.ts';

export const DEMO_PASSWORD = 'E2e-demo-pass-2026';
export const SHOTS = path.resolve('test-results/screenshots');

export interface Harness {
  url: string;
  browser: Browser;
  /** a page in a fresh context; `viewport` defaults to a desktop screen */
  newPage(viewport?: { width: number; height: number }): Promise<Page>;
  login(page: Page, username: string): Promise<void>;
  shot(page: Page, name: string): Promise<string>;
  /** stops the server and starts it again on the same data, its clock at `clock` */
  restart(clock?: string): Promise<void>;
  stop(): Promise<void>;
}

/**
 * With JIANDU_E2E_PG_URL the server runs on PostgreSQL, in a database of its own dropped at the
 * end (CI runs the phone, accessibility and workbench walks so); otherwise on PGlite.
 */
const PG_BASE = process.env.JIANDU_E2E_PG_URL;

export async function startHarness(opts: { clock?: string } = {}): Promise<Harness> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiandu-e2e-'));
  const port = await freePort();
  const db = PG_BASE ? await scratchDatabase(PG_BASE, `jiandu_e2e_${port}`) : null;
  const start = async (clock?: string) => {
    const s = spawnServer({
      PORT: String(port),
      JIANDU_DATA_DIR: dataDir,
      JIANDU_DEMO_PASSWORD: DEMO_PASSWORD,
      ...(db ? { DATABASE_URL: db.url } : {}),
      ...(clock ? { JIANDU_CLOCK: clock } : {}),
    });
    await s.started;
    return s;
  };
  let server = await start(opts.clock);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  fs.mkdirSync(SHOTS, { recursive: true });
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    browser,
    async newPage(viewport = { width: 1400, height: 900 }) {
      const ctx = await browser.newContext({
        locale: 'zh-CN',
        timezoneId: 'Asia/Shanghai',
        viewport,
      });
      return ctx.newPage();
    },
    async login(page, username) {
      await page.goto(`${url}/login`);
      await page.fill('#username', username);
      await page.fill('#password', DEMO_PASSWORD);
      await page.click('button[type=submit]');
      await page.waitForURL((u) => !u.pathname.startsWith('/login'));
      // the frame drawn, not the moment between the address changing and the first render
      await page.getByTestId('current-user').first().waitFor();
    },
    async shot(page, name) {
      const file = path.join(SHOTS, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    async restart(clock) {
      await server.stop();
      server = await start(clock);
    },
    async stop() {
      await browser.close();
      await server.stop();
      await db?.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
