// Checks the database against signed checkpoints: those witnesses kept (files, backup
// manifests, copies of the public list) and those the database holds. Each must bear a good
// signature; the chain must still hold each one's head hash at its sequence (else it was
// rewritten or wound back behind it); and every security-relevant row that differs from the
// newest checkpoint's snapshot must have an audit event since then that accounts for it.
import type { KeyObject } from 'node:crypto';
import type { Queryable } from '../db/client.ts';
import { sql } from '../db/sql.ts';
import { GENESIS_HASH } from './chain.ts';
import { type CheckpointBody, readCheckpoint, type SignedCheckpoint } from './checkpoint.ts';
import { eventSubject, readSecurityRows, type SecurityRow, securityDigest } from './security-rows.ts';

export type CheckpointProblem =
  | 'checkpoint_signature'
  | 'chain_rewound'
  | 'chain_rewritten'
  | 'checkpoint_missing'
  | 'security_snapshot_missing'
  | 'security_snapshot_altered'
  | 'security_row_changed'
  | 'recorded_at_checkpoint';

export interface CheckpointFinding {
  problem: CheckpointProblem;
  seq: number | null;
  detail: string;
  /** found by the signer when it signed a checkpoint, and signed into it */
  declared?: boolean;
}

export interface CheckpointVerifyResult {
  ok: boolean;
  /** distinct checkpoints with a good signature */
  checkpoints: number;
  latest: { seq: number; at: string } | null;
  /** the first finding, in the order the checks run (signatures, chain, security rows) */
  firstMismatch: CheckpointFinding | null;
  findings: CheckpointFinding[];
}

interface Stored extends SignedCheckpoint {
  rows: SecurityRow[] | null;
}

const later = (a: CheckpointBody, b: CheckpointBody) => a.seq > b.seq || (a.seq === b.seq && a.at > b.at);

