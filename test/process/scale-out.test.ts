// Three server processes on one PostgreSQL database, as a deployment behind a load balancer
// runs them: a first start of all three at once seeds once (the others wait, not ready, and
// proceed), all print the one demo password that logs in, the timers (reminder mail,
// accountability proposals) run once between them, the rate limit per client address holds
// across them, and a stopped database is answered 503 with Retry-After, logged once, until it
// is back. PostgreSQL only (npm run test:pg); the stopped database is a private cluster.
import http from 'node:http';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCKS } from '../../apps/api/src/db/client.ts';
import { type PrivateCluster, privateCluster } from '../helpers/private-cluster.ts';
import {
  freePort,
  type ProcessGround,
  processGround,
  type ServerProcess,
  spawnServer,
} from '../helpers/server-process.ts';
import { readMail, startSmtpCatcher } from '../helpers/smtp-catcher.ts';

const onPg = Boolean(process.env.DATABASE_URL);
const LOGIN_LIMIT = 5;

let ground: ProcessGround;
let ports: number[] = [];
let servers: ServerProcess[] = [];
let smtp: Awaited<ReturnType<typeof startSmtpCatcher>>;
let admin: pg.Client;

beforeAll(async () => {
  if (!onPg) return;
  ground = await processGround('scaleout');
  ports = [ground.port, await freePort(), await freePort()];
  smtp = await startSmtpCatcher();
  admin = new pg.Client({ connectionString: ground.databaseUrl });
  await admin.connect();
});
afterAll(async () => {
  if (!onPg) return;
  for (const s of servers) s.child.kill('SIGKILL');
  await Promise.all(servers.map((s) => s.exited));
  await admin?.end();
  await smtp?.close();
  await ground?.clear(null);
});

function startThree(env: Record<string, string> = {}) {
  servers = ports.map((port) =>
    spawnServer({
      PORT: String(port),
      JIANDU_DATA_DIR: ground.dataDir,
      DATABASE_URL: ground.databaseUrl,
      JIANDU_PROPOSALS_EVERY_HOURS: '0',
      JIANDU_LOGIN_RATE_LIMIT: String(LOGIN_LIMIT),
      LOG_LEVEL: 'warn',
      ...env,
    }),
  );
  return Promise.all(servers.map((s) => s.started));
}
async function stopAll() {
  for (const code of await Promise.all(servers.map((s) => s.stop()))) expect(code).toBe(0);
  servers = [];
}

/** a request from a loopback address of one's choosing: the rate limit counts per client address */
function request(
  port: number,
  method: string,
  path: string,
  body?: unknown,
  from = '127.0.0.1',
): Promise<{ status: number; headers: http.IncomingHttpHeaders; json: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const data = body === undefined ? undefined : JSON.stringify(body);
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        localAddress: from,
        headers: data ? { 'content-type': 'application/json' } : {},
      },
      (res) => {
        let text = '';
        res.on('data', (d) => {
          text += d;
        });
        res.on('end', () =>
          resolve({ status: res.statusCode!, headers: res.headers, json: text ? JSON.parse(text) : {} }),
        );
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}

