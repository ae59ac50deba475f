// Runs the API test suite against a PostgreSQL server: a fresh database for the run,
// dropped afterwards. Uses DATABASE_URL if set, else the local server with trust auth.
import { spawnSync } from 'node:child_process';

const base =
  process.env.JIANDU_TEST_PG_URL || process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const run = spawnSync('node_modules/.bin/vitest', ['run', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, DATABASE_URL: base },
});
process.exit(run.status ?? 1);
