// Production PostgreSQL (>= 15) through a node-postgres pool.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Db, Queryable } from './client.ts';
import { copySql, DATE_OID, INT8_OID, parseInt8, toCsv } from './client.ts';
import type { SqlQuery } from './sql.ts';
import { outageLog } from './unavailable.ts';

pg.types.setTypeParser(DATE_OID, (v: string) => v);
pg.types.setTypeParser(INT8_OID, parseInt8);

function wrap(c: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<T>(sq: SqlQuery): Promise<T[]> {
      const r = await c.query(sq.text, sq.values as unknown[]);
      return r.rows as T[];
    },
    async exec(text: string) {
      await c.query(text);
    },
    async copyRows(table, columns, rows) {
      if (!rows.length) return;
      // COPY needs one connection: inside a transaction it is the transaction's
      const client = 'release' in c ? c : await c.connect();
      try {
        await pipeline(
          Readable.from([toCsv(rows)]),
          client.query(copyFrom(copySql(table, columns, 'STDIN'))),
        );
      } finally {
        if (client !== c) (client as pg.PoolClient).release();
      }
    },
  };
}

export interface PoolOptions {
  /** connections at most (JIANDU_PG_POOL_MAX) */
  max: number;
  /** waiting for a connection (new or from the pool) gives up after this long */
  connectTimeoutMs: number;
  /** the server cancels a statement running longer; 0 never (migrations lift it themselves) */
  statementTimeoutMs: number;
}

const DEFAULTS: PoolOptions = { max: 10, connectTimeoutMs: 5_000, statementTimeoutMs: 0 };

export async function openPostgres(
  url: string,
  options: number | Partial<PoolOptions> = {},
): Promise<Db & { pool: pg.Pool }> {
  const o = { ...DEFAULTS, ...(typeof options === 'number' ? { max: options } : options) };
  const pool = new pg.Pool({
    connectionString: url,
    max: o.max,
    connectionTimeoutMillis: o.connectTimeoutMs,
    // a server that vanished without closing the socket is noticed
    keepAlive: true,
    ...(o.statementTimeoutMs ? { statement_timeout: o.statementTimeoutMs } : {}),
  });
  const outage = outageLog();
  // an idle connection the server ends (restart, failover, a dropped database) is replaced by
  // the pool on next use; it must not bring the process down, nor log once per connection
  pool.on('error', (err) => outage.failed(err));
  const watched = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      const r = await work();
      outage.succeeded();
      return r;
    } catch (err) {
      outage.failed(err);
      throw err;
    }
  };
  // Fail at start-up, not at the first request, when the server is unreachable.
  await pool.query('SELECT 1');
  const base = wrap(pool);
  return {
    kind: 'postgresql',
    pool,
    query: (q) => watched(() => base.query(q)),
    exec: (text) => watched(() => base.exec(text)),
    copyRows: (table, columns, rows) => watched(() => base.copyRows(table, columns, rows)),
    tx: (fn) =>
      watched(async () => {
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          const result = await fn(wrap(client));
          await client.query('COMMIT');
          return result;
        } catch (err) {
          await client.query('ROLLBACK').catch(() => {});
          throw err;
        } finally {
          client.release();
        }
      }),
    async withLock(key, wait, fn) {
      const client = await watched(() => pool.connect());
      const [a, b] = typeof key === 'number' ? [key, null] : key;
      const args = b === null ? [a] : [a, b];
      const params = b === null ? '$1::bigint' : '$1::int, $2::int';
      let held = false;
      try {
        if (wait) {
          // waiting for another process's start-up may take longer than any statement should
          await client.query('SET statement_timeout = 0');
          await client.query(`SELECT pg_advisory_lock(${params})`, args);
          await client.query('RESET statement_timeout');
          held = true;
        } else {
          const r = await client.query(`SELECT pg_try_advisory_lock(${params}) AS got`, args);
          held = r.rows[0].got === true;
        }
        if (!held) return { held: false };
        return { held: true, value: await fn() };
      } finally {
        let broken = false;
        if (held)
          await client.query(`SELECT pg_advisory_unlock(${params})`, args).catch(() => {
            broken = true;
          });
        // a connection whose unlock failed is dropped, and the lock goes with it
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
}
