// The real server as a child process (npm start's entry point), for tests and benchmarks
// that need a process: the data-folder lock, browser journeys, start-up and load figures.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { scratchDatabase } from './scratch-db.ts';

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

export interface ServerProcess {
  child: ChildProcess;
  /** resolves when the server prints that it started; rejects if it exits first */
  started: Promise<void>;
  exited: Promise<number | null>;
  output(): string;
  stop(): Promise<number | null>;
}

export function spawnServer(env: Record<string, string>): ServerProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/api/src/main.ts'], {
    env: { ...process.env, DATABASE_URL: '', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => {
    out += d;
  });
  child.stderr!.on('data', (d) => {
    out += d;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const started = new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (!out.includes('started in')) return;
      clearInterval(timer);
      resolve();
    }, 50);
    exited.then(() => {
      clearInterval(timer);
      reject(new Error(`the server exited before starting:\n${out}`));
    });
  });
  started.catch(() => {});
  return {
    child,
    started,
    exited,
    output: () => out,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

/**
 * The ground a process test stands on: a data folder of its own, a free port and, when the
 * suite runs on PostgreSQL (DATABASE_URL), a scratch database; `clear` kills the server if
 * one is left running and removes them all.
 */
export interface ProcessGround {
  dataDir: string;
  port: number;
  /** the scratch database's URL, or '' on the embedded database */
  databaseUrl: string;
  clear(server: ServerProcess | null): Promise<void>;
}

export async function processGround(name: string): Promise<ProcessGround> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `jiandu-${name}-`));
  const pgBase = process.env.DATABASE_URL || '';
  const scratch = pgBase ? await scratchDatabase(pgBase, `jiandu_${name}_${process.pid}`) : null;
  return {
    dataDir,
    port: await freePort(),
    databaseUrl: scratch?.url ?? '',
    async clear(server) {
      server?.child.kill('SIGKILL');
      await server?.exited;
      fs.rmSync(dataDir, { recursive: true, force: true });
      await scratch?.drop();
    },
  };
}
