// npm run bench — start-up, memory and request rates of the server, on loopback, each load
// bounded in time, then documents per second. On the embedded database, or with DATABASE_URL on
// a scratch database of that PostgreSQL server, dropped afterwards. Each rate is also given as a
// share of fastify's hello-world measured in the same run. Prints figures; asserts nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import { type ScratchDatabase, scratchDatabase } from '../test/helpers/scratch-db.ts';
import { freePort, spawnServer } from '../test/helpers/server-process.ts';
import { benchDocuments } from './documents.ts';

const SECONDS = Number(process.env.BENCH_SECONDS || 5);
const PASSWORD = 'Bench-pass-2026';

async function startServer(dataDir: string, port: number, databaseUrl: string) {
  const t0 = performance.now();
  const server = spawnServer({
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    JIANDU_DATA_DIR: dataDir,
    JIANDU_DEMO_PASSWORD: PASSWORD,
    JIANDU_LOGIN_RATE_LIMIT: '1000',
  });
  await server.started;
  return { server, ms: Math.round(performance.now() - t0) };
}

function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024);
}

/** the hello-world's rate in this run, once measured: every other rate is told as a share of it */
let ceilingRate = 0;

async function load(
  title: string,
  url: string,
  headers: Record<string, string> = {},
  // a path of its own for each request (the requests are then not answered from memory)
  pathOf?: (n: number) => string,
) {
  let n = 0;
  const requests: autocannon.Request[] | undefined = pathOf
    ? [{ setupRequest: (req) => ({ ...req, path: pathOf(n++) }) }]
    : undefined;
  const r = await autocannon({ url, connections: 20, duration: SECONDS, headers, requests });
  const rate = r.requests.average;
  const share = ceilingRate ? `${((rate / ceilingRate) * 100).toFixed(1).padStart(5)} % of hello` : '';
  console.log(
    `${title.padEnd(44)} ${String(Math.round(rate)).padStart(7)} req/s ${share}  p50 ${r.latency.p50} ms   p99 ${r.latency.p99} ms   non-2xx ${r.non2xx}   errors ${r.errors}`,
  );
  return rate;
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiandu-bench-'));
const pgBase = process.env.DATABASE_URL || '';
const scratch: ScratchDatabase | null = pgBase
  ? await scratchDatabase(pgBase, `jiandu_bench_${process.pid}`)
  : null;
try {
  console.log(`database: ${scratch ? 'PostgreSQL (a scratch database)' : 'embedded (PGlite)'}`);
  const port = await freePort();
  const first = await startServer(dataDir, port, scratch?.url ?? '');
  console.log(`first start (migrate, calendar, demo seed and cases): ${first.ms} ms`);
  await first.server.stop();
  const again = await startServer(dataDir, port, scratch?.url ?? '');
  console.log(`start on an existing database:                   ${again.ms} ms`);
  console.log(`RSS after start:                                 ${rssMb(again.server.child.pid!)} MB`);

  const base = `http://127.0.0.1:${port}`;
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'city-sup1', password: PASSWORD }),
  });
  const cookie = res.headers.get('set-cookie')!.split(';')[0];

  const ceiling = Fastify();
  ceiling.get('/', async () => ({ hello: 'world' }));
  const ceilingPort = await freePort();
  await ceiling.listen({ port: ceilingPort, host: '127.0.0.1' });
  console.log(`\nloopback, 20 connections, ${SECONDS} s each:`);
  ceilingRate = await load('fastify hello world (ceiling)', `http://127.0.0.1:${ceilingPort}/`);
  await ceiling.close();
  await load('GET /api/v1/health (one SELECT 1)', `${base}/api/v1/health`);
  await load(
    'GET /api/v1/calendar/deadline (logged in)',
    `${base}/api/v1/calendar/deadline?from=2024-09-27&workingDays=5`,
    { cookie },
  );
  await load('GET /api/v1/organisations/tree (city, 100 orgs)', `${base}/api/v1/organisations/tree`, {
    cookie,
  });
  await load(
    'GET /api/v1/organisations?q=市场 (city)',
    `${base}/api/v1/organisations?q=${encodeURIComponent('市场')}`,
    { cookie },
  );
  const list = await (await fetch(`${base}/api/v1/cases?limit=20`, { headers: { cookie } })).json();
  // a list or a case page asked again is answered from what the process keeps under the change
  // stamps (docs/scale.md) until a case is written anywhere; the same reads made afresh are
  // measured by asking a page not asked before (more pages than the process keeps) and a case
  // after each write, which the first stands for here
  await load('GET /api/v1/cases (city, 20 a page)', `${base}/api/v1/cases?limit=20`, { cookie });
  await load('GET /api/v1/cases/:id (case page)', `${base}/api/v1/cases/${list.items[0].id}`, { cookie });
  await load('GET /api/v1/cases (city, each request a new page)', `${base}/api/v1/cases`, { cookie }, (i) => {
    // 1,000 different pages in turn (limit 1–50 × offset 0–19): more than the 500 lists kept
    const k = i % 1000;
    return `/api/v1/cases?limit=${(k % 50) + 1}&offset=${Math.floor(k / 50)}`;
  });
  await load('GET /api/v1/regulation/jincheng-2021 (public)', `${base}/api/v1/regulation/jincheng-2021`);
  console.log(`RSS after load:                                  ${rssMb(again.server.child.pid!)} MB`);

  const adminRes = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'city-admin', password: PASSWORD }),
  });
  const adminCookie = adminRes.headers.get('set-cookie')!.split(';')[0];
  const v = await (await fetch(`${base}/api/v1/audit/verify`, { headers: { cookie: adminCookie } })).json();
  console.log(`\naudit chain verify: ${v.checked} events in ${v.ms} ms (${v.ok ? 'ok' : 'BROKEN'})`);
  await again.server.stop();
  await benchDocuments();
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true });
  await scratch?.drop();
}
