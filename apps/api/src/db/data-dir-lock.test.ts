import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir } from './data-dir-lock.ts';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'jiandu-lock-'));

describe('embedded data folder lock', () => {
  it('refuses a second opener while the first holds it, and frees it on release', () => {
    const dir = tmp();
    const lock = lockDataDir(dir);
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    lock.release();
    lockDataDir(dir).release();
    fs.rmSync(dir, { recursive: true });
  });

  it('takes over a lock left by a process that no longer runs', () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'jiandu.lock'), '999999999');
    const lock = lockDataDir(dir);
    expect(fs.readFileSync(path.join(dir, 'jiandu.lock'), 'utf8')).toBe(String(process.pid));
    lock.release();
    fs.rmSync(dir, { recursive: true });
  });
});
