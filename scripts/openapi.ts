// npm run openapi -- FILE: writes the API's OpenAPI document (as /api/docs/json serves it) to
// FILE, for linting and for generating clients, without starting a server or opening a database
// file (the routes are built on an empty embedded database in memory).
import fs from 'node:fs';
import { buildApp } from '../apps/api/src/app.ts';
import { loadConfig } from '../apps/api/src/config.ts';
import { openPglite } from '../apps/api/src/db/pglite.ts';

const out = process.argv[2];
if (!out) {
  console.error('usage: npm run openapi -- FILE');
  process.exit(2);
}
const db = await openPglite();
const config = { ...loadConfig({}), webDist: '/nonexistent' };
const app = await buildApp({ db, config, now: () => new Date(), version: 'openapi' }, {});
await app.ready();
fs.writeFileSync(out, `${JSON.stringify(app.swagger(), null, 2)}\n`);
await app.close();
await db.close();
console.log(`OpenAPI document written to ${out}`);
