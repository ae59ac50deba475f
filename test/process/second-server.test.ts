// Two processes on one PGlite folder silently lose rows: the second server must refuse to
// start, say why, and the first must close cleanly so the folder opens again.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type ServerProcess, spawnServer } from '../helpers/server-process.ts';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiandu-2nd-'));
const servers: ServerProcess[] = [];
const server = () => {
  const s = spawnServer({ PORT: '0', JIANDU_DATA_DIR: dataDir, JIANDU_SEED_DEMO: 'false' });
  servers.push(s);
  return s;
};

afterAll(() => {
  for (const s of servers) s.child.kill('SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('one process per embedded data folder', () => {
  it('refuses a second server with a clear message, and reopens after a clean stop', async () => {
    const first = server();
    await first.started;
    const second = server();
    expect(await second.exited).toBe(3);
    expect(second.output()).toContain('已被进程');
    expect(second.output()).toContain('allows one process only');
    expect(await first.stop()).toBe(0);
    const third = server();
    await third.started;
    expect(await third.stop()).toBe(0);
  }, 120_000);
});
