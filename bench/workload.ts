// The mixed workload of bench:load and bench:soak: the real server as a process on loopback,
// staff of several organisations logged in, and a request mix as they use it — lists, case
// pages, the inbox, the tree — with writes among them: a supervisor registering a complaint
// taken by phone (登记, 第九条) and an agency reporting enforcement acts (第八条（三）).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type autocannon from 'autocannon';
import { type ScratchDatabase, scratchDatabase } from '../test/helpers/scratch-db.ts';
import { freePort, type ServerProcess, spawnServer } from '../test/helpers/server-process.ts';

export const PASSWORD = 'Bench-pass-2026';
const PG_URL = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

export interface BenchServer {
  server: ServerProcess;
  base: string;
  kind: 'pglite' | 'postgresql';
  stop(): Promise<void>;
}

/** the server on a fresh embedded data folder, or on a scratch PostgreSQL database; null if PostgreSQL is not there */
export async function startBenchServer(kind: 'pglite' | 'postgresql'): Promise<BenchServer | null> {
  const port = await freePort();
  const env: Record<string, string> = {
    PORT: String(port),
    JIANDU_DEMO_PASSWORD: PASSWORD,
    JIANDU_LOGIN_RATE_LIMIT: '100000',
    JIANDU_PROPOSALS_EVERY_HOURS: '0',
  };
  let cleanup: () => Promise<void>;
  if (kind === 'postgresql') {
    let scratch: ScratchDatabase;
    try {
      scratch = await scratchDatabase(PG_URL, `jiandu_load_${process.pid}`);
    } catch {
      console.log(`PostgreSQL: not reachable at ${PG_URL.replace(/\/\/[^@]*@/, '//')}, skipped`);
      return null;
    }
    env.DATABASE_URL = scratch.url;
    cleanup = () => scratch.drop();
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiandu-load-'));
    env.JIANDU_DATA_DIR = dir;
    cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
  }
  const server = spawnServer(env);
  await server.started;
  return {
    server,
    base: `http://127.0.0.1:${port}`,
    kind,
    async stop() {
      await server.stop();
      await cleanup();
    },
  };
}

export interface Staff {
  username: string;
  cookie: string;
  csrf: string;
}

async function login(base: string, username: string): Promise<Staff> {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  if (!res.ok) throw new Error(`login ${username}: ${res.status}`);
  return {
    username,
    cookie: res.headers.get('set-cookie')!.split(';')[0],
    csrf: ((await res.json()) as { csrfToken: string }).csrfToken,
  };
}

const get = async <T>(base: string, s: Staff, url: string) => {
  const res = await fetch(`${base}${url}`, { headers: { cookie: s.cookie } });
  if (!res.ok) throw new Error(`GET ${url}: ${res.status}`);
  return (await res.json()) as T;
};

type Op = { weight: number; name: string; make(n: number): autocannon.Request };

/**
 * The request mix, weighted as a working day looks: mostly reading, about one request in ten
 * a write. Each write is new (a counter in its content), so none is refused as a repeat.
 */
