// npm run bench:load — a mixed read/write workload of logged-in staff for 60 s on loopback
// (autocannon, 20 connections), on the embedded database and on PostgreSQL when it is there,
// beside fastify's bare hello-world on the same machine in the same run as the ceiling.
// Prints throughput, latency percentiles and errors; asserts nothing.
import autocannon from 'autocannon';
import Fastify from 'fastify';
import { freePort } from '../test/helpers/server-process.ts';
import { mixedWorkload, rssMb, startBenchServer } from './workload.ts';

const SECONDS = Number(process.env.BENCH_SECONDS || 60);
const CONNECTIONS = 20;

function line(title: string, r: autocannon.Result) {
  const errors = r.errors + r.timeouts;
  console.log(
    `${title.padEnd(34)} ${String(Math.round(r.requests.average)).padStart(6)} req/s   p50 ${r.latency.p50} ms   p99 ${r.latency.p99} ms   max ${r.latency.max} ms   non-2xx ${r.non2xx}   errors ${errors}   (${r.requests.total} requests)`,
  );
}

console.log(
  `loopback, ${CONNECTIONS} connections, ${SECONDS} s each, ${process.env.CI ? 'CI' : 'local'} machine\n`,
);
const ceiling = Fastify();
ceiling.get('/', async () => ({ hello: 'world' }));
const ceilingPort = await freePort();
await ceiling.listen({ port: ceilingPort, host: '127.0.0.1' });
line(
  'fastify hello world (ceiling)',
  await autocannon({ url: `http://127.0.0.1:${ceilingPort}/`, connections: CONNECTIONS, duration: SECONDS }),
);
await ceiling.close();

for (const kind of ['pglite', 'postgresql'] as const) {
  const s = await startBenchServer(kind);
  if (!s) continue;
  try {
    const w = await mixedWorkload(s.base);
    if (kind === 'pglite') console.log(`\nthe mix: ${w.mix}\n`);
    const r = await autocannon({
      url: s.base,
      connections: CONNECTIONS,
      duration: SECONDS,
      requests: w.requests,
    });
    line(`Jiandu mixed workload (${kind})`, r);
    const writes = [...w.counts].filter(([k]) => k.startsWith('write')).reduce((n, [, v]) => n + v, 0);
    console.log(
      `${''.padEnd(34)} writes ${writes} (${Math.round((100 * writes) / r.requests.total)}%), server RSS at the end ${rssMb(s.server.child.pid!)} MB`,
    );
  } finally {
    await s.stop();
  }
}
