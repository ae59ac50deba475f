// With the server stopped, someone with the database (and no key) changes it; npm run
// audit:verify, run as an operator would, names it, and so does every checkpoint signed after.
// On PGlite, and on PostgreSQL when the suite runs there.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../apps/api/src/db/client.ts';
import { openPglite } from '../../apps/api/src/db/pglite.ts';
import { openPostgres } from '../../apps/api/src/db/postgres.ts';
import { sql } from '../../apps/api/src/db/sql.ts';
import {
  type ProcessGround,
  processGround,
  type ServerProcess,
  spawnServer,
} from '../helpers/server-process.ts';
import { asReplica } from '../helpers/tamper.ts';

let ground: ProcessGround;
let server: ServerProcess | null = null;
beforeAll(async () => {
  ground = await processGround('tamper');
});
afterAll(() => ground?.clear(server));

const data = () => path.join(ground.dataDir, 'data');
const env = () => ({
  JIANDU_DATA_DIR: data(),
  DATABASE_URL: ground.databaseUrl,
  PORT: String(ground.port),
  JIANDU_DEMO_PASSWORD: 'Tamper-test-pass-2026',
  JIANDU_CLOCK: '2026-11-26T02:00:00Z',
});

function auditVerify(): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/audit-verify.ts'], {
      env: { ...process.env, ...env() },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      out += d;
    });
    child.on('exit', (code) => resolve({ code, out }));
  });
}

async function withDb(fn: (db: Db) => Promise<void>) {
  const db = ground.databaseUrl
    ? await openPostgres(ground.databaseUrl, 1)
    : await openPglite({ dataDir: path.join(data(), 'pgdata') });
  try {
    await fn(db);
  } finally {
    await db.close();
  }
}

async function runAndStop() {
  server = spawnServer(env());
  await server.started;
  expect(await server.stop()).toBe(0);
  server = null;
}

describe(`tamper evidence with the server stopped (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('the keys live beside the database folder; audit:verify holds the stopped database to the checkpoints', async () => {
    await runAndStop();
    expect(fs.statSync(path.join(data(), 'keys', 'checkpoint-ed25519.pem')).mode & 0o777).toBe(0o600);
    expect(fs.existsSync(path.join(data(), 'pgdata', 'keys'))).toBe(false);
    const lines = fs.readFileSync(path.join(data(), 'checkpoints.jsonl'), 'utf8').trim().split('\n');
    // signed at start; nothing happened before the stop, so the stop signs nothing new
    expect(lines.map((l) => JSON.parse(JSON.parse(l).body).reason)).toEqual(['start']);
    const r = await auditVerify();
    expect(r.out).toContain('checkpoints OK');
    expect(r.code).toBe(0);
  }, 300_000);

  it('a user made admin in replica mode is named by audit:verify, and by the next start', async () => {
    let id = '';
    await withDb((db) =>
      asReplica(db, async (tx) => {
        [{ id }] = await tx.query<{ id: string }>(
          sql`UPDATE users SET role = 'admin' WHERE username = 'zezhou-sup1' RETURNING id`,
        );
      }),
    );
    const r = await auditVerify();
    expect(r.code).toBe(1);
    expect(r.out).toContain('audit chain OK');
    expect(r.out).toContain(`security_row_changed — users/${id}`);
    await runAndStop();
    const again = await auditVerify();
    expect(again.code).toBe(1);
    expect(again.out).toContain('recorded_at_checkpoint');
    expect(again.out).toContain(`users/${id}`);
  }, 300_000);
});
