// A consistent copy of the embedded database while it serves. Every statement and
// transaction of the process takes PGlite's transaction mutex, so a dump taken under it
// falls between two of them; the checkpoint first makes the copied files current, so
// loading the copy replays little or no WAL.
import type { PGlite } from '@electric-sql/pglite';

export async function dumpPglite(pg: PGlite): Promise<Blob> {
  await pg.query('CHECKPOINT');
  return pg._runExclusiveTransaction(() => pg.dumpDataDir('gzip'));
}