export async function mixedWorkload(base: string) {
  const [citySup, zezhouSup, gaopingSup, head, liaison, admin] = await Promise.all(
    ['city-sup1', 'zezhou-sup1', 'gaoping-sup1', 'zezhou-head', 'zezhou-liaison', 'city-admin'].map((u) =>
      login(base, u),
    ),
  );
  const cases = await get<{ items: { id: string }[] }>(base, zezhouSup, '/api/v1/cases?limit=50');
  const agencies = await get<{ items: { id: string; name: string; kind: string }[] }>(
    base,
    zezhouSup,
    `/api/v1/organisations?q=${encodeURIComponent('泽州县')}&limit=100`,
  );
  const market = agencies.items.find((a) => a.name === '泽州县市场监督管理局')!;
  const officers = await get<{ items: { certificates: { number: string; status: string }[] }[] }>(
    base,
    liaison,
    `/api/v1/officers?organisationId=${market.id}&limit=50`,
  );
  const certs = officers.items
    .flatMap((o) => o.certificates.filter((c) => c.status === 'valid').slice(0, 1))
    .map((c) => c.number);
  if (certs.length < 2)
    throw new Error('the demo agency has fewer than two officers with valid certificates');
  const read = (s: Staff, url: string) => (): autocannon.Request => ({
    method: 'GET',
    path: url,
    headers: { cookie: s.cookie },
  });
  const write = (s: Staff, url: string, body: unknown): autocannon.Request => ({
    method: 'POST',
    path: url,
    headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const caseId = (n: number) => cases.items[n % cases.items.length].id;
  const ops: Op[] = [
    { weight: 14, name: 'case list (city)', make: read(citySup, '/api/v1/cases?limit=20') },
    {
      weight: 10,
      name: 'case list, filtered (county)',
      make: read(zezhouSup, '/api/v1/cases?limit=20&state=investigating'),
    },
    {
      weight: 18,
      name: 'case page',
      make: (n) => read(zezhouSup, `/api/v1/cases/${caseId(n)}`)(),
    },
    {
      weight: 6,
      name: 'case documents',
      make: (n) => read(zezhouSup, `/api/v1/cases/${caseId(n)}/documents`)(),
    },
    { weight: 10, name: 'inbox', make: read(head, '/api/v1/inbox') },
    { weight: 8, name: 'acts list', make: read(gaopingSup, '/api/v1/acts?limit=20') },
    { weight: 6, name: 'officers', make: read(citySup, '/api/v1/officers?limit=20') },
    { weight: 6, name: 'organisation tree', make: read(citySup, '/api/v1/organisations/tree') },
    { weight: 4, name: 'audit log', make: read(admin, '/api/v1/audit-events?limit=20') },
    { weight: 8, name: 'me', make: read(liaison, '/api/v1/auth/me') },
    {
      weight: 6,
      name: 'write: register a complaint',
      make: (n) =>
        write(zezhouSup, '/api/v1/petitions', {
          channel: 'phone',
          kind: 'complaint',
          petitionerName: '压测来电人',
          agencyId: market.id,
          summary: `压测登记的投诉第${n}件：行政处罚未告知陈述申辩权利。`,
        }),
    },
    {
      weight: 4,
      name: 'write: report 5 acts',
      make: (n) =>
        write(liaison, '/api/v1/acts/batch', {
          agencyId: market.id,
          acts: Array.from({ length: 5 }, (_, i) => ({
            caseNumber: `泽市监压〔2026〕${n * 5 + i + 1}号`,
            kind: 'penalty',
            area: '市场监管',
            decisionDate: '2026-11-20',
            officers: certs.slice(0, 2),
            parties: [{ name: '某商店', kind: 'organisation' }],
            facts: '销售过期食品。',
            legalBasis: ['《中华人民共和国食品安全法》第一百二十四条'],
            sealPresent: true,
            discretionLevel: '一般',
            deadlines: [{ label: '作出处罚决定', due: '2026-11-25', metOn: '2026-11-20' }],
            fullRecord: true,
          })),
        }),
    },
  ];
  const total = ops.reduce((s, o) => s + o.weight, 0);
  // a fixed deterministic order in proportion to the weights, the same in every run
  const schedule: Op[] = [];
  for (const o of ops) for (let i = 0; i < o.weight; i++) schedule.push(o);
  for (let i = schedule.length - 1; i > 0; i--) {
    const j = (i * 7919 + 13) % (i + 1);
    [schedule[i], schedule[j]] = [schedule[j], schedule[i]];
  }
  let n = 0;
  const counts = new Map<string, number>();
  /** autocannon's requests: one entry whose setup picks the next operation of the schedule */
  const requests: autocannon.Request[] = [
    {
      setupRequest: (req) => {
        const i = n++;
        const op = schedule[i % total];
        counts.set(op.name, (counts.get(op.name) ?? 0) + 1);
        return { ...req, ...op.make(i) };
      },
    },
  ];
  return {
    requests,
    mix: ops.map((o) => `${o.name} ${Math.round((100 * o.weight) / total)}%`).join(', '),
    counts,
  };
}

export function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024);
}
