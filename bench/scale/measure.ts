// Timings over HTTP on loopback, as the city's and a county's supervisor use the system:
// N requests one after another after a warm-up, each timed from send to the last byte read.
export interface Timing {
  name: string;
  /** milliseconds, sorted; null when the server has no such route */
  ms: number[] | null;
}

export interface Session {
  base: string;
  cookie: string;
}

export async function login(base: string, username: string, password: string): Promise<Session> {
  const r = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!r.ok) throw new Error(`login ${username}: ${r.status} ${await r.text()}`);
  return { base, cookie: r.headers.get('set-cookie')!.split(';')[0] };
}

/** time `n` requests of `paths` in turn after `warm` untimed ones */
export async function measure(
  s: Session,
  name: string,
  paths: string[],
  n: number,
  warm = 3,
): Promise<Timing> {
  const one = async (path: string) => {
    const t0 = performance.now();
    const r = await fetch(`${s.base}${path}`, { headers: { cookie: s.cookie } });
    const body = Buffer.from(await r.arrayBuffer());
    const ms = performance.now() - t0;
    // the server's own "no such route" answer: the feature is not in this build
    if (r.status === 404 && body.toString().includes('No such route')) return null;
    if (!r.ok) throw new Error(`${name}: GET ${path} answered ${r.status} ${body.toString().slice(0, 300)}`);
    return ms;
  };
  for (let i = 0; i < warm; i++) if ((await one(paths[i % paths.length])) === null) return { name, ms: null };
  const ms: number[] = [];
  for (let i = 0; i < n; i++) ms.push((await one(paths[i % paths.length]))!);
  return { name, ms: ms.sort((a, b) => a - b) };
}

/** nearest-rank percentile of sorted values */
export const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
