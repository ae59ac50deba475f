// Backup while the server runs and writes, more writes after it, then restore: the restored
// database holds exactly what the manifest counted, the later writes are gone, and the audit
// chain verifies (the hash-chained log of 第五条's 全过程记录 survives a restore whole). On
// PGlite, and on PostgreSQL (pg_dump/pg_restore) when the suite runs there.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BackupManifest, readDataState } from '../../apps/api/src/backup/manifest.ts';
import { openPglite } from '../../apps/api/src/db/pglite.ts';
import { openPostgres } from '../../apps/api/src/db/postgres.ts';
import {
  type ProcessGround,
  processGround,
  type ServerProcess,
  spawnServer,
} from '../helpers/server-process.ts';

const PASSWORD = 'Backup-test-pass-2026';

let dataDir: string;
let outDir: string;
let databaseUrl = '';
let port: number;
let server: ServerProcess | null = null;
let ground: ProcessGround;

beforeAll(async () => {
  ground = await processGround('backup');
  ({ dataDir, databaseUrl, port } = ground);
  outDir = path.join(dataDir, 'backups');
});
afterAll(() => ground?.clear(server));

const env = () => ({ JIANDU_DATA_DIR: path.join(dataDir, 'data'), DATABASE_URL: databaseUrl });

/** npm run backup / restore as a process: exit code and everything it printed */
function script(name: 'backup' | 'restore', arg: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', `scripts/${name}.ts`, arg], {
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

async function login(username: string) {
  const res = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  expect(res.status).toBe(200);
  return res.headers.get('set-cookie')!.split(';')[0];
}

async function stateNow() {
  if (databaseUrl) {
    const db = await openPostgres(databaseUrl, 1);
    try {
      return await readDataState(db);
    } finally {
      await db.close();
    }
  }
  const db = await openPglite({ dataDir: path.join(dataDir, 'data', 'pgdata') });
  try {
    return await readDataState(db);
  } finally {
    await db.close();
  }
}

describe(`backup and restore (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('a backup taken while the server writes restores to exactly its manifest, with a verifying audit chain', async () => {
    server = spawnServer({
      PORT: String(port),
      JIANDU_DEMO_PASSWORD: PASSWORD,
      JIANDU_PROPOSALS_EVERY_HOURS: '0',
      JIANDU_LOGIN_RATE_LIMIT: '100000',
      JIANDU_CLOCK: '2026-11-26T02:00:00Z',
      ...env(),
    });
    await server.started;
    for (const u of ['zezhou-sup1', 'zezhou-head', 'city-admin']) await login(u);

    // the backup runs while logins keep writing
    let writing = true;
    const writes = (async () => {
      let n = 0;
      while (writing) {
        await login('zezhou-sup2');
        n++;
      }
      return n;
    })();
    const backup = await script('backup', outDir);
    writing = false;
    const during = await writes;
    expect(backup.code, backup.out).toBe(0);
    if (!databaseUrl) expect(backup.out).toContain('copy taken by the running server');
    const manifestFile = fs.readdirSync(outDir).find((f) => f.endsWith('.manifest.json'))!;
    const manifest = JSON.parse(fs.readFileSync(path.join(outDir, manifestFile), 'utf8')) as BackupManifest;
    const archive = path.join(outDir, manifest.archive);
    expect(manifest.audit.ok).toBe(true);
    expect(manifest.tables.users).toBeGreaterThan(0);
    if (!databaseUrl)
      expect(fs.statSync(path.join(dataDir, 'data', 'backup-endpoint.json')).mode & 0o777).toBe(0o600);

    // writes after the backup, which the restore must undo
    for (let i = 0; i < 3; i++) await login('zezhou-liaison');
    if (!databaseUrl) {
      const refused = await script('restore', archive);
      expect(refused.code).toBe(3);
      expect(refused.out).toContain('stop the server before restoring');
    }
    expect(await server.stop()).toBe(0);
    const before = await stateNow();
    expect(before.audit.events).toBeGreaterThan(manifest.audit.events);

    const restore = await script('restore', archive);
    expect(restore.code, restore.out).toBe(0);
    expect(restore.out).toContain('restored and verified');
    const after = await stateNow();
    expect(after.tables).toEqual(manifest.tables);
    expect(after.audit).toEqual(manifest.audit);
    if (!databaseUrl) {
      const aside = fs
        .readdirSync(path.join(dataDir, 'data'))
        .filter((f) => f.startsWith('pgdata.before-restore-'));
      expect(aside).toHaveLength(1);
    }

    // an altered archive is refused before anything is touched
    fs.appendFileSync(archive, 'x');
    const altered = await script('restore', archive);
    expect(altered.code).toBe(1);
    expect(altered.out).toContain('does not match its manifest');
    console.log(
      `backup of ${manifest.bytes} bytes during ${during} logins; ${Object.keys(manifest.tables).length} tables, ${manifest.audit.events} audit events restored (${before.audit.events - manifest.audit.events} later events undone)`,
    );
  }, 300_000);
});
