// Configuration from the environment; README lists every variable.
import path from 'node:path';

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | null;
  dataDir: string;
  demoPassword: string | null;
  seedDemo: boolean;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  secureCookies: boolean;
  loginRateLimit: number;
  /** the inbox warns of a deadline this many working days ahead */
  remindWorkingDays: number;
  logLevel: string;
  webDist: string;
  /** training and tests only: the server's clock starts at this instant and runs on */
  clockStart: Date | null;
  /** the address the public reaches the system at, printed in QR codes; else the request's own */
  publicUrl: string | null;
  /** how often the accountability proposals run on their own (第四章); 0 turns the timer off */
  proposalsEveryHours: number;
  /** reminder mail: the SMTP server (smtp:// or smtps:// URL); none sends no mail */
  smtpUrl: string | null;
  mailFrom: string;
  /** how often new reminders are mailed, in minutes; 0 turns the timer off */
  remindMailEveryMinutes: number;
  /** the signing keys (checkpoints, the organs' PDF signatures): outside the database and its backups */
  keyDir: string;
  /** the append-only file every signed checkpoint is written to */
  checkpointFile: string;
  /** how often the audit chain is checkpointed, in minutes; 0 turns the timer off */
  checkpointEveryMinutes: number;
}

function int(name: string, fallback: number): number {
  const v = process.env[name];
  if (v === undefined || v === '') return fallback;
  const n = Number.parseInt(v, 10);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got "${v}"`);
  return n;
}

function clock(v: string | undefined): Date | null {
  if (!v) return null;
  const d = new Date(v);
  if (Number.isNaN(d.getTime())) throw new Error(`JIANDU_CLOCK must be an ISO date-time, got "${v}"`);
  return d;
}

export function loadConfig(env = process.env): Config {
  const dataDir = path.resolve(env.JIANDU_DATA_DIR || './data');
  return {
    port: int('PORT', 3000),
    host: env.HOST || '127.0.0.1',
    databaseUrl: env.DATABASE_URL || null,
    dataDir,
    demoPassword: env.JIANDU_DEMO_PASSWORD || null,
    seedDemo: env.JIANDU_SEED_DEMO !== 'false',
    sessionIdleMinutes: int('JIANDU_SESSION_IDLE_MINUTES', 30),
    sessionMaxHours: int('JIANDU_SESSION_MAX_HOURS', 12),
    secureCookies: env.JIANDU_SECURE_COOKIES === 'true',
    loginRateLimit: int('JIANDU_LOGIN_RATE_LIMIT', 20),
    remindWorkingDays: int('JIANDU_REMIND_DAYS', 3),
    logLevel: env.LOG_LEVEL || 'info',
    webDist: path.resolve(env.JIANDU_WEB_DIST || 'apps/web/dist'),
    clockStart: clock(env.JIANDU_CLOCK),
    publicUrl: env.JIANDU_PUBLIC_URL || null,
    proposalsEveryHours: int('JIANDU_PROPOSALS_EVERY_HOURS', 24),
    smtpUrl: env.JIANDU_SMTP_URL || null,
    mailFrom: env.JIANDU_MAIL_FROM || '行政执法监督信息系统 <jiandu@localhost>',
    remindMailEveryMinutes: int('JIANDU_REMIND_MAIL_EVERY_MINUTES', 60),
    // beside the database folder (pgdata), which is what a backup copies
    keyDir: path.resolve(env.JIANDU_KEY_DIR || path.join(dataDir, 'keys')),
    checkpointFile: path.resolve(env.JIANDU_CHECKPOINT_FILE || path.join(dataDir, 'checkpoints.jsonl')),
    checkpointEveryMinutes: int('JIANDU_CHECKPOINT_EVERY_MINUTES', 15),
  };
}
