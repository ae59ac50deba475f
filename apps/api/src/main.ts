// Start-up: open the database, migrate, seed on first start, serve, and close cleanly on
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
import { migrate } from './db/migrate.ts';
import { openDatabase } from './db/open.ts';
import { demoPassword } from './demo-password.ts';
import { useKeyDir } from './documents/signing/organ-credentials.ts';
import { startProposalTimer } from './domains/accountability/timer.ts';
import { startReminderMail } from './domains/inbox/mail-reminders.ts';
import { smtpMailer } from './mail/mailer.ts';
import { seedBase } from './seeds/base.ts';
import { seedDemo } from './seeds/demo.ts';
import { seedDemoAccountability } from './seeds/demo-accountability.ts';
import { seedDemoActs } from './seeds/demo-acts.ts';
import { seedDemoCases } from './seeds/demo-cases.ts';
import { DEMO_USERS } from './seeds/demo-data.ts';
import { seedDemoEvaluation } from './seeds/demo-evaluations.ts';
import { seedDemoInspections } from './seeds/demo-inspections.ts';

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

const applied = await migrate(db);
if (applied.length) console.log(`migrations applied: ${applied.join(', ')}`);
// the organs' signing keys, before the demo seals its decisions
useKeyDir(config.keyDir);
await seedBase(db, ctx.now());
let password: string | null = config.demoPassword;
if (config.seedDemo) {
  const demo = demoPassword(config);
  if (await seedDemo(db, ctx.now(), demo.password)) console.log('demo data loaded');
  const cases = await seedDemoCases(db, ctx.now());
  if (cases) console.log(`demo cases loaded: ${cases}`);
  const acts = await seedDemoActs(db, ctx.now());
  if (acts) console.log(`demo enforcement acts reported: ${acts}`);
  if (await seedDemoEvaluation(db, ctx.now())) console.log('demo case-file evaluation drawn');
  // after the demo cases, which load only into an empty case table
  const visits = await seedDemoInspections(db, ctx.now());
  if (visits) console.log(`demo campaign loaded with ${visits} on-site visits`);
  const matters = await seedDemoAccountability(db, ctx.now());
  if (matters) console.log(`demo accountability matters: ${matters}`);
  password = demo.password;
}

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

const app = await buildApp(ctx, { logger: { level: config.logLevel } });
await app.listen({ port: config.port, host: config.host });
// npm run backup asks this process for a consistent copy of the embedded database; started
// before "started in" is printed, so that nothing awaits between it and the signal handlers
const backupEndpoint = pglite ? await startBackupEndpoint(config.dataDir, pglite) : null;

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
  console.log(`  password / 密码: ${password ?? '(set when the demo data was first loaded)'}\n`);
}

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
  stopProposals();
  stopReminders();
  stopCheckpoints();
  try {
    await backupEndpoint?.close();
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
