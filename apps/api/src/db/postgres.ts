// Production PostgreSQL (>= 15) through a node-postgres pool.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Db, Queryable } from './client.ts';
import { copySql, DATE_OID, INT8_OID, parseInt8, toCsv } from './client.ts';
import type { SqlQuery } from './sql.ts';

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

export async function openPostgres(url: string, max = 10): Promise<Db & { pool: pg.Pool }> {
  const pool = new pg.Pool({ connectionString: url, max });
  // an idle connection the server ends (restart, failover, a dropped database) is replaced by
  // the pool on next use; it must not bring the process down
  pool.on('error', (err) => console.warn(`PostgreSQL connection lost: ${err.message}`));
  // Fail at start-up, not at the first request, when the server is unreachable.
  await pool.query('SELECT 1');
  return {
    kind: 'postgresql',
    pool,
    ...wrap(pool),
    async tx(fn) {
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
    },
    close: () => pool.end(),
  };
}
