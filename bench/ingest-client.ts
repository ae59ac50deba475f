// The bulk loader for bench:ingest, in its own process as a real client would be: it posts the
// batches it is handed, a few under way at once, and answers how long the server took for them all.
import process from 'node:process';

interface Round {
  url: string;
  cookie: string;
  csrf: string;
  bodies: string[];
  /** how many batches are under way at once: the next is sent as soon as one is answered */
  inFlight: number;
}

process.on('message', async (r: Round) => {
  const t0 = performance.now();
  try {
    let warnings = 0;
    let next = 0;
    const worker = async () => {
      while (next < r.bodies.length) {
        const body = r.bodies[next++];
        const res = await fetch(r.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: r.cookie, 'x-csrf-token': r.csrf },
          body,
        });
        if (!res.ok) throw new Error(`batch refused: ${res.status} ${(await res.text()).slice(0, 300)}`);
        warnings += (await res.json()).warnings as number;
      }
    };
    await Promise.all(Array.from({ length: r.inFlight }, worker));
    process.send!({ ms: performance.now() - t0, warnings });
  } catch (e) {
    process.send!({ error: String(e) });
  }
});
process.on('disconnect', () => process.exit(0));
