// Plain-SQL migrations, one folder for PGlite and PostgreSQL. A landed migration is never
// edited: its checksum is recorded and a changed file stops the start-up.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from './client.ts';
import { sql } from './sql.ts';

const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
// Any constant: serialises concurrent migrators on one PostgreSQL server.
const MIGRATION_LOCK = 7_140_500;

export interface Migration {
  version: string;
  name: string;
  text: string;
  checksum: string;
}

export function listMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((f) => {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      return {
        version: f.slice(0, 4),
        name: f.slice(5, -4),
        text,
        checksum: createHash('sha256').update(text).digest('hex'),
      };
    });
}

/** `before`: apply only the migrations numbered below it (a test converting an older database) */
export async function migrate(db: Db, before?: string): Promise<string[]> {
  const applied: string[] = [];
  await db.tx(async (tx) => {
    if (db.kind === 'postgresql') {
      await tx.query(sql`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`);
      // a migration over a large table may run longer than a request's statement may
      await tx.exec('SET LOCAL statement_timeout = 0');
    }
    await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version text PRIMARY KEY, name text NOT NULL, checksum text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now())`);
    const done = new Map(
      (
        await tx.query<{ version: string; checksum: string }>(
          sql`SELECT version, checksum FROM schema_migrations`,
        )
      ).map((r) => [r.version, r.checksum]),
    );
    for (const m of listMigrations().filter((m) => before === undefined || m.version < before)) {
      const seen = done.get(m.version);
      if (seen !== undefined) {
        if (seen !== m.checksum)
          throw new Error(
            `migration ${m.version}_${m.name} was changed after it was applied; add a new one instead`,
          );
        continue;
      }
      await tx.exec(m.text);
      await tx.query(
        sql`INSERT INTO schema_migrations (version, name, checksum) VALUES (${m.version}, ${m.name}, ${m.checksum})`,
      );
      applied.push(`${m.version}_${m.name}`);
    }
  });
  return applied;
}
