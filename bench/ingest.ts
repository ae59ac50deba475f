// npm run bench:ingest — acts per second through the bulk API (HTTP on loopback, every warning
// rule on, audited) into PostgreSQL and into PGlite, beside the raw COPY of the same rows into
// the same tables of the same database in the same run; the rules' own cost per act; and the
// time to re-check after a certificate is seized with a million acts stored. Prints figures.
import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { checkAct, type EnforcementAct } from '@jiandu/procedure';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { buildApp } from '../apps/api/src/app.ts';
import { loadConfig } from '../apps/api/src/config.ts';
import type { AppContext } from '../apps/api/src/context.ts';
import type { Db } from '../apps/api/src/db/client.ts';
import { migrate } from '../apps/api/src/db/migrate.ts';
import { openPglite } from '../apps/api/src/db/pglite.ts';
import { openPostgres } from '../apps/api/src/db/postgres.ts';
import { sql } from '../apps/api/src/db/sql.ts';
import { certificatesOf, contextFor, qualificationsOf } from '../apps/api/src/domains/acts/rule-context.ts';
import { seedBase } from '../apps/api/src/seeds/base.ts';
import { seedDemo } from '../apps/api/src/seeds/demo.ts';

const PASSWORD = 'Bench-pass-2026';
const NOW = new Date('2026-11-26T02:00:00Z');
const ACTS = Number(process.env.BENCH_ACTS || 20_000);
const ONLY = process.env.BENCH_ONLY;
const BATCH = Number(process.env.BENCH_BATCH || 2_000);
const STORED = Number(process.env.BENCH_STORED_ACTS || 1_000_000);
/** batches a round: the API posts them (some in flight at once), then COPY copies the same rows */
const ROUND = 5;
const PG_URL =
  process.env.BENCH_PG_URL || process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

interface Setup {
  agencyId: string;
  regionCode: string;
  /** officers with a valid certificate, and those without (the demo has one expired, one seized) */
  officers: { number: string; id: string }[];
  lapsed: { number: string; id: string }[];
  /** who reports: the same user on both paths, so both check the same foreign keys */
  liaisonId: string;
}

function generate(n: number, s: Setup, prefix: string) {
  const kinds = ['penalty', 'inspection', 'licensing', 'coercion'] as const;
  return Array.from({ length: n }, (_, i) => {
    // one act in a hundred names an officer whose certificate was not valid that day
    const a = i % 100 === 7 ? s.lapsed[i % s.lapsed.length] : s.officers[i % s.officers.length];
    const b = s.officers[(i + 1) % s.officers.length];
    const day = `2026-${String(1 + (i % 11)).padStart(2, '0')}-${String(1 + (i % 26)).padStart(2, '0')}`;
    return {
      caseNumber: `${prefix}〔2026〕${i + 1}号`,
      kind: kinds[i % kinds.length],
      area: '市场监管',
      decisionDate: day,
      officers: i % 50 === 0 ? [a.number] : [a.number, b.number],
      parties: [{ name: `当事人${i}`, kind: i % 3 ? 'organisation' : 'person' }],
      facts: '经查，当事人销售不符合食品安全标准的食品。',
      legalBasis: i % 97 === 0 ? [] : ['《中华人民共和国食品安全法》第一百二十四条'],
      sealPresent: i % 61 !== 0,
      discretionLevel: i % 43 === 0 ? null : '一般',
      deadlines: [{ label: '作出处罚决定', due: day, metOn: day }],
      fullRecord: i % 71 !== 0,
      outcome: '罚款',
    };
  });
}

