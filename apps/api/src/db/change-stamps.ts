// What nearly every request reads and rarely changes is kept in memory, each value under the
// stamps of the tables it was read from (migration 0090): every write to those tables gives
// their topic a new stamp in the writing transaction, so a value read by any process is
// trusted only while the stamps a request has just read from the database are still its own.
// The stamps are read before the values they guard: a value may be newer than its stamps
// (and is then read again once), never older.
import type { Queryable } from './client.ts';
import { sql } from './sql.ts';

export type Topic = 'people' | 'calendar' | 'bases' | 'credentials' | 'cases';
export type Stamps = Readonly<Record<Topic, string>>;

/** the stamps as one column, to be read in the same statement as something else */
export const STAMPS_COLUMN = sql`(SELECT json_object_agg(topic, stamp) FROM change_stamps)`;

export async function readStamps(q: Queryable): Promise<Stamps> {
  const [row] = await q.query<{ stamps: Stamps }>(sql`SELECT ${STAMPS_COLUMN} AS stamps`);
  return row.stamps;
}

/** Values by key, each kept while the stamps of `topics` are those it was read under. */
export class StampedCache<V> {
  private readonly entries = new Map<string, { stamp: string; value: V }>();
  constructor(
    private readonly topics: readonly Topic[],
    // a bound on memory: past it the cache starts empty again
    private readonly max = 2000,
  ) {}

  private stampOf(stamps: Stamps): string {
    return this.topics.map((t) => stamps[t]).join('/');
  }

  /** the value kept under these stamps, or undefined */
  peek(key: string, stamps: Stamps): V | undefined {
    const e = this.entries.get(key);
    return e && e.stamp === this.stampOf(stamps) ? e.value : undefined;
  }

  set(key: string, stamps: Stamps, value: V): void {
    if (this.entries.size >= this.max && !this.entries.has(key)) this.entries.clear();
    this.entries.set(key, { stamp: this.stampOf(stamps), value });
  }

  /** the value kept under these stamps, or `load()` (read after the stamps) kept under them */
  async get(key: string, stamps: Stamps, load: () => Promise<V>): Promise<V> {
    const kept = this.peek(key, stamps);
    if (kept !== undefined) return kept;
    const value = await load();
    this.set(key, stamps, value);
    return value;
  }
}
