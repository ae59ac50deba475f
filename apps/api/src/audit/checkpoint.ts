// A checkpoint: the audit chain's head and the digest of the security-relevant rows at one
// moment, signed with a key the database does not hold. Kept by witnesses outside the database,
// it pins everything up to its sequence: a chain rewritten or wound back behind it no longer
// matches it, and a user, organisation or seal changed without an event no longer matches it.
import { type KeyObject, sign, verify } from 'node:crypto';
import { canonicalJson } from './chain.ts';
import type { SigningKey } from './signing-key.ts';

export const CHECKPOINT_FORMAT = 'jiandu-checkpoint/1';

export type CheckpointReason = 'timer' | 'start' | 'stop' | 'backup' | 'manual';

export interface CheckpointBody {
  format: typeof CHECKPOINT_FORMAT;
  /** the last event's sequence number (0 before the first event) and its hash */
  seq: number;
  headHash: string;
  at: string;
  /** SHA-256 over the security-relevant rows (security-rows.ts) */
  security: string;
  reason: CheckpointReason;
  keyId: string;
  /**
   * what the signer found against the previous checkpoints before signing (a row changed with no
   * event, a chain rewound): signed, so a later checkpoint never hides what happened before it
   */
  findings: { problem: string; detail: string }[];
}

/** one line of a checkpoint file, one item of the public list, one field of a backup manifest */
export interface SignedCheckpoint {
  body: string;
  signature: string;
}

export function signCheckpoint(
  b: Omit<CheckpointBody, 'format' | 'keyId'>,
  key: SigningKey,
): SignedCheckpoint {
  const body = canonicalJson({ ...b, format: CHECKPOINT_FORMAT, keyId: key.keyId });
  return { body, signature: sign(null, Buffer.from(body), key.privateKey).toString('base64') };
}

export type CheckpointReading =
  | { ok: true; body: CheckpointBody }
  | { ok: false; reason: 'malformed' | 'unknown_key' | 'bad_signature'; keyId: string | null };

/** the body, if the signature holds under one of the trusted keys (by key id) */
export function readCheckpoint(
  cp: SignedCheckpoint,
  trusted: ReadonlyMap<string, KeyObject>,
): CheckpointReading {
  let b: CheckpointBody;
  try {
    b = JSON.parse(cp.body);
  } catch {
    return { ok: false, reason: 'malformed', keyId: null };
  }
  if (
    b?.format !== CHECKPOINT_FORMAT ||
    !Number.isSafeInteger(b.seq) ||
    typeof b.headHash !== 'string' ||
    typeof b.security !== 'string' ||
    typeof b.keyId !== 'string' ||
    !Array.isArray(b.findings)
  )
    return { ok: false, reason: 'malformed', keyId: null };
  const key = trusted.get(b.keyId);
  if (!key) return { ok: false, reason: 'unknown_key', keyId: b.keyId };
  let good = false;
  try {
    good = verify(null, Buffer.from(cp.body), key, Buffer.from(cp.signature, 'base64'));
  } catch {
    good = false;
  }
  return good ? { ok: true, body: b } : { ok: false, reason: 'bad_signature', keyId: b.keyId };
}

/** a checkpoint file: one JSON object per line; blank lines are skipped */
export function parseCheckpointLines(text: string): SignedCheckpoint[] {
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      try {
        const o = JSON.parse(l);
        return { body: String(o.body), signature: String(o.signature) };
      } catch {
        // kept, so that the verifier names it as malformed
        return { body: l, signature: '' };
      }
    });
}