async function setup(db: Db): Promise<Setup> {
  await migrate(db);
  await seedBase(db, NOW);
  await seedDemo(db, NOW, PASSWORD);
  const [agency] = await db.query<{ id: string; region_code: string }>(
    sql`SELECT id, region_code FROM organisations WHERE name = '泽州县市场监督管理局'`,
  );
  const all = await db.query<{ number: string; id: string; ok: boolean }>(sql`
    SELECT c.number, o.id, (c.status = 'valid' AND c.valid_until >= '2026-11-26') AS ok
    FROM certificates c JOIN officers o ON o.id = c.officer_id
    WHERE o.organisation_id = ${agency.id} AND c.kind = 'enforcement' ORDER BY c.number`);
  const strip = ({ number, id }: { number: string; id: string }) => ({ number, id });
  const [liaison] = await db.query<{ id: string }>(
    sql`SELECT id FROM users WHERE username = 'zezhou-liaison'`,
  );
  return {
    liaisonId: liaison.id,
    agencyId: agency.id,
    regionCode: agency.region_code,
    officers: all.filter((o) => o.ok).map(strip),
    lapsed: all.filter((o) => !o.ok).map(strip),
  };
}

/**
 * The API path (HTTP on loopback, as the liaison) and the raw COPY of the same rows, round by
 * round in turn: both meet the same table sizes and the same machine, so drift in either
 * (autovacuum, a neighbour's load) falls on both sides alike. In a round the client has
 * `inFlight` batches under way at once, as a bulk loader keeps its connection busy; the COPY
 * side copies the same rows batch after batch on one connection.
 */
async function apiBesideCopy(db: Db, s: Setup, inFlight: number, prefix: string) {
  const ctx: AppContext = {
    db,
    config: { ...loadConfig({}), loginRateLimit: 1000, webDist: '/nonexistent', logLevel: 'warn' },
    now: () => NOW,
    version: 'bench',
  };
  const app = await buildApp(ctx, { logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'zezhou-liaison', password: PASSWORD }),
  });
  const cookie = login.headers.get('set-cookie')!.split(';')[0];
  const csrf = (await login.json()).csrfToken as string;
  const acts = generate(ACTS, s, prefix);
  // the loader runs in its own process: its HTTP work is not the server's
  const client = fork(path.join(import.meta.dirname, 'ingest-client.ts'), [], {
    execArgv: ['--import', 'tsx'],
  });
  const post = (bodies: string[]) =>
    new Promise<{ ms: number; warnings: number }>((resolve, reject) => {
      client.once('message', (m: { ms: number; warnings: number; error?: string }) =>
        m.error ? reject(new Error(m.error)) : resolve(m),
      );
      client.send({ url: `${base}/api/v1/acts/batch`, cookie, csrf, bodies, inFlight });
    });
  let warnings = 0;
  let apiMs = 0;
  let copyMs = 0;
  for (let i = 0; i < acts.length; i += BATCH * ROUND) {
    // the client's own work (the JSON, the CSV) is done before each clock starts
    const bodies: string[] = [];
    const csvs: ReturnType<typeof csvRows>[] = [];
    for (let j = i; j < Math.min(acts.length, i + BATCH * ROUND); j += BATCH) {
      bodies.push(JSON.stringify({ agencyId: s.agencyId, atomic: true, acts: acts.slice(j, j + BATCH) }));
      csvs.push(csvRows(Math.min(BATCH, ACTS - j), s, `C${prefix}${j}-`));
    }
    const r = await post(bodies);
    warnings += r.warnings;
    apiMs += r.ms;
    for (const csv of csvs) copyMs += await copyRows(db, csv);
  }
  client.disconnect();
  await app.close();
  return { rate: (ACTS * 1000) / apiMs, copyRate: (ACTS * 1000) / copyMs, warnings };
}