export async function verifyCheckpoints(
  db: Queryable,
  witnessed: readonly SignedCheckpoint[],
  trusted: ReadonlyMap<string, KeyObject>,
  opts: { ignoreUnknownKeys?: boolean } = {},
): Promise<CheckpointVerifyResult> {
  const findings: CheckpointFinding[] = [];
  const stored = await db.query<Stored>(
    sql`SELECT body, signature, rows FROM audit_checkpoints ORDER BY seq, at, id`,
  );
  const good = new Map<string, CheckpointBody>();
  const inDb = new Set(stored.map((s) => s.body));
  for (const [where, list] of [
    ['witness', witnessed],
    ['database', stored],
  ] as const)
    for (const cp of list) {
      const r = readCheckpoint(cp, trusted);
      if (r.ok) good.set(cp.body, r.body);
      else if (!(opts.ignoreUnknownKeys && r.reason === 'unknown_key'))
        findings.push({
          problem: 'checkpoint_signature',
          seq: null,
          detail: `检查点签名无效（${where}，${r.reason}${r.keyId ? `，密钥 ${r.keyId}` : ''}）/ a checkpoint (${where}) does not verify: ${r.reason}${r.keyId ? ` (key ${r.keyId})` : ''}`,
        });
    }
  const bodies = [...good.values()].sort((a, b) => a.seq - b.seq || a.at.localeCompare(b.at));
  for (const b of bodies)
    for (const f of b.findings)
      findings.push({
        problem: 'recorded_at_checkpoint',
        seq: b.seq,
        detail: `${b.at} 签署检查点时发现 / found when the checkpoint of ${b.at} was signed — ${f.problem}: ${f.detail}`,
        declared: true,
      });

  // the chain against each checkpoint's head
  const [head] = await db.query<{ seq: number }>(sql`SELECT seq::int AS seq FROM audit_head WHERE id = 1`);
  const seqs = [...new Set(bodies.map((b) => b.seq).filter((s) => s > 0))];
  const held = new Map(
    (
      await db.query<{ seq: number; hash: string }>(
        sql`SELECT seq::int AS seq, hash FROM audit_events WHERE seq = ANY(${seqs})`,
      )
    ).map((r) => [r.seq, r.hash]),
  );
  let lastGood = 0;
  for (const b of bodies) {
    const hash = b.seq === 0 ? GENESIS_HASH : held.get(b.seq);
    if (b.seq > head.seq) {
      findings.push({
        problem: 'chain_rewound',
        seq: b.seq,
        detail: `链头为 ${head.seq}，但 ${b.at} 签署的检查点已记至第 ${b.seq} 号事件：其后的事件被删除 / the chain ends at ${head.seq} but a checkpoint signed at ${b.at} covers event ${b.seq}: events were removed`,
      });
      break;
    }
    if (hash !== b.headHash) {
      findings.push({
        problem: 'chain_rewritten',
        seq: b.seq,
        detail: `第 ${b.seq} 号事件的哈希与 ${b.at} 签署的检查点不符：第 ${lastGood + 1}–${b.seq} 号事件之间有改动 / event ${b.seq} no longer has the hash a checkpoint signed at ${b.at}: an event from ${lastGood + 1} to ${b.seq} was rewritten`,
      });
      break;
    }
    lastGood = b.seq;
  }

  // the security-relevant rows against the database's newest checkpoint, which keeps its snapshot
  const newest = stored.filter((s) => good.has(s.body)).at(-1);
  const newestBody = newest ? good.get(newest.body)! : null;
  // a checkpoint a witness kept that the database lost: the table was cut back to an older snapshot
  const missing = [...good]
    .filter(([text, b]) => b.reason !== 'backup' && !inDb.has(text) && (!newestBody || later(b, newestBody)))
    .map(([, b]) => b)[0];
  if (missing)
    findings.push({
      problem: 'checkpoint_missing',
      seq: missing.seq,
      detail: `见证方保存的检查点（${missing.at}，第 ${missing.seq} 号）不在数据库中 / a witnessed checkpoint (${missing.at}, event ${missing.seq}) is missing from the database`,
    });
  else if (newestBody && !newest!.rows)
    findings.push({
      problem: 'security_snapshot_missing',
      seq: newestBody.seq,
      detail: `最新检查点（第 ${newestBody.seq} 号）缺少行快照 / the newest checkpoint (event ${newestBody.seq}) has lost its row snapshot`,
    });
  else if (newestBody && securityDigest(newest!.rows!) !== newestBody.security)
    findings.push({
      problem: 'security_snapshot_altered',
      seq: newestBody.seq,
      detail: `第 ${newestBody.seq} 号检查点的行快照与其签名摘要不符 / the row snapshot of the checkpoint at ${newestBody.seq} does not match its signed digest`,
    });
  else if (newestBody) findings.push(...(await unaccountedRows(db, newest!.rows!, newestBody.seq)));
  const latest = bodies[bodies.length - 1];
  return {
    ok: findings.length === 0,
    checkpoints: bodies.length,
    latest: latest ? { seq: latest.seq, at: latest.at } : null,
    firstMismatch: findings[0] ?? null,
    findings,
  };
}

/** rows added, removed or changed since the snapshot with no audit event since that accounts for them */
async function unaccountedRows(db: Queryable, snapshot: SecurityRow[], since: number) {
  const now = await readSecurityRows(db);
  const key = (r: SecurityRow) => `${r.t}/${r.id}`;
  const before = new Map(snapshot.map((r) => [key(r), r]));
  const after = new Map(now.map((r) => [key(r), r]));
  const events = await db.query<{
    entity_type: string;
    entity_id: string;
    organisation_id: string | null;
  }>(sql`
    SELECT entity_type, entity_id, organisation_id FROM audit_events
    WHERE seq > ${since} AND entity_type IN ('user', 'organisation', 'region', 'seal')`);
  const accounted = new Set(events.map(eventSubject));
  const out: CheckpointFinding[] = [];
  for (const k of new Set([...before.keys(), ...after.keys()])) {
    const b = before.get(k);
    const a = after.get(k);
    if (b?.h === a?.h) continue;
    if ((a ?? b)!.s.some((s) => accounted.has(s))) continue;
    const what = !b ? 'added' : !a ? 'removed' : 'changed';
    out.push({
      problem: 'security_row_changed',
      seq: since,
      detail: `${k} 在第 ${since} 号事件之后被改动，但没有对应的操作日志 / ${k} was ${what} after event ${since} with no audit event to account for it`,
    });
  }
  return out;
}
