#!/usr/bin/env node
// Builds the web UI into apps/web/dist with Vite. With --if-stale the build is skipped when
// apps/web/dist/index.html is newer than every source it is built from (npm start, e2e).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = path.join(root, 'apps/web/dist/index.html');
const sources = [
  'apps/web/src',
  'apps/web/public',
  'apps/web/index.html',
  'apps/web/vite.config.ts',
  'packages/contracts/src',
].map((p) => path.join(root, p));

/** The newest modification time of a file, or of any file under a folder (0 when absent). */
function newest(p) {
  let st;
  try {
    st = fs.statSync(p);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return st.mtimeMs;
  let max = 0;
  for (const entry of fs.readdirSync(p)) max = Math.max(max, newest(path.join(p, entry)));
  return max;
}

if (process.argv.includes('--if-stale') && fs.existsSync(built)) {
  const builtAt = fs.statSync(built).mtimeMs;
  if (sources.every((s) => newest(s) < builtAt)) {
    console.log('web UI is up to date (apps/web/dist); skipping the build');
    process.exit(0);
  }
}

const vite = path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'vite.cmd' : 'vite');
const child = spawn(vite, ['build', '--config', 'apps/web/vite.config.ts'], {
  cwd: root,
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
child.on('error', (err) => {
  console.error(`could not run ${vite}: ${err.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => {
  if (signal) console.error(`vite build stopped by ${signal}`);
  process.exit(code ?? 1);
});
