// Builds the test database once: migrated and seeded with the demo data. PGlite tests start
// from a saved snapshot of it (about half a second instead of seconds); PostgreSQL tests
// (DATABASE_URL set) clone a template database per test file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { migrate } from '../apps/api/src/db/migrate.ts';
import { openPglite } from '../apps/api/src/db/pglite.ts';
import { openPostgres } from '../apps/api/src/db/postgres.ts';
import { seedBase } from '../apps/api/src/seeds/base.ts';
import { seedDemo } from '../apps/api/src/seeds/demo.ts';
import { TEST_PASSWORD, withDatabase } from './helpers/pg-url.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    snapshotFile: string;
    templateDb: string;
  }
}

const SEED_TIME = new Date('2026-11-02T01:00:00Z');

export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (url) {
    const template = `jiandu_tpl_${process.pid}`;
    const admin = await openPostgres(url, 1);
    await admin.exec(`DROP DATABASE IF EXISTS ${template}`);
    await admin.exec(`CREATE DATABASE ${template}`);
    const db = await openPostgres(withDatabase(url, template), 2);
    await migrate(db);
    await seedBase(db, SEED_TIME);
    await seedDemo(db, SEED_TIME, TEST_PASSWORD);
    await db.close();
    project.provide('templateDb', template);
    project.provide('snapshotFile', '');
    return async () => {
      await admin.exec(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
      await admin.close();
    };
  }
  const db = await openPglite();
  await migrate(db);
  await seedBase(db, SEED_TIME);
  await seedDemo(db, SEED_TIME, TEST_PASSWORD);
  const blob = await db.pg.dumpDataDir('gzip');
  await db.close();
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'jiandu-test-')), 'snapshot.tar.gz');
  fs.writeFileSync(file, Buffer.from(await blob.arrayBuffer()));
  project.provide('snapshotFile', file);
  project.provide('templateDb', '');
  return () => fs.rmSync(path.dirname(file), { recursive: true, force: true });
}
