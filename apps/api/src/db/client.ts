// The one database interface the rest of the code sees. PGlite (embedded) and PostgreSQL
// (production) both implement it, so every query and migration serves both.
import type { SqlQuery } from './sql.ts';

export type DatabaseKind = 'pglite' | 'postgresql';

export interface Queryable {
  query<T = Record<string, unknown>>(q: SqlQuery): Promise<T[]>;
  /** Runs plain SQL text with several statements (migrations only). */
  exec(text: string): Promise<void>;
  /**
   * Bulk insert with COPY (bulk ingestion only). `table` and `columns` are names from the code,
   * never from input; values go as CSV, null as NULL.
   */
  copyRows(table: string, columns: readonly string[], rows: readonly (readonly CopyValue[])[]): Promise<void>;
}

export type CopyValue = string | number | boolean | null;

/** rows as CSV for COPY … (FORMAT csv): every non-null value quoted, so "" is an empty string and nothing is NULL by accident */
export function toCsv(rows: readonly (readonly CopyValue[])[]): string {
  // plain concatenation, quotes doubled only where there are any: bulk reports pass 36,000 values at once
  let out = '';
  for (const row of rows) {
    for (let i = 0; i < row.length; i++) {
      const v = row[i];
      if (i) out += ',';
      if (v === null) continue;
      const s = String(v);
      out += s.includes('"') ? `"${s.replaceAll('"', '""')}"` : `"${s}"`;
    }
    out += '\n';
  }
  return out;
}

export const copySql = (table: string, columns: readonly string[], source: string) =>
  `COPY ${table} (${columns.join(', ')}) FROM ${source} (FORMAT csv)`;

export interface Db extends Queryable {
  readonly kind: DatabaseKind;
  /** One transaction: commits when fn resolves, rolls back when it throws. */
  tx<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * Runs fn holding an advisory lock that every process on the database sees (PostgreSQL: a
   * session lock held on a connection of its own; embedded: the process is alone on its data
   * folder, so fn just runs). `wait: false` gives up at once when another process holds it.
   */
  withLock<T>(key: LockKey, wait: boolean, fn: () => Promise<T>): Promise<Locked<T>>;
  close(): Promise<void>;
}

/** advisory lock keys: one per purpose, so that unrelated locks never wait for each other */
export const LOCKS = {
  /** migration and seeding at start-up: the first process does them, the others wait and proceed */
  startup: 7_140_501,
  /** one run of a timer at a time across processes (with the timer's name as the second key) */
  timer: 7_140_502,
} as const;
export type LockKey = number | readonly [number, number];

export type Locked<T> = { held: true; value: T } | { held: false };

/** Type OIDs read as strings or numbers the same way on both databases. */
export const DATE_OID = 1082;
export const INT8_OID = 20;
export const NUMERIC_OID = 1700;

export function parseInt8(v: string): number {
  return Number(v);
}
