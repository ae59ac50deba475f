// The signed checkpoints as published: anyone (the city, the province) may fetch and keep them,
// with the public key that checks them, and later hold the database to them.
import fs from 'node:fs';
import path from 'node:path';
import { CHECKPOINT_KEY_FILE, loadSigningKey } from '../../audit/signing-key.ts';
import type { Queryable } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';

export async function publishedCheckpoints(q: Queryable, keyDir: string, afterSeq: number, limit: number) {
  const file = path.join(keyDir, CHECKPOINT_KEY_FILE);
  const key = fs.existsSync(file) ? loadSigningKey(file) : null;
  const items = await q.query<{ body: string; signature: string }>(sql`
    SELECT body, signature FROM audit_checkpoints WHERE seq > ${afterSeq} ORDER BY seq, at, id LIMIT ${limit}`);
  return {
    algorithm: 'Ed25519' as const,
    keyId: key?.keyId ?? null,
    publicKey: key?.publicKeyPem ?? null,
    items,
  };
}
