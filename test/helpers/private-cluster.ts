// A PostgreSQL 15 cluster of a test's own, in a temporary folder on a free loopback port, for
// what must never be done to a shared server: stopping it. Run as the postgres account when
// the test runs as root (PostgreSQL refuses to run as root). Null, with the reason, where the
// server's programs are not installed.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './server-process.ts';

const run = promisify(execFile);
const BIN = process.env.JIANDU_PG_BIN || '/usr/lib/postgresql/15/bin';

export interface PrivateCluster {
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  destroy(): Promise<void>;
}

function postgresAccount(): { uid: number; gid: number } | null {
  const line = fs
    .readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('postgres:'));
  if (!line) return null;
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

export async function privateCluster(): Promise<PrivateCluster | string> {
  if (!fs.existsSync(path.join(BIN, 'initdb'))) return `no PostgreSQL server programs in ${BIN}`;
  const root = process.getuid?.() === 0;
  const account = root ? postgresAccount() : null;
  if (root && !account) return 'running as root and there is no postgres account to run the cluster as';
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiandu-cluster-'));
  if (account) fs.chownSync(dir, account.uid, account.gid);
  const data = path.join(dir, 'data');
  const port = await freePort();
  const as = (cmd: string, args: string[]) =>
    root
      ? run('runuser', ['-u', 'postgres', '--', path.join(BIN, cmd), ...args])
      : run(path.join(BIN, cmd), args);
  const pgCtl = (...args: string[]) => as('pg_ctl', ['-D', data, '-w', '-t', '60', ...args]);
  await as('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync']);
  const start = async () => {
    await pgCtl(
      '-l',
      path.join(dir, 'log'),
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
      'start',
    );
  };
  let running = false;
  await start();
  running = true;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      await pgCtl('-m', 'fast', 'stop');
      running = false;
    },
    async start() {
      await start();
      running = true;
    },
    async destroy() {
      if (running) await pgCtl('-m', 'immediate', 'stop').catch(() => undefined);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
