// Backup and restore of the embedded database (the data folder's pgdata). The copy is a
// PGlite data-folder tarball; its manifest is read from the copy itself, loaded into memory,
// so counts and audit head describe exactly what the archive holds.
import fs from 'node:fs';
import path from 'node:path';
import { DataDirLockedError, lockDataDir } from '../db/data-dir-lock.ts';
import { openPglite } from '../db/pglite.ts';
import { requestBackup } from './local-endpoint.ts';
import { type DataState, readDataState } from './manifest.ts';
import { dumpPglite } from './pglite-dump.ts';

const pgdataOf = (dataDir: string) => path.join(dataDir, 'pgdata');

/** the data folder's database as a tarball: from the running server if one holds it, else opened here */
export async function dumpDataFolder(dataDir: string): Promise<{ archive: Buffer; fromServer: boolean }> {
  if (!fs.existsSync(pgdataOf(dataDir))) throw new Error(`no embedded database in ${dataDir}`);
  let lock: ReturnType<typeof lockDataDir>;
  try {
    lock = lockDataDir(dataDir);
  } catch (err) {
    if (!(err instanceof DataDirLockedError)) throw err;
    return { archive: Buffer.from(await (await requestBackup(dataDir)).arrayBuffer()), fromServer: true };
  }
  try {
    const db = await openPglite({ dataDir: pgdataOf(dataDir) });
    try {
      return { archive: Buffer.from(await (await dumpPglite(db.pg)).arrayBuffer()), fromServer: false };
    } finally {
      await db.close();
    }
  } finally {
    lock.release();
  }
}

/** counts and audit head of an archive, read from a copy of it in memory */
export async function stateOfArchive(archive: Buffer): Promise<DataState> {
  const db = await openPglite({ loadDataDir: new Blob([new Uint8Array(archive)]) });
  try {
    return await readDataState(db);
  } finally {
    await db.close();
  }
}

/**
 * Loads an archive as the data folder's database. Refused while a server holds the folder;
 * the database there is moved aside (pgdata.before-restore-…), never deleted.
 */
export async function restoreDataFolder(
  dataDir: string,
  archive: Buffer,
  stamp: string,
): Promise<{ state: DataState; movedAside: string | null }> {
  const lock = lockDataDir(dataDir); // throws DataDirLockedError while a server runs on it
  try {
    const pgdata = pgdataOf(dataDir);
    let movedAside: string | null = null;
    if (fs.existsSync(pgdata)) {
      movedAside = `${pgdata}.before-restore-${stamp}`;
      fs.renameSync(pgdata, movedAside);
    }
    const db = await openPglite({ dataDir: pgdata, loadDataDir: new Blob([new Uint8Array(archive)]) });
    try {
      return { state: await readDataState(db), movedAside };
    } finally {
      await db.close();
    }
  } finally {
    lock.release();
  }
}
