// The demo accounts' password: JIANDU_DEMO_PASSWORD, or one generated when the demo is first
// loaded and kept where every later start finds it — beside the embedded data (readable by its
// owner only), or on PostgreSQL in the demo_password table, which every process on the database
// reads. What is printed is checked against a demo account first: a password that does not
// log in is never printed.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { verifyPassword } from './access/passwords.ts';
import type { Config } from './config.ts';
import type { Db } from './db/client.ts';
import { sql } from './db/sql.ts';

export function generatePassword(): string {
  const letters = 'abcdefghjkmnpqrstuvwxyz';
  const bytes = randomBytes(12);
  let s = '';
  for (let i = 0; i < 8; i++) s += letters[bytes[i] % letters.length];
  return `Jd-${s}-${1000 + (bytes.readUInt16BE(8) % 9000)}`;
}

function fromFile(dataDir: string): string {
  const file = path.join(dataDir, 'demo-password.txt');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  const password = generatePassword();
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

/**
 * The password to load the demo with, or to print: on PostgreSQL one is generated only while no
 * user exists yet (call it under the start-up lock), else null when none was kept.
 */
export async function demoPassword(db: Db, config: Config): Promise<string | null> {
  if (config.demoPassword) return config.demoPassword;
  if (!config.databaseUrl) return fromFile(config.dataDir);
  const [kept] = await db.query<{ password: string }>(sql`SELECT password FROM demo_password`);
  if (kept) return kept.password;
  const [{ n }] = await db.query<{ n: number }>(sql`SELECT count(*)::int AS n FROM users`);
  // loaded before passwords were kept: it is not known
  if (n > 0) return null;
  const password = generatePassword();
  await db.query(sql`INSERT INTO demo_password (password) VALUES (${password})`);
  return password;
}

/** whether the password logs in to the first demo account (unless it was changed or removed) */
export async function demoPasswordWorks(db: Db, username: string, password: string): Promise<boolean> {
  const [u] = await db.query<{ password_hash: string | null }>(
    sql`SELECT password_hash FROM users WHERE username = ${username} AND active`,
  );
  return u ? verifyPassword(u.password_hash, password) : false;
}

/** where the demo password is kept, for the start-up banner */
export function demoPasswordPlace(config: Config): string {
  if (config.demoPassword) return 'JIANDU_DEMO_PASSWORD';
  return config.databaseUrl
    ? 'the database, table demo_password'
    : path.join(config.dataDir, 'demo-password.txt');
}
