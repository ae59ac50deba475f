// What someone with the database in hand can do with the project's own functions, with the
// triggers off (session_replication_role = replica): the moves tamper-evidence must catch.
import { eventHash } from '../../apps/api/src/audit/chain.ts';
import { type AuditRow, rowToEvent } from '../../apps/api/src/audit/rows.ts';
import type { Db, Queryable } from '../../apps/api/src/db/client.ts';
import { sql } from '../../apps/api/src/db/sql.ts';

export function asReplica<T>(db: Db, fn: (tx: Queryable) => Promise<T>): Promise<T> {
  return db.tx(async (tx) => {
    await tx.exec('SET LOCAL session_replication_role = replica');
    return fn(tx);
  });
}

/** re-hashes the chain from event `from` to its end and sets the head to match */
export async function rechain(tx: Queryable, from: number) {
  const rows = await tx.query<AuditRow>(
    sql`SELECT * FROM audit_events WHERE seq >= ${from - 1} ORDER BY seq`,
  );
  let prev = rows[0].hash;
  for (const r of rows.slice(1)) {
    const hash = eventHash(prev, rowToEvent(r));
    await tx.query(sql`UPDATE audit_events SET prev_hash = ${prev}, hash = ${hash} WHERE seq = ${r.seq}`);
    prev = hash;
  }
  await tx.query(sql`UPDATE audit_head SET hash = ${prev} WHERE id = 1`);
}

/** deletes the events after `keep` and winds the head back to it */
export async function windBack(tx: Queryable, keep: number) {
  await tx.query(sql`DELETE FROM audit_events WHERE seq > ${keep}`);
  await tx.query(sql`UPDATE audit_head SET seq = ${keep},
    hash = (SELECT hash FROM audit_events WHERE seq = ${keep}) WHERE id = 1`);
}