/** the same rows as CSV, for COPY into enforcement_acts, act_keys and act_officers */
function csvRows(n: number, s: Setup, prefix: string) {
  const q = (v: string) => `"${v.replace(/"/g, '""')}"`;
  const byNumber = new Map([...s.officers, ...s.lapsed].map((o) => [o.number, o.id]));
  const acts: string[] = [];
  const keys: string[] = [];
  const links: string[] = [];
  for (const a of generate(n, s, prefix)) {
    const id = randomUUID();
    acts.push(
      [
        id,
        s.agencyId,
        s.regionCode,
        q(a.caseNumber),
        a.kind,
        q(a.area),
        a.decisionDate,
        q(JSON.stringify(a.parties)),
        q(a.facts),
        q(JSON.stringify(a.legalBasis)),
        a.sealPresent,
        a.discretionLevel ? q(a.discretionLevel) : '',
        q(JSON.stringify(a.deadlines)),
        a.fullRecord,
        q(a.outcome),
        '0'.repeat(64),
        NOW.toISOString(),
        s.liaisonId,
      ].join(','),
    );
    keys.push([s.agencyId, q(a.caseNumber), id, a.decisionDate, '0'.repeat(64), s.regionCode].join(','));
    for (const o of new Set(a.officers))
      links.push(`${id},${byNumber.get(o)},${a.decisionDate},${s.regionCode}`);
  }
  return { acts: `${acts.join('\n')}\n`, keys: `${keys.join('\n')}\n`, links: `${links.join('\n')}\n` };
}

const ACT_COLS =
  'id, agency_id, region_code, case_number, kind, area, decision_date, parties, facts, legal_basis, seal_present, discretion_level, deadlines, full_record, outcome, content_sha256, reported_at, reported_by';

const KEY_COLS = 'agency_id, case_number, act_id, decision_date, content_sha256, region_code';

const LINK_COLS = 'act_id, officer_id, decision_date, region_code';

/** the act, its key (agency and case number, unique across the year partitions) and its officers */
async function copyRows(db: Db, csv: { acts: string; keys: string; links: string }) {
  const t0 = performance.now();
  if (db.kind === 'postgresql') {
    const client = await (db as Db & { pool: pg.Pool }).pool.connect();
    try {
      await pipeline(
        Readable.from([csv.acts]),
        client.query(copyFrom(`COPY enforcement_acts (${ACT_COLS}) FROM STDIN (FORMAT csv)`)),
      );
      await pipeline(
        Readable.from([csv.keys]),
        client.query(copyFrom(`COPY act_keys (${KEY_COLS}) FROM STDIN (FORMAT csv)`)),
      );
      await pipeline(
        Readable.from([csv.links]),
        client.query(copyFrom(`COPY act_officers (${LINK_COLS}) FROM STDIN (FORMAT csv)`)),
      );
    } finally {
      client.release();
    }
  } else {
    const pgl = (db as Db & { pg: import('@electric-sql/pglite').PGlite }).pg;
    await pgl.query(`COPY enforcement_acts (${ACT_COLS}) FROM '/dev/blob' (FORMAT csv)`, [], {
      blob: new Blob([csv.acts]),
    });
    await pgl.query(`COPY act_keys (${KEY_COLS}) FROM '/dev/blob' (FORMAT csv)`, [], {
      blob: new Blob([csv.keys]),
    });
    await pgl.query(`COPY act_officers (${LINK_COLS}) FROM '/dev/blob' (FORMAT csv)`, [], {
      blob: new Blob([csv.links]),
    });
  }
  return performance.now() - t0;
}

async function rulesCost(db: Db, s: Setup) {
  const acts = generate(ACTS, s, 'R');
  const byNumber = new Map(s.officers.map((o) => [o.number, o.id]));
  const certs = await certificatesOf(
    db,
    s.officers.map((o) => o.id),
  );
  const quals = await qualificationsOf(db, [s.agencyId]);
  const t0 = performance.now();
  let n = 0;
  for (const a of acts) {
    const ids = a.officers.map((o) => byNumber.get(o)!);
    const facts: EnforcementAct = { ...a, agencyId: s.agencyId, officerIds: ids };
    n += checkAct(facts, contextFor(ids, s.agencyId, certs, quals, '2026-11-26')).length;
  }
  return { usPerAct: ((performance.now() - t0) * 1000) / acts.length, warnings: n };
}

