// Re-walks the whole chain in seq order and names the first event that does not hold.
import type { VerifyResult } from '@jiandu/contracts';
import type { Queryable } from '../db/client.ts';
import { sql } from '../db/sql.ts';
import { eventHash, GENESIS_HASH } from './chain.ts';
import { type AuditRow, rowToEvent } from './rows.ts';

const BATCH = 2000;

export async function verifyAuditChain(db: Queryable): Promise<VerifyResult> {
  const started = performance.now();
  const [head] = await db.query<{ seq: number; hash: string }>(
    sql`SELECT seq, hash FROM audit_head WHERE id = 1`,
  );
  let expectedSeq = 1;
  let prev = GENESIS_HASH;
  let checked = 0;
  const done = (firstBroken: VerifyResult['firstBroken']): VerifyResult => ({
    ok: firstBroken === null,
    checked,
    headSeq: head.seq,
    headHash: head.hash,
    firstBroken,
    ms: Math.round(performance.now() - started),
  });
  for (;;) {
    const rows = await db.query<AuditRow>(
      sql`SELECT * FROM audit_events WHERE seq >= ${expectedSeq} ORDER BY seq LIMIT ${BATCH}`,
    );
    for (const r of rows) {
      if (r.seq !== expectedSeq)
        return done({
          seq: expectedSeq,
          id: null,
          problem: 'missing_event',
          detail: `第 ${expectedSeq} 号事件缺失 / event ${expectedSeq} is missing (next present: ${r.seq})`,
        });
      if (r.prev_hash !== prev)
        return done({
          seq: r.seq,
          id: r.id,
          problem: 'prev_hash_mismatch',
          detail: `第 ${r.seq} 号事件与前一事件不衔接 / event ${r.seq} does not link to the event before it`,
        });
      if (eventHash(prev, rowToEvent(r)) !== r.hash)
        return done({
          seq: r.seq,
          id: r.id,
          problem: 'hash_mismatch',
          detail: `第 ${r.seq} 号事件内容已被改动 / the content of event ${r.seq} was changed`,
        });
      prev = r.hash;
      expectedSeq++;
      checked++;
    }
    if (rows.length < BATCH) break;
  }
  if (expectedSeq - 1 !== head.seq || prev !== head.hash)
    return done({
      seq: expectedSeq,
      id: null,
      problem: expectedSeq - 1 < head.seq ? 'missing_event' : 'head_mismatch',
      detail: `链尾与记录的链头不一致（链头 ${head.seq}，实际 ${expectedSeq - 1}）/ the chain ends at ${expectedSeq - 1} but its head records ${head.seq}`,
    });
  return done(null);
}
