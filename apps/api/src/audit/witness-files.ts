// What a witness may hand the verifier: a checkpoint file (one signed checkpoint a line), a
// backup manifest (its "checkpoint"), or a saved copy of the public list (its "items"); and
// the public keys to trust: the signing key's own, and any published key given.
import type { KeyObject } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseCheckpointLines, type SignedCheckpoint } from './checkpoint.ts';
import { CHECKPOINT_KEY_FILE, keyIdOf, loadSigningKey, publicKeyFrom } from './signing-key.ts';

export function readWitnessFile(file: string): SignedCheckpoint[] {
  const text = fs.readFileSync(file, 'utf8');
  if (text.trimStart().startsWith('{') && !text.trim().includes('\n{')) {
    const o = JSON.parse(text);
    if (Array.isArray(o.items)) return o.items;
    if (o.checkpoint) return [o.checkpoint];
  }
  return parseCheckpointLines(text);
}

export function trustedKeys(keyDir: string, publicKeyFiles: readonly string[]): Map<string, KeyObject> {
  const keys = new Map<string, KeyObject>();
  const own = path.join(keyDir, CHECKPOINT_KEY_FILE);
  if (fs.existsSync(own)) {
    const k = loadSigningKey(own);
    keys.set(k.keyId, k.publicKey);
  }
  for (const f of publicKeyFiles) {
    const k = publicKeyFrom(fs.readFileSync(f, 'utf8'));
    keys.set(keyIdOf(k), k);
  }
  return keys;
}
