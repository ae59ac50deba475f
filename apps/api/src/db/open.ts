// Opens the configured database: PostgreSQL when DATABASE_URL is set, else PGlite in the
// data folder under an exclusive lock.
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import type { Config } from '../config.ts';
import type { Db } from './client.ts';
import { type DataDirLock, lockDataDir } from './data-dir-lock.ts';
import { openPglite } from './pglite.ts';
import { openPostgres } from './postgres.ts';

export async function openDatabase(
  config: Config,
): Promise<{ db: Db; lock: DataDirLock | null; pglite: PGlite | null }> {
  if (config.databaseUrl) {
    const db = await openPostgres(config.databaseUrl, {
      max: config.pgPoolMax,
      connectTimeoutMs: config.pgConnectTimeoutSeconds * 1000,
      statementTimeoutMs: config.pgStatementTimeoutSeconds * 1000,
    });
    return { db, lock: null, pglite: null };
  }
  const lock = lockDataDir(config.dataDir);
  try {
    const db = await openPglite({ dataDir: path.join(config.dataDir, 'pgdata') });
    return { db, lock, pglite: db.pg };
  } catch (err) {
    lock.release();
    throw err;
  }
}
