// The store of @fastify/rate-limit's counters in the database, for several processes on one
// PostgreSQL: each request's count is one upsert, windows run on the database's clock (the
// one all processes share), and expired counters are cleared now and then. The embedded
// database keeps the plugin's in-memory store: its process is alone.
import type { Db } from '../db/client.ts';
import { sql } from '../db/sql.ts';

type Callback = (err: Error | null, res?: { current: number; ttl: number }) => void;

interface StoreOptions {
  continueExceeding?: boolean;
  exponentialBackoff?: boolean;
  routeInfo?: { method?: string | string[]; url?: string };
}

/** every this many counts a process clears the expired counters */
const SWEEP_EVERY = 500;

export function databaseRateLimitStore(db: Db) {
  let counted = 0;
  const sweep = () =>
    db.query(sql`DELETE FROM rate_limits WHERE reset_at < clock_timestamp()`).catch(() => undefined);

  return class DatabaseRateLimitStore {
    readonly prefix: string;
    readonly continueExceeding: boolean;
    readonly exponentialBackoff: boolean;

    // the plugin passes its merged options, with the route as routeInfo
    constructor(options: object = {}) {
      const opts = options as StoreOptions;
      const method = [opts.routeInfo?.method ?? ''].flat().join(',');
      this.prefix = opts.routeInfo?.url ? `${method} ${opts.routeInfo.url} ` : 'global ';
      this.continueExceeding = opts.continueExceeding === true;
      this.exponentialBackoff = opts.exponentialBackoff === true;
    }

    /** a counter per route, limit and client: processes configured alike share it */
    key(key: string, timeWindow: number, max: number) {
      return `${this.prefix}${max}/${timeWindow}ms ${key}`;
    }

    incr(key: string, cb: Callback, timeWindow: number, max: number) {
      if (++counted % SWEEP_EVERY === 0) void sweep();
      const window = sql`make_interval(secs => ${timeWindow}::double precision / 1000)`;
      db.query<{ count: number; ttl: number }>(sql`
        INSERT INTO rate_limits AS r (key, count, reset_at)
        VALUES (${this.key(key, timeWindow, max)}, 1, clock_timestamp() + ${window})
        ON CONFLICT (key) DO UPDATE SET
          count = CASE WHEN r.reset_at <= clock_timestamp() THEN 1 ELSE r.count + 1 END,
          reset_at = CASE
            WHEN r.reset_at <= clock_timestamp() THEN clock_timestamp() + ${window}
            WHEN ${this.continueExceeding}::boolean AND r.count + 1 > ${max}::int THEN clock_timestamp() + ${window}
            WHEN ${this.exponentialBackoff}::boolean AND r.count + 1 > ${max}::int
              THEN clock_timestamp() + ${window} * power(2, least(r.count - ${max}::int, 30))
            ELSE r.reset_at END
        RETURNING count, greatest(0, ceil(extract(epoch FROM reset_at - clock_timestamp()) * 1000))::int AS ttl`).then(
        ([r]) => cb(null, { current: r.count, ttl: r.ttl }),
        (err: Error) => cb(err),
      );
    }

    read(key: string, cb: Callback, timeWindow: number, max: number) {
      db.query<{ count: number; ttl: number }>(sql`
        SELECT count, greatest(0, ceil(extract(epoch FROM reset_at - clock_timestamp()) * 1000))::int AS ttl
        FROM rate_limits WHERE key = ${this.key(key, timeWindow, max)} AND reset_at > clock_timestamp()`).then(
        ([r]) => cb(null, r ? { current: r.count, ttl: r.ttl } : { current: 0, ttl: 0 }),
        (err: Error) => cb(err),
      );
    }

    child(options: object) {
      return new DatabaseRateLimitStore(options);
    }
  };
}
