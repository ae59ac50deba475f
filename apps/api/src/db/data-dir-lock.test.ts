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

describe("the data folder is the server account's alone", () => {
  const modesUnder = (dir: string): [string, number][] =>
    fs
      .readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .map((p) => path.join(dir, p))
      .filter((p) => !fs.lstatSync(p).isSymbolicLink())
      .map((p) => [p, fs.statSync(p).mode & 0o777]);

  it('is created 0700, and the embedded database writes its files 0600, whatever the umask', async () => {
    const previous = process.umask(0);
    try {
      const dir = path.join(tmp(), 'data');
      const lock = lockDataDir(dir);
      expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
      const { openPglite } = await import('./pglite.ts');
      const db = await openPglite({ dataDir: path.join(dir, 'pgdata') });
      await db.exec("CREATE TABLE t (x text); INSERT INTO t VALUES ('张三');");
      await db.close();
      lock.release();
      const modes = modesUnder(dir);
      expect(modes.length).toBeGreaterThan(100);
      expect(modes.filter(([, m]) => m & 0o077)).toEqual([]);
      fs.rmSync(path.dirname(dir), { recursive: true });
    } finally {
      process.umask(previous);
    }
  });

  it('a folder left readable by others is repaired at start, and the repair is said', () => {
    const dir = tmp();
    fs.chmodSync(dir, 0o755);
    fs.mkdirSync(path.join(dir, 'pgdata'), { mode: 0o777 });
    fs.writeFileSync(path.join(dir, 'pgdata', 'wal'), 'petitioner 张三', { mode: 0o666 });
    fs.chmodSync(path.join(dir, 'pgdata'), 0o777);
    fs.chmodSync(path.join(dir, 'pgdata', 'wal'), 0o666);
    const said: string[] = [];
    const lock = lockDataDir(dir, (m) => said.push(m));
    expect(said).toHaveLength(1);
    expect(said[0]).toContain('3 files or folders');
    expect(modesUnder(dir).filter(([, m]) => m & 0o077)).toEqual([]);
    expect(fs.statSync(path.join(dir, 'pgdata', 'wal')).mode & 0o777).toBe(0o600);
    lock.release();
    // the second start finds nothing to repair, and says nothing
    lockDataDir(dir, (m) => said.push(m)).release();
    expect(said).toHaveLength(1);
    fs.rmSync(dir, { recursive: true });
  });
});
