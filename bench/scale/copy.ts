// Rows into PostgreSQL by COPY: a generator of rows becomes CSV in chunks, streamed to the
// server as it is made, so a table of millions of rows never sits in memory at once.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

export type Cell = string | number | boolean | null | undefined;

const cell = (v: Cell) => {
  if (v === null || v === undefined) return '';
  if (typeof v !== 'string') return String(v);
  return /[",\n\r]/.test(v) || v === '' ? `"${v.replace(/"/g, '""')}"` : v;
};

/** a JSON value as one CSV cell */
export const json = (v: unknown) => JSON.stringify(v);

/** COPY the rows into `table (cols)`; reports progress every chunk; returns the row count */
export async function copyInto(
  pool: pg.Pool,
  table: string,
  cols: string,
  rows: Iterable<Cell[]>,
  progress?: (n: number) => void,
): Promise<number> {
  let n = 0;
  function* chunks() {
    let buf: string[] = [];
    for (const r of rows) {
      buf.push(r.map(cell).join(','));
      n++;
      if (buf.length === 20_000) {
        yield `${buf.join('\n')}\n`;
        buf = [];
        progress?.(n);
      }
    }
    if (buf.length) yield `${buf.join('\n')}\n`;
    progress?.(n);
  }
  const client = await pool.connect();
  try {
    // the rows are consistent by construction: the foreign-key triggers, which would check
    // each of tens of millions of rows one by one, are left out of the load
    await client.query(`SET session_replication_role = replica`);
    await pipeline(
      Readable.from(chunks()),
      client.query(copyFrom(`COPY ${table} (${cols}) FROM STDIN (FORMAT csv)`)),
    );
  } finally {
    await client.query(`RESET session_replication_role`);
    client.release();
  }
  return n;
}
