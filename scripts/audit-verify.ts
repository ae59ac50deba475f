// npm run audit:verify [-- --checkpoints FILE …] [--key PUBLIC.pem …]
// Re-walks the audit chain of the configured database and names the first event that does not
// hold; then holds the database to the signed checkpoints: the configured checkpoint file, any
// file given (a checkpoint file, a backup manifest, a saved copy of the public list), and those
// the database keeps, under the configured signing key and any public key given. Names the
// first mismatch. Exit code 0 when all holds, 1 when something does not.
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import type { SignedCheckpoint } from '../apps/api/src/audit/checkpoint.ts';
import { verifyAuditChain } from '../apps/api/src/audit/verify.ts';
import { verifyCheckpoints } from '../apps/api/src/audit/verify-checkpoints.ts';
import { readWitnessFile, trustedKeys } from '../apps/api/src/audit/witness-files.ts';
import { loadConfig } from '../apps/api/src/config.ts';
import { DataDirLockedError } from '../apps/api/src/db/data-dir-lock.ts';
import { openDatabase } from '../apps/api/src/db/open.ts';

const { values } = parseArgs({
  options: { checkpoints: { type: 'string', multiple: true }, key: { type: 'string', multiple: true } },
});
const config = loadConfig();
const files = [
  ...(fs.existsSync(config.checkpointFile) ? [config.checkpointFile] : []),
  ...(values.checkpoints ?? []),
];
const witnessed: SignedCheckpoint[] = files.flatMap(readWitnessFile);
const trusted = trustedKeys(config.keyDir, values.key ?? []);
if (trusted.size === 0) {
  console.error(
    `没有可用的公钥 / no key to check checkpoints with: none in ${config.keyDir}; give --key PUBLIC.pem`,
  );
  process.exit(2);
}

let opened: Awaited<ReturnType<typeof openDatabase>>;
try {
  opened = await openDatabase(config);
} catch (err) {
  if (err instanceof DataDirLockedError) {
    console.error(
      `${err.message}\n运行中的服务可通过管理接口校验 / while the server runs, use GET /api/v1/audit/verify as an admin.`,
    );
    process.exit(3);
  }
  throw err;
}
try {
  const r = await verifyAuditChain(opened.db);
  if (r.ok)
    console.log(
      `操作日志哈希链完整 / audit chain OK: ${r.checked} events, head ${r.headSeq} ${r.headHash} (${r.ms} ms)`,
    );
  else
    console.error(
      `操作日志哈希链已损坏 / audit chain BROKEN at event ${r.firstBroken!.seq}: ${r.firstBroken!.problem} — ${r.firstBroken!.detail}`,
    );
  const c = await verifyCheckpoints(opened.db, witnessed, trusted);
  if (c.ok)
    console.log(
      `签名检查点一致 / checkpoints OK: ${c.checkpoints} signed checkpoints (${files.length} files)${c.latest ? `, latest at event ${c.latest.seq}, ${c.latest.at}` : ''}`,
    );
  else {
    console.error(
      `签名检查点不一致 / checkpoints MISMATCH: ${c.firstMismatch!.problem} — ${c.firstMismatch!.detail}`,
    );
    for (const f of c.findings.slice(1)) console.error(`  also: ${f.problem} — ${f.detail}`);
  }
  process.exitCode = r.ok && c.ok ? 0 : 1;
} finally {
  await opened.db.close();
  opened.lock?.release();
}
