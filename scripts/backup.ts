// npm run backup [-- DIR] — one archive of the configured database and its manifest (row
// counts per table, audit chain head, the archive's SHA-256) in DIR (default ./backups).
// Embedded: a PGlite data-folder tarball, taken by the running server when one holds the
// folder (see apps/api/src/backup/local-endpoint.ts). PostgreSQL: pg_dump -Fc.
import fs from 'node:fs';
import path from 'node:path';
import { signCheckpoint } from '../apps/api/src/audit/checkpoint.ts';
import { CHECKPOINT_KEY_FILE, loadSigningKey } from '../apps/api/src/audit/signing-key.ts';
import { appendCheckpoint } from '../apps/api/src/audit/take-checkpoint.ts';
import { dumpDataFolder, stateOfArchive } from '../apps/api/src/backup/embedded.ts';
import {
  type BackupManifest,
  backupStem,
  manifestPathOf,
  sha256File,
} from '../apps/api/src/backup/manifest.ts';
import { dumpPostgres } from '../apps/api/src/backup/postgres.ts';
import { loadConfig } from '../apps/api/src/config.ts';

const config = loadConfig();
const dir = path.resolve(process.argv[2] || 'backups');
fs.mkdirSync(dir, { recursive: true });
const now = new Date();
const stem = path.join(dir, backupStem(now));

let file: string;
let state: Awaited<ReturnType<typeof stateOfArchive>>;
if (config.databaseUrl) {
  file = `${stem}.dump`;
  state = await dumpPostgres(config.databaseUrl, file);
} else {
  file = `${stem}.tar.gz`;
  const { archive, fromServer } = await dumpDataFolder(config.dataDir);
  fs.writeFileSync(file, archive, { mode: 0o600 });
  console.log(fromServer ? 'copy taken by the running server' : 'no server running: copy taken directly');
  state = await stateOfArchive(archive);
}
const manifest: BackupManifest = {
  format: 'jiandu-backup/1',
  database: config.databaseUrl ? 'postgresql' : 'pglite',
  archive: path.basename(file),
  sha256: sha256File(file),
  bytes: fs.statSync(file).size,
  createdAt: now.toISOString(),
  ...state,
};
// a checkpoint of exactly what the archive holds, signed, in the manifest and the checkpoint file:
// the backup itself becomes a witness of the chain's head (the key is never in the archive)
const keyFile = path.join(config.keyDir, CHECKPOINT_KEY_FILE);
if (fs.existsSync(keyFile)) {
  manifest.checkpoint = signCheckpoint(
    {
      seq: state.audit.headSeq,
      headHash: state.audit.headHash,
      at: now.toISOString(),
      security: state.audit.security!,
      reason: 'backup',
      findings: [],
    },
    loadSigningKey(keyFile),
  );
  appendCheckpoint(config.checkpointFile, manifest.checkpoint);
} else console.warn(`no checkpoint key in ${config.keyDir}: the manifest is not signed`);
fs.writeFileSync(manifestPathOf(file), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
const rows = Object.values(state.tables).reduce((a, b) => a + b, 0);
console.log(`备份完成 / backup written: ${file} (${manifest.bytes} bytes, sha256 ${manifest.sha256})`);
console.log(
  `  ${Object.keys(state.tables).length} tables, ${rows} rows; audit chain ${state.audit.ok ? 'OK' : 'BROKEN'}: ${state.audit.events} events, head ${state.audit.headSeq} ${state.audit.headHash}`,
);
console.log(`  manifest: ${manifestPathOf(file)}`);
if (!state.audit.ok) process.exitCode = 1;