async function until(what: string, check: () => Promise<boolean>, timeoutMs = 60_000) {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

const printedPassword = (s: ServerProcess) => /password \/ 密码: (\S+)/.exec(s.output())?.[1];

describe.runIf(onPg)('three processes on one PostgreSQL', () => {
  it('first start of three at once: not ready while another migrates and seeds, the demo loaded once, one printed password that logs in everywhere', async () => {
    // a fourth party holds the start-up lock, as a process migrating would
    const holder = new pg.Client({ connectionString: ground.databaseUrl });
    await holder.connect();
    await holder.query('SELECT pg_advisory_lock($1)', [LOCKS.startup]);
    const all = startThree();
    all.catch(() => undefined);
    for (const port of ports) {
      await until(`port ${port} listening`, () =>
        request(port, 'GET', '/api/v1/health/live').then(
          () => true,
          () => false,
        ),
      );
      const ready = await request(port, 'GET', '/api/v1/health/ready');
      expect(ready.status).toBe(503);
      expect(ready.headers['retry-after']).toBeDefined();
      expect(ready.json.title_en).toBe('Service unavailable');
      expect((await request(port, 'GET', '/api/v1/health/live')).json).toMatchObject({
        live: true,
        state: 'starting',
      });
      // nothing else is served meanwhile
      expect((await request(port, 'GET', '/api/v1/regulation')).status).toBe(503);
    }
    await holder.end();
    await all;

    const outputs = servers.map((s) => s.output());
    expect(outputs.filter((o) => o.includes('demo data loaded'))).toHaveLength(1);
    expect(outputs.filter((o) => o.includes('demo cases loaded'))).toHaveLength(1);
    for (const o of outputs) expect(o).not.toMatch(/duplicate key|already exists|unhandled error/);
    const [{ n: regions }] = (await admin.query('SELECT count(*)::int AS n FROM regions')).rows;
    const [{ n: cities }] = (await admin.query("SELECT count(*)::int AS n FROM regions WHERE level = 'city'"))
      .rows;
    expect(regions).toBeGreaterThan(1);
    expect(cities).toBe(1);

    const passwords = servers.map(printedPassword);
    expect(passwords[0]).toMatch(/^Jd-/);
    expect(new Set(passwords).size).toBe(1);
    for (const port of ports) {
      expect((await request(port, 'GET', '/api/v1/health/ready')).status).toBe(200);
      const login = await request(port, 'POST', '/api/v1/auth/login', {
        username: 'city-admin',
        password: passwords[0],
      });
      expect(login.status).toBe(200);
    }
  }, 240_000);

  it('a later start prints the same password, and it still logs in', async () => {
    const before = printedPassword(servers[0]);
    await stopAll();
    await startThree();
    for (const s of servers) expect(printedPassword(s)).toBe(before);
    for (const s of servers) expect(s.output()).not.toContain('demo data loaded');
    const login = await request(ports[1], 'POST', '/api/v1/auth/login', {
      username: 'city-sup1',
      password: before,
    });
    expect(login.status).toBe(200);
  }, 180_000);

  it('the login rate limit per client address holds across the three processes (JIANDU_LOGIN_RATE_LIMIT)', async () => {
    const codes: number[] = [];
    for (let i = 0; i < LOGIN_LIMIT + 3; i++)
      codes.push(
        (
          await request(
            ports[i % 3],
            'POST',
            '/api/v1/auth/login',
            { username: 'nobody', password: 'wrong-password' },
            '127.0.0.2',
          )
        ).status,
      );
    expect(codes).toEqual([...Array(LOGIN_LIMIT).fill(401), 429, 429, 429]);
    // another client address has its own count
    expect(
      (
        await request(
          ports[0],
          'POST',
          '/api/v1/auth/login',
          { username: 'nobody', password: 'x' },
          '127.0.0.3',
        )
      ).status,
    ).toBe(401);
  }, 60_000);

  it('reminder mail and accountability proposals run once between three processes ticking together', async () => {
    await stopAll();
    await admin.query(`UPDATE users SET email = username || '@example.org' WHERE active`);
    // the proposals' interval has passed, and mail has never run: both are due at the first look
    await admin.query(
      `INSERT INTO timer_runs (name, last_run_at) VALUES ('accountability-proposals', now() - interval '2 hours')`,
    );
    const mailedBefore = (
      await admin.query("SELECT count(*)::int AS n FROM audit_events WHERE action = 'inbox.reminder_mailed'")
    ).rows[0].n;
    expect(mailedBefore).toBe(0);
    await startThree({
      JIANDU_SMTP_URL: smtp.url,
      JIANDU_REMIND_MAIL_EVERY_MINUTES: '60',
      JIANDU_PROPOSALS_EVERY_HOURS: '1',
    });
    const runs = async () =>
      Object.fromEntries(
        (await admin.query<{ name: string; runs: number }>('SELECT name, runs FROM timer_runs')).rows.map(
          (r) => [r.name, r.runs],
        ),
      );
    await until('both timers to run', async () => {
      const r = await runs();
      return r['reminder-mail'] >= 1 && r['accountability-proposals'] >= 1;
    });
    // the run that mails is over when it has logged; a second one would have by now as well
    await until('the mail run to finish', async () =>
      servers.some((s) => /reminder mail: \d+ sent/.test(s.output())),
    );
    await new Promise((r) => setTimeout(r, 3_000));

    const r = await runs();
    expect(r['reminder-mail']).toBe(1);
    expect(r['accountability-proposals']).toBe(1);
    const outputs = servers.map((s) => s.output());
    expect(outputs.filter((o) => /reminder mail: \d+ sent/.test(o))).toHaveLength(1);
    for (const o of outputs) expect(o).not.toMatch(/(proposals|mail) failed|[1-9]\d* failed/);

    expect(smtp.mails.length).toBeGreaterThan(0);
    const recipients = smtp.mails.flatMap((m) => m.to);
    expect(new Set(recipients).size).toBe(recipients.length);
    for (const m of smtp.mails) expect(readMail(m.raw).subject).not.toBe('');
    const audited = (
      await admin.query("SELECT count(*)::int AS n FROM audit_events WHERE action = 'inbox.reminder_mailed'")
    ).rows[0].n;
    expect(audited).toBe(smtp.mails.length);
  }, 180_000);
});

describe.runIf(onPg)('a stopped database (a private cluster, never the shared server)', () => {
  let cluster: PrivateCluster | string = 'not started';
  let server: ServerProcess | null = null;
  afterAll(async () => {
    server?.child.kill('SIGKILL');
    await server?.exited;
    if (typeof cluster !== 'string') await cluster.destroy();
  });

  it('answers 503 with Retry-After while the database is down, logs the outage once, and serves again once it is back', async (t) => {
    cluster = await privateCluster();
    if (typeof cluster === 'string') {
      console.warn(`skipped: a private PostgreSQL cluster cannot be run here (${cluster})`);
      t.skip();
      return;
    }
    const port = await freePort();
    // the cluster is the test's own: the server uses its postgres database
    server = spawnServer({
      PORT: String(port),
      JIANDU_DATA_DIR: ground.dataDir,
      DATABASE_URL: cluster.url,
      JIANDU_SEED_DEMO: 'false',
      JIANDU_PROPOSALS_EVERY_HOURS: '0',
      JIANDU_PG_CONNECT_TIMEOUT_SECONDS: '2',
      LOG_LEVEL: 'warn',
    });
    await server.started;
    expect((await request(port, 'GET', '/api/v1/health/ready')).status).toBe(200);

    await cluster.stop();
    const answers = [];
    const paths = [
      '/api/v1/health',
      '/api/v1/health/ready',
      '/api/v1/public/qualified-agencies',
      '/api/v1/health',
    ];
    for (const path of paths) answers.push({ path, ...(await request(port, 'GET', path)) });
    const login = await request(port, 'POST', '/api/v1/auth/login', {
      username: 'city-admin',
      password: 'x',
    });
    for (const a of [...answers, login]) {
      expect(a.status, JSON.stringify(a.json)).toBe(503);
      expect(a.headers['retry-after']).toBe('5');
      expect(a.headers['content-type']).toContain('application/problem+json');
      expect(a.json.title).toBe('服务暂时不可用');
      expect(a.json.title_en).toBe('Service unavailable');
    }
    expect((await request(port, 'GET', '/api/v1/health/live')).status).toBe(200);
    const out = server.output();
    expect(out.match(/database unavailable/g)).toHaveLength(1);
    expect(out).not.toContain('unhandled error');

    await cluster.start();
    await until('the server to be ready again', async () =>
      request(port, 'GET', '/api/v1/health/ready').then((r) => r.status === 200),
    );
    expect(server.output()).toContain('database available again');
  }, 180_000);
});
