// Backup and restore on PostgreSQL with its own tools (pg_dump -Fc, pg_restore). The
// manifest's counts are read in the very snapshot pg_dump copies (pg_export_snapshot), so
// they describe the archive exactly while the servers keep writing.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { Queryable } from '../db/client.ts';
import { openPostgres } from '../db/postgres.ts';
import { type DataState, readDataState } from './manifest.ts';

function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'inherit', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => {
      err += d;
    });
    child.on('error', (e) =>
      reject(new Error(`${cmd}: ${e.message} (install the PostgreSQL client tools, version ≥ the server's)`)),
    );
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${cmd} exited with ${code}: ${err}`)),
    );
  });
}

function queryable(c: pg.Client): Queryable {
  return {
    query: async (q) => (await c.query(q.text, q.values as unknown[])).rows,
    exec: async (text) => {
      await c.query(text);
    },
    copyRows: () => Promise.reject(new Error('not used here')),
  };
}

export async function dumpPostgres(url: string, file: string): Promise<DataState> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const snapshot = (await c.query<{ s: string }>('SELECT pg_export_snapshot() AS s')).rows[0].s;
    const state = await readDataState(queryable(c));
    await run('pg_dump', [
      '-Fc',
      '--no-owner',
      `--snapshot=${snapshot}`,
      `--file=${file}`,
      `--dbname=${url}`,
    ]);
    await c.query('COMMIT');
    return state;
  } finally {
    await c.end();
  }
}

export async function restorePostgres(url: string, file: string): Promise<DataState> {
  // pg_restore --clean drops each partition's primary key before its table, which PostgreSQL refuses
  // for a key the partition inherits (the acts by year, migration 0080). So the clean-up and restore
  // are written out as SQL and run by psql in one transaction, the partitioned tables (with their
  // partitions) dropped first in it.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiandu-restore-'));
  try {
    const script = path.join(dir, 'restore.sql');
    await run('pg_restore', ['--clean', '--if-exists', '--no-owner', `--file=${script}`, file]);
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      const drops = await c.query<{ s: string }>(`
        SELECT format('DROP TABLE IF EXISTS %I.%I CASCADE;', n.nspname, c.relname) AS s
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind = 'p' AND n.nspname = 'public' AND NOT c.relispartition`);
      fs.writeFileSync(path.join(dir, 'first.sql'), drops.rows.map((r) => `${r.s}\n`).join(''));
    } finally {
      await c.end();
    }
    await run('psql', [
      '--no-psqlrc',
      '--quiet',
      '--single-transaction',
      '--set=ON_ERROR_STOP=1',
      `--output=${os.devNull}`,
      `--file=${path.join(dir, 'first.sql')}`,
      `--file=${script}`,
      `--dbname=${url}`,
    ]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const db = await openPostgres(url, 1); // its type parsers read the audit chain as the server does
  try {
    return await readDataState(db);
  } finally {
    await db.close();
  }
}
