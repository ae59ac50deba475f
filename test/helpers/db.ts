// A fresh, seeded database for one test file: PGlite from the snapshot, or a PostgreSQL
// database cloned from the template when DATABASE_URL is set.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { inject } from 'vitest';
import type { Db } from '../../apps/api/src/db/client.ts';
import { openPglite } from '../../apps/api/src/db/pglite.ts';
import { openPostgres } from '../../apps/api/src/db/postgres.ts';
import { withDatabase } from './pg-url.ts';

export async function openTestDb(): Promise<Db & { drop: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = `jiandu_t_${randomBytes(6).toString('hex')}`;
    const admin = await openPostgres(url, 1);
    await admin.exec(`CREATE DATABASE ${name} TEMPLATE ${inject('templateDb')}`);
    await admin.close();
    const db = await openPostgres(withDatabase(url, name), 5);
    return Object.assign(db, {
      async drop() {
        await db.close();
        const a = await openPostgres(url, 1);
        await a.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await a.close();
      },
    });
  }
  const file = inject('snapshotFile');
  const db = await openPglite({ loadDataDir: new Blob([fs.readFileSync(file)]) });
  return Object.assign(db, { drop: () => db.close() });
}
