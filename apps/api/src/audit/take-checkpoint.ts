// Takes a checkpoint of the live database: signs the head and the security digest, stores the
// signed text (with the per-row hashes, for the verifier) and appends it to the checkpoint file.
// The head row is locked first, so the head and the rows read belong to the same moment and two
// processes never sign at once; nothing is written when nothing changed since the last one.
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/client.ts';
import { sql } from '../db/sql.ts';
import {
  type CheckpointReason,
  parseCheckpointLines,
  type SignedCheckpoint,
  signCheckpoint,
} from './checkpoint.ts';
import { readSecurityRows, securityDigest } from './security-rows.ts';
import type { SigningKey } from './signing-key.ts';
import { verifyCheckpoints } from './verify-checkpoints.ts';

export async function takeCheckpoint(
  db: Db,
  key: SigningKey,
  opts: { now: Date; reason: CheckpointReason; file: string | null },
): Promise<SignedCheckpoint | null> {
  const cp = await db.tx(async (tx) => {
    const [head] = await tx.query<{ seq: number; hash: string }>(
      sql`SELECT seq::int AS seq, hash FROM audit_head WHERE id = 1 FOR UPDATE`,
    );
    const rows = await readSecurityRows(tx);
    const security = securityDigest(rows);
    const [last] = await tx.query<{ body: string }>(
      sql`SELECT body FROM audit_checkpoints ORDER BY seq DESC, at DESC, id DESC LIMIT 1`,
    );
    if (last) {
      const b = JSON.parse(last.body);
      if (b.seq === head.seq && b.headHash === head.hash && b.security === security && b.keyId === key.keyId)
        return null;
    }
    // checked against the checkpoints before it, and what is found is signed into it: a change
    // made while the server was stopped is not blessed by the next checkpoint
    const witnessed =
      opts.file && fs.existsSync(opts.file) ? parseCheckpointLines(fs.readFileSync(opts.file, 'utf8')) : [];
    const check = await verifyCheckpoints(tx, witnessed, new Map([[key.keyId, key.publicKey]]), {
      ignoreUnknownKeys: true,
    });
    const signed = signCheckpoint(
      {
        seq: head.seq,
        headHash: head.hash,
        at: opts.now.toISOString(),
        security,
        reason: opts.reason,
        findings: check.findings
          .filter((f) => !f.declared)
          .map((f) => ({ problem: f.problem, detail: f.detail })),
      },
      key,
    );
    // only the newest checkpoint keeps its rows: the verifier compares against the newest
    await tx.query(sql`UPDATE audit_checkpoints SET rows = NULL WHERE rows IS NOT NULL`);
    await tx.query(sql`INSERT INTO audit_checkpoints (seq, at, body, signature, key_id, rows)
      VALUES (${head.seq}, ${opts.now}, ${signed.body}, ${signed.signature}, ${key.keyId},
        ${JSON.stringify(rows)}::jsonb)`);
    return signed;
  });
  if (cp && opts.file) appendCheckpoint(opts.file, cp);
  return cp;
}

/** one line, appended: the file only ever grows */
export function appendCheckpoint(file: string, cp: SignedCheckpoint) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.appendFileSync(file, `${JSON.stringify(cp)}\n`, { mode: 0o600 });
}
