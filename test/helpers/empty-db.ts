// A database of its own, empty, for a test that runs migrations step by step: PGlite in memory,
// or a scratch database on the PostgreSQL server when DATABASE_URL is set.
import { randomUUID } from 'node:crypto';
import type { Db } from '../../apps/api/src/db/client.ts';
import { openPglite } from '../../apps/api/src/db/pglite.ts';
import { openPostgres } from '../../apps/api/src/db/postgres.ts';
import { scratchDatabase } from './scratch-db.ts';

export async function emptyDatabase(prefix: string): Promise<{ db: Db; drop: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const db = await openPglite();
    return { db, drop: () => db.close() };
  }
  const scratch = await scratchDatabase(url, `${prefix}_${randomUUID().slice(0, 8)}`);
  const db = await openPostgres(scratch.url, 2);
  return {
    db,
    drop: async () => {
      await db.close();
      await scratch.drop();
    },
  };
}
