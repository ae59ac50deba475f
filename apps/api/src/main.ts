// Start-up: open the database, listen (not ready yet), migrate and seed on first start (one
// process at a time), serve, and close cleanly on
// SIGTERM/SIGINT (an embedded database left open can leave a WAL that will not reopen).
import fs from 'node:fs';
import { ROLE_LABELS } from '@jiandu/contracts';
import { buildApp } from './app.ts';
import { startCheckpointTimer } from './audit/checkpoint-timer.ts';
import { loadOrCreateSigningKey } from './audit/signing-key.ts';
import { takeCheckpoint } from './audit/take-checkpoint.ts';
import { startBackupEndpoint } from './backup/local-endpoint.ts';
import { loadConfig } from './config.ts';
import type { AppContext } from './context.ts';
import { DataDirLockedError } from './db/data-dir-lock.ts';
import { openDatabase } from './db/open.ts';
import { demoPasswordPlace } from './demo-password.ts';
import { sharedPdfConverter } from './documents/pdf/converter.ts';
import { startPdfService } from './documents/pdf/service.ts';
import { useKeyDir } from './documents/signing/organ-credentials.ts';
import { startProposalTimer } from './domains/accountability/timer.ts';
import { startReminderMail } from './domains/inbox/mail-reminders.ts';
import type { Readiness } from './http/readiness.ts';
import { smtpMailer } from './mail/mailer.ts';
import { DEMO_USERS } from './seeds/demo-data.ts';
import { prepareDatabase } from './seeds/prepare.ts';

const started = performance.now();
const config = loadConfig();
const version = JSON.parse(fs.readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'))
  .version as string;

let opened: Awaited<ReturnType<typeof openDatabase>>;
try {
  opened = await openDatabase(config);
} catch (err) {
  if (err instanceof DataDirLockedError) {
    console.error(err.message);
    process.exit(3);
  }
  throw err;
}
const { db, lock, pglite } = opened;
// JIANDU_CLOCK (training and tests) shifts the clock; otherwise it is the machine's
const offset = config.clockStart ? config.clockStart.getTime() - Date.now() : 0;
const mailer = config.smtpUrl ? smtpMailer(config.smtpUrl, config.mailFrom) : null;
const ctx: AppContext = { db, config, now: () => new Date(Date.now() + offset), version, mailer };
if (offset) console.log(`clock set to ${ctx.now().toISOString()} (JIANDU_CLOCK)`);

// listening from the start, so a load balancer sees the process and learns (readiness) that it
// is not ready while it migrates and seeds, or waits for another process doing so
const readiness: Readiness = { state: 'starting' };
const app = await buildApp(ctx, { logger: { level: config.logLevel }, readiness });
await app.listen({ port: config.port, host: config.host });
// the organs' signing keys, before the demo seals its decisions
useKeyDir(config.keyDir);
const { password } = await prepareDatabase(db, config, ctx.now, console.log);

// the chain as it stands at start (the last checkpoint pins what came before; a change made
// while the server was stopped shows against it, not here)
const signingKey = loadOrCreateSigningKey(config.keyDir);
const checkpoint = async (reason: 'start' | 'stop') => {
  const cp = await takeCheckpoint(db, signingKey, { now: ctx.now(), reason, file: config.checkpointFile });
  // what the database no longer holds to: said loudly, and signed into the checkpoint for good
  for (const f of cp ? JSON.parse(cp.body).findings : [])
    console.error(`审计检查点发现 / audit checkpoint finding: ${f.problem} — ${f.detail}`);
};
await checkpoint('start');
readiness.state = 'ready';
// npm run backup asks this process for a consistent copy of the embedded database
const backupEndpoint = pglite ? await startBackupEndpoint(config.dataDir, pglite) : null;
// this process converts PDFs for the others (JIANDU_PDF_LISTEN), they start no LibreOffice
const pdfService =
  config.pdfListen && config.pdfToken
    ? await startPdfService(config.pdfListen, config.pdfToken, sharedPdfConverter())
    : null;
if (pdfService) console.log(`PDF conversion for other processes on ${config.pdfListen} (JIANDU_PDF_LISTEN)`);

const stopProposals = startProposalTimer(db, ctx.now, config.proposalsEveryHours, console.log);
const stopReminders = startReminderMail(
  db,
  mailer,
  {
    now: ctx.now,
    everyMinutes: config.remindMailEveryMinutes,
    remindWorkingDays: config.remindWorkingDays,
    publicUrl: config.publicUrl,
  },
  console.log,
);
const stopCheckpoints = startCheckpointTimer(
  db,
  signingKey,
  { now: ctx.now, everyMinutes: config.checkpointEveryMinutes, file: config.checkpointFile },
  console.log,
);
if (config.smtpUrl)
  console.log(`reminder mail: every ${config.remindMailEveryMinutes} min (JIANDU_SMTP_URL)`);

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  console.log(`${signal}: closing`);
  readiness.state = 'stopping';
  try {
    // a timer's run in progress ends before the database closes under it
    await Promise.all([stopProposals(), stopReminders(), stopCheckpoints()]);
    await backupEndpoint?.close();
    await pdfService?.close();
    await app.close();
    await checkpoint('stop').catch((e) => console.error(`audit checkpoint failed: ${e.message}`));
    await db.close();
  } finally {
    lock?.release();
    process.exit(0);
  }
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));

// printed last: a test or a supervisor that sees "started in" may signal at once, and the
// handlers above must already be there (a signal before them kills the process outright)
const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
console.log(
  `\n监督 Jiandu ${version} — ${url}  (database: ${db.kind}; started in ${Math.round(performance.now() - started)} ms)`,
);
console.log(`API docs: ${url}/api/docs`);
if (config.seedDemo) {
  console.log('\n演示账号 Demo logins:');
  for (const u of DEMO_USERS)
    console.log(
      `  ${u.username.padEnd(16)} ${ROLE_LABELS[u.role].zh} (${u.role}) — ${u.organisation} ${u.displayName}`,
    );
  console.log(
    password
      ? `  password / 密码: ${password}  (kept in ${demoPasswordPlace(config)})\n`
      : `  password / 密码: (not known: the demo accounts' password was set when the demo data was first loaded, or changed since; looked in ${demoPasswordPlace(config)})\n`,
  );
}