async function recheckAfterSeizure(db: Db, s: Setup, stored: number) {
  // a million acts stored in chunks by COPY, then one certificate seized through the use case
  for (let done = 0; done < stored; done += 100_000)
    await copyRows(db, csvRows(Math.min(100_000, stored - done), s, `S${done}`));
  const { actOnCertificate } = await import('../apps/api/src/domains/officers/service.ts');
  const { actorByUsername } = await import('../apps/api/src/access/load-actor.ts');
  const { auditActor } = await import('../apps/api/src/access/actor.ts');
  const head = (await actorByUsername(db, 'zezhou-head'))!;
  const [cert] = await db.query<{ id: string; version: number }>(
    sql`SELECT id, version FROM certificates WHERE number = ${s.officers[0].number}`,
  );
  const t0 = performance.now();
  const r = await actOnCertificate(
    { db, actor: head, audit: { actor: auditActor(head), requestId: 'bench', now: NOW } },
    cert.id,
    { version: cert.version, action: 'seize', reason: '基准测试' },
  );
  return { ms: performance.now() - t0, recheck: r.recheck };
}

async function run(kind: 'postgresql' | 'pglite') {
  let db: Db;
  let cleanup: () => Promise<void>;
  if (kind === 'postgresql') {
    const admin = new pg.Client({ connectionString: PG_URL });
    try {
      await admin.connect();
    } catch {
      console.log(`PostgreSQL: not reachable at ${PG_URL.replace(/\/\/[^@]*@/, '//')}, skipped`);
      return;
    }
    const name = `jiandu_bench_${process.pid}`;
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(PG_URL);
    url.pathname = `/${name}`;
    db = await openPostgres(url.toString());
    cleanup = async () => {
      await db.close();
      await admin.query(`DROP DATABASE ${name}`);
      await admin.end();
    };
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiandu-ingest-'));
    db = await openPglite({ dataDir: dir });
    cleanup = async () => {
      await db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    };
  }
  try {
    const s = await setup(db);
    console.log(`\n${kind}: ${ACTS.toLocaleString()} acts a run, batches of ${BATCH}`);
    for (const inFlight of [1, 2]) {
      const api = await apiBesideCopy(db, s, inFlight, inFlight === 1 ? '泽市监罚' : '泽市监处');
      console.log(
        `  bulk API, ${inFlight} batch${inFlight > 1 ? 'es' : ''} in flight (HTTP, validation, 8 rules, warnings, audit): ${Math.round(api.rate).toLocaleString()} acts/s (${api.warnings} warnings, ${(api.warnings / ACTS).toFixed(2)} an act)`,
      );
      console.log(
        `    raw COPY of the same rows, same batches, in turn:   ${Math.round(api.copyRate).toLocaleString()} acts/s`,
      );
      console.log(`    ratio to COPY: ${(api.rate / api.copyRate).toFixed(2)}× (${inFlight} in flight)`);
    }
    // for comparison: the same number of rows in one COPY statement a table
    const oneCopyRate = (ACTS * 1000) / (await copyRows(db, csvRows(ACTS, s, 'O')));
    console.log(
      `  raw COPY of as many rows in one statement a table:     ${Math.round(oneCopyRate).toLocaleString()} acts/s`,
    );
    if (kind === 'postgresql') {
      const rules = await rulesCost(db, s);
      console.log(
        `  rules alone, in process:                              ${rules.usPerAct.toFixed(1)} µs/act`,
      );
    }
    const stored = kind === 'postgresql' ? STORED : Math.min(STORED, 200_000);
    const seize = await recheckAfterSeizure(db, s, stored);
    console.log(
      `  seize a certificate with ${(stored + 5 * ACTS).toLocaleString()} acts stored: ${seize.ms.toFixed(1)} ms (re-checked ${seize.recheck.checked} acts of that officer from that day)`,
    );
  } finally {
    await cleanup();
  }
}

if (ONLY !== 'pglite') await run('postgresql');
if (ONLY !== 'postgresql') await run('pglite');
