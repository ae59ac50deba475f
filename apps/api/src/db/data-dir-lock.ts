// PGlite is single-process: two processes on one data folder silently lose rows. The
// lock file holds the owner's pid; a second opener is refused while that pid is alive,
// and a lock left by a killed process is taken over.
import fs from 'node:fs';
import path from 'node:path';
import { repairNotice, secureDataDir } from './data-dir-mode.ts';

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly ownerPid: number,
  ) {
    super(
      `数据目录 ${dataDir} 已被进程 ${ownerPid} 使用；嵌入式数据库只允许一个进程打开。` +
        ` / The data folder ${dataDir} is in use by process ${ownerPid}; the embedded database allows one process only. ` +
        'Stop that process, or use PostgreSQL (DATABASE_URL) to run several.',
    );
    this.name = 'DataDirLockedError';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface DataDirLock {
  release(): void;
}

/** also makes the folder private (data-dir-mode.ts), warning when it had to repair it */
export function lockDataDir(dataDir: string, warn: (message: string) => void = console.warn): DataDirLock {
  const repaired = secureDataDir(dataDir);
  if (repaired.length) warn(repairNotice(dataDir, repaired));
  const file = path.join(dataDir, 'jiandu.lock');
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = fs.openSync(file, 'wx', 0o600);
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      let released = false;
      return {
        release() {
          if (released) return;
          released = true;
          try {
            if (fs.readFileSync(file, 'utf8') === String(process.pid)) fs.unlinkSync(file);
          } catch {
            // already gone
          }
        },
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = Number.parseInt(fs.readFileSync(file, 'utf8'), 10);
      if (Number.isInteger(owner) && owner > 0 && isAlive(owner))
        throw new DataDirLockedError(dataDir, owner);
      fs.rmSync(file, { force: true }); // stale: its process is gone
    }
  }
  throw new Error(`could not take the lock on ${dataDir}`);
}
