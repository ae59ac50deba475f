// npm run bench:soak — the mixed workload of bench:load at a fixed rate for 10 minutes on
// loopback, on the embedded database and on PostgreSQL when it is there: throughput, p99 and
// errors minute by minute, and the server's memory over time, to show it does not grow.
// BENCH_SOAK_MINUTES and BENCH_SOAK_RATE (requests a second) change the run. Asserts nothing.
import autocannon from 'autocannon';
import { mixedWorkload, rssMb, startBenchServer } from './workload.ts';

const MINUTES = Number(process.env.BENCH_SOAK_MINUTES || 10);
const RATE = Number(process.env.BENCH_SOAK_RATE || 50);
const CONNECTIONS = 10;

const p = (sorted: number[], q: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : 0;

console.log(`loopback, ${RATE} requests/s for ${MINUTES} min on each database, ${CONNECTIONS} connections\n`);
for (const kind of ['pglite', 'postgresql'] as const) {
  const s = await startBenchServer(kind);
  if (!s) continue;
  try {
    const w = await mixedWorkload(s.base);
    const pid = s.server.child.pid!;
    const minutes: { times: number[]; bad: number; rss: number[] }[] = [];
    const t0 = performance.now();
    const minute = () => {
      const m = Math.floor((performance.now() - t0) / 60_000);
      while (minutes.length <= m) minutes.push({ times: [], bad: 0, rss: [] });
      return minutes[m];
    };
    const startRss = rssMb(pid);
    const sampler = setInterval(() => minute().rss.push(rssMb(pid)), 10_000);
    let done: (r: autocannon.Result) => void = () => {};
    const finished = new Promise<autocannon.Result>((resolve) => {
      done = resolve;
    });
    const run = autocannon(
      {
        url: s.base,
        connections: CONNECTIONS,
        overallRate: RATE,
        duration: MINUTES * 60,
        requests: w.requests,
      },
      (err, r) => {
        if (err) throw err;
        done(r);
      },
    );
    run.on('response', (_client, status, _bytes, ms) => {
      const m = minute();
      m.times.push(ms);
      if (status >= 400) m.bad++;
    });
    run.on('reqError', () => minute().bad++);
    const total = await finished;
    clearInterval(sampler);
    console.log(`${kind}: RSS after start and the demo data ${startRss} MB`);
    console.log('  minute   req/s    p50 ms   p99 ms   errors   RSS MB (min–max)');
    for (const [i, m] of minutes.entries()) {
      if (!m.times.length) continue;
      const sorted = [...m.times].sort((a, b) => a - b);
      const rss = m.rss.length ? `${Math.min(...m.rss)}–${Math.max(...m.rss)}` : '';
      console.log(
        `  ${String(i + 1).padStart(6)} ${(m.times.length / 60).toFixed(1).padStart(7)} ${String(Math.round(p(sorted, 0.5))).padStart(9)} ${String(Math.round(p(sorted, 0.99))).padStart(8)} ${String(m.bad).padStart(8)}   ${rss}`,
      );
    }
    const full = minutes.filter((m) => m.rss.length);
    const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const growth = full.length > 2 ? Math.round(avg(full.at(-1)!.rss) - avg(full[1].rss)) : 0;
    console.log(
      `  total ${total.requests.total} requests, ${Math.round(total.requests.average)} req/s, p99 ${total.latency.p99} ms, non-2xx ${total.non2xx}, errors ${total.errors + total.timeouts}; RSS from minute 2 to the last: ${growth >= 0 ? '+' : ''}${growth} MB\n`,
    );
  } finally {
    await s.stop();
  }
}
