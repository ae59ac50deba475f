// npm run restore -- FILE — loads a backup into the configured database after checking the
// archive's SHA-256 against its manifest, then verifies the audit chain and compares every
// table's count with the manifest, printing both. Embedded: refused while a server holds the
// data folder; the database there is moved aside, never deleted. PostgreSQL: pg_restore
// --clean --if-exists into DATABASE_URL (stop the servers first).
import fs from 'node:fs';
import { restoreDataFolder } from '../apps/api/src/backup/embedded.ts';
import {
  type BackupManifest,
  backupStem,
  compareWithManifest,
  manifestPathOf,
  sha256File,
} from '../apps/api/src/backup/manifest.ts';
import { restorePostgres } from '../apps/api/src/backup/postgres.ts';
import { loadConfig } from '../apps/api/src/config.ts';
import { DataDirLockedError } from '../apps/api/src/db/data-dir-lock.ts';

const file = process.argv[2];
if (!file || !fs.existsSync(file)) {
  console.error('用法 / usage: npm run restore -- FILE (a .tar.gz or .dump written by npm run backup)');
  process.exit(2);
}
const manifestFile = manifestPathOf(file);
if (!fs.existsSync(manifestFile)) {
  console.error(`缺少清单 / the manifest is missing: ${manifestFile}`);
  process.exit(2);
}
const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as BackupManifest;
const config = loadConfig();
const kind = config.databaseUrl ? 'postgresql' : 'pglite';
if (manifest.database !== kind) {
  console.error(
    `这是 ${manifest.database} 的备份 / this is a ${manifest.database} backup; the configured database is ${kind}`,
  );
  process.exit(2);
}
const sha = sha256File(file);
if (sha !== manifest.sha256) {
  console.error(
    `归档已损坏或被改动 / the archive does not match its manifest: sha256 ${sha}, expected ${manifest.sha256}`,
  );
  process.exit(1);
}
console.log(`archive sha256 OK: ${sha}`);

let state: Awaited<ReturnType<typeof restorePostgres>>;
if (config.databaseUrl) state = await restorePostgres(config.databaseUrl, file);
else {
  try {
    const r = await restoreDataFolder(config.dataDir, fs.readFileSync(file), backupStem(new Date()).slice(7));
    if (r.movedAside) console.log(`the database that was there is kept in ${r.movedAside}`);
    state = r.state;
  } catch (err) {
    if (err instanceof DataDirLockedError) {
      console.error(`${err.message}\n恢复前请先停止服务 / stop the server before restoring.`);
      process.exit(3);
    }
    throw err;
  }
}

// the checkpoints signed after the backup describe events the restore has undone: kept aside, not
// deleted, so that the chain restored starts a new witnessed record (see docs/operations.md)
if (fs.existsSync(config.checkpointFile)) {
  const aside = `${config.checkpointFile}.before-restore-${backupStem(new Date()).slice(7)}`;
  fs.renameSync(config.checkpointFile, aside);
  console.log(`the checkpoint file is kept in ${aside}`);
}

console.log('table                                    manifest   restored');
for (const name of Object.keys({ ...manifest.tables, ...state.tables }).sort())
  console.log(
    `${name.padEnd(40)} ${String(manifest.tables[name] ?? '—').padStart(8)} ${String(state.tables[name] ?? '—').padStart(10)}`,
  );
console.log(`audit head  manifest: ${manifest.audit.headSeq} ${manifest.audit.headHash}`);
console.log(
  `audit head  restored: ${state.audit.headSeq} ${state.audit.headHash} (chain ${state.audit.ok ? 'verifies' : 'BROKEN'}, ${state.audit.events} events)`,
);
const diffs = compareWithManifest(manifest, state);
if (diffs.length) {
  console.error(
    `恢复结果与清单不符 / the restored database differs from the manifest:\n  ${diffs.join('\n  ')}`,
  );
  process.exitCode = 1;
} else
  console.log('恢复完成并已核对 / restored and verified: every count matches and the audit chain verifies');
