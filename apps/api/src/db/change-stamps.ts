// What nearly every request reads and rarely changes is kept in memory, each value under the
// stamps of the tables it was read from (migration 0090): every write to those tables gives
// their topic a new stamp in the writing transaction, so a value read by any process is
// trusted only while the stamps a request has just read from the database are still its own.
// The stamps are read before the values they guard: a value may be newer than its stamps
// (and is then read again once), never older.
import type { Queryable } from './client.ts';
import { sql } from './sql.ts';

export type Topic =
  | 'people'
  | 'calendar'
  | 'bases'
  | 'credentials'
  // the cases of a region, and the cases an organ reviews (0095); absent until first written
  | `cases:${string}`;
export type Stamps = Readonly<Partial<Record<Topic, string>>>;

/** the stamps as one column, to be read in the same statement as something else */
export const STAMPS_COLUMN = sql`(SELECT json_object_agg(topic, stamp) FROM change_stamps)`;

export async function readStamps(q: Queryable): Promise<Stamps> {
  const [row] = await q.query<{ stamps: Stamps }>(sql`SELECT ${STAMPS_COLUMN} AS stamps`);
  return row.stamps;
}

/** a case's region's stamp topic (0095) */
export const regionCases = (regionCode: string): Topic => `cases:${regionCode}`;
/** the stamp topic of the cases an organ reviews (第十条, 0095) */
export const reviewedCases = (organId: string): Topic => `cases:org:${organId}`;

const stampOf = (topics: readonly Topic[], stamps: Stamps) => topics.map((t) => stamps[t] ?? '-').join('/');

/**
 * Values by key, each kept while the stamps of its topics are those it was read under: the
 * cache's own topics, and those a value names when it is kept (the region of a case read).
 */
export class StampedCache<V> {
  private readonly entries = new Map<string, { topics: readonly Topic[]; stamp: string; value: V }>();
  constructor(
    private readonly topics: readonly Topic[],
    // a bound on memory: past it the cache starts empty again
    private readonly max = 2000,
  ) {}

  /** the value kept under these stamps, or undefined */
  peek(key: string, stamps: Stamps): V | undefined {
    const e = this.entries.get(key);
    return e && e.stamp === stampOf(e.topics, stamps) ? e.value : undefined;
  }

  /** keep `value`, read after `stamps`, while they hold for the cache's topics and `more` */
  set(key: string, stamps: Stamps, value: V, more: readonly Topic[] = []): void {
    if (this.entries.size >= this.max && !this.entries.has(key)) this.entries.clear();
    const topics = more.length ? [...this.topics, ...more] : this.topics;
    this.entries.set(key, { topics, stamp: stampOf(topics, stamps), value });
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
