// Two processes on one PGlite folder silently lose rows: the second server must refuse to
// start, say why, and the first must close cleanly so the folder opens again.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiandu-2nd-'));
const children: ChildProcess[] = [];

function server(port: number) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/api/src/main.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      JIANDU_DATA_DIR: dataDir,
      JIANDU_SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const started = new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (out.includes('started in')) {
        clearInterval(timer);
        resolve();
      }
    }, 100);
    exited.then(() => {
      clearInterval(timer);
      reject(new Error(`exited before starting: ${out}`));
    });
  });
  return { child, started, exited, output: () => out };
}

afterAll(() => {
  for (const c of children) c.kill('SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('one process per embedded data folder', () => {
  it('refuses a second server with a clear message, and reopens after a clean stop', async () => {
    const first = server(0);
    await first.started;
    const second = server(0);
    expect(await second.exited).toBe(3);
    expect(second.output()).toContain('已被进程');
    expect(second.output()).toContain('allows one process only');
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    const third = server(0);
    await third.started;
    third.child.kill('SIGTERM');
    expect(await third.exited).toBe(0);
  }, 120_000);
});
