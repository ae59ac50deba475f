// Rate limits per client address hold across processes (README: JIANDU_LOGIN_RATE_LIMIT): on
// PostgreSQL the counters live in the database, so two servers on one database allow the limit
// once between them, not once each. The store's counting runs on both databases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../apps/api/src/app.ts';
import { databaseRateLimitStore } from '../../apps/api/src/http/rate-limit-store.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

type Counted = { current: number; ttl: number };
type Store = InstanceType<ReturnType<typeof databaseRateLimitStore>>;
const incr = (store: Store, key: string, window: number, max: number) =>
  new Promise<Counted>((resolve, reject) =>
    store.incr(key, (err, res) => (err ? reject(err) : resolve(res!)), window, max),
  );

describe('the database store of rate-limit counters', () => {
  it('counts per route and client within a window, and starts again after it', async () => {
    const Store = databaseRateLimitStore(t.ctx.db);
    const login = new Store({}).child({ routeInfo: { method: 'POST', url: '/api/v1/auth/login' } });
    const other = new Store({}).child({ routeInfo: { method: 'POST', url: '/api/v1/cases' } });
    const counts = [];
    for (let i = 0; i < 4; i++) counts.push((await incr(login, '10.0.0.1', 60_000, 3)).current);
    expect(counts).toEqual([1, 2, 3, 4]);
    expect((await incr(login, '10.0.0.2', 60_000, 3)).current).toBe(1);
    expect((await incr(other, '10.0.0.1', 60_000, 3)).current).toBe(1);
    const last = await incr(login, '10.0.0.1', 60_000, 3);
    expect(last.ttl).toBeGreaterThan(0);
    expect(last.ttl).toBeLessThanOrEqual(60_000);
    // a window of 1 ms has passed by the next request
    await incr(login, '10.0.0.3', 1, 3);
    await new Promise((r) => setTimeout(r, 20));
    expect((await incr(login, '10.0.0.3', 1, 3)).current).toBe(1);
  });

  it.runIf(process.env.DATABASE_URL)(
    'two servers on one PostgreSQL allow JIANDU_LOGIN_RATE_LIMIT attempts between them, then 429 with Retry-After',
    async () => {
      const config = { ...t.ctx.config, loginRateLimit: 4 };
      const a = await buildApp({ ...t.ctx, config });
      const b = await buildApp({ ...t.ctx, config });
      const codes: number[] = [];
      let retryAfter: string | undefined;
      for (let i = 0; i < 6; i++) {
        const res = await (i % 2 ? b : a).inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          remoteAddress: '192.0.2.7',
          payload: { username: 'x-user', password: 'y' },
        });
        codes.push(res.statusCode);
        if (res.statusCode === 429) retryAfter = res.headers['retry-after'] as string;
      }
      await a.close();
      await b.close();
      expect(codes).toEqual([401, 401, 401, 401, 429, 429]);
      expect(Number(retryAfter)).toBeGreaterThan(0);
    },
  );
});
