// The demo accounts' password: JIANDU_DEMO_PASSWORD, or one generated at the first start
// and kept beside the embedded data (readable by its owner only) so later starts can print it.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from './config.ts';

export function generatePassword(): string {
  const letters = 'abcdefghjkmnpqrstuvwxyz';
  const bytes = randomBytes(12);
  let s = '';
  for (let i = 0; i < 8; i++) s += letters[bytes[i] % letters.length];
  return `Jd-${s}-${1000 + (bytes.readUInt16BE(8) % 9000)}`;
}

export function demoPassword(config: Config): { password: string; stored: string | null } {
  if (config.demoPassword) return { password: config.demoPassword, stored: null };
  if (config.databaseUrl) return { password: generatePassword(), stored: null };
  const file = path.join(config.dataDir, 'demo-password.txt');
  if (fs.existsSync(file)) return { password: fs.readFileSync(file, 'utf8').trim(), stored: file };
  const password = generatePassword();
  fs.mkdirSync(config.dataDir, { recursive: true });
  fs.writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return { password, stored: file };
}
