// Embedded PostgreSQL (PGlite, WASM). One process per data folder: see data-dir-lock.ts.
import { PGlite } from '@electric-sql/pglite';
import type { Db, Queryable } from './client.ts';
import { copySql, DATE_OID, INT8_OID, parseInt8, toCsv } from './client.ts';
import { secureDataDir } from './data-dir-mode.ts';
import type { SqlQuery } from './sql.ts';

const parsers = {
  [DATE_OID]: (v: string) => v,
  [INT8_OID]: parseInt8,
};

function wrap(q: { query: PGlite['query']; exec: PGlite['exec'] }): Queryable {
  return {
    async query<T>(sq: SqlQuery): Promise<T[]> {
      const r = await q.query<T>(sq.text, sq.values as unknown[]);
      return r.rows;
    },
    async exec(text: string) {
      await q.exec(text);
    },
    async copyRows(table, columns, rows) {
      if (rows.length)
        await q.query(copySql(table, columns, "'/dev/blob'"), [], { blob: new Blob([toCsv(rows)]) });
    },
  };
}

export interface PgliteOptions {
  /** Folder for the data; undefined keeps it in memory (tests). */
  dataDir?: string;
  /** A tarball from dumpDataDir to start from (tests start from a saved snapshot). */
  loadDataDir?: Blob;
}

export async function openPglite(opts: PgliteOptions = {}): Promise<Db & { pg: PGlite }> {
  const pg = await PGlite.create(opts.dataDir, { parsers, loadDataDir: opts.loadDataDir });
  // PGlite sets its initial files 0666 itself, whatever the umask; what PostgreSQL creates
  // later is 0600 under the umask secureDataDir sets
  if (opts.dataDir) secureDataDir(opts.dataDir);
  const base = wrap(pg);
  return {
    kind: 'pglite',
    pg,
    ...base,
    tx: (fn) => pg.transaction((tx) => fn(wrap(tx))),
    // one process per data folder (data-dir-lock.ts): nobody else to lock out
    withLock: async (_key, _wait, fn) => ({ held: true, value: await fn() }),
    close: () => pg.close(),
  };
}
