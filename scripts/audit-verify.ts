// npm run audit:verify — re-walks the audit chain of the configured database and names the
// first event that does not hold. Exit code 0 when the chain is whole, 1 when it is broken.
import { verifyAuditChain } from '../apps/api/src/audit/verify.ts';
import { loadConfig } from '../apps/api/src/config.ts';
import { DataDirLockedError } from '../apps/api/src/db/data-dir-lock.ts';
import { openDatabase } from '../apps/api/src/db/open.ts';

const config = loadConfig();
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
  process.exitCode = r.ok ? 0 : 1;
} finally {
  await opened.db.close();
  opened.lock?.release();
}
