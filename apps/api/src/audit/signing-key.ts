// The checkpoint signing key (Ed25519): a file outside the database, so that whoever holds the
// database (or a backup of it) cannot sign a checkpoint. Made on first use, readable by the
// owner only. Several processes on one database share the same file.
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
} from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface SigningKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  publicKeyPem: string;
  keyId: string;
}

export const CHECKPOINT_KEY_FILE = 'checkpoint-ed25519.pem';

/** first 16 hex digits of the SHA-256 of the public key (SPKI DER): names the key in each checkpoint */
export function keyIdOf(publicKey: KeyObject): string {
  return createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex')
    .slice(0, 16);
}

export function publicKeyFrom(pem: string): KeyObject {
  const k = pem.includes('PRIVATE KEY') ? createPublicKey(createPrivateKey(pem)) : createPublicKey(pem);
  if (k.asymmetricKeyType !== 'ed25519') throw new Error('not an Ed25519 key');
  return k;
}

export function loadSigningKey(file: string): SigningKey {
  const privateKey = createPrivateKey(fs.readFileSync(file, 'utf8'));
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error(`${file}: not an Ed25519 private key`);
  const publicKey = createPublicKey(privateKey);
  return {
    privateKey,
    publicKey,
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    keyId: keyIdOf(publicKey),
  };
}

/** the key in `dir`, made (0600, in a 0700 folder) when there is none yet */
export function loadOrCreateSigningKey(dir: string): SigningKey {
  const file = path.join(dir, CHECKPOINT_KEY_FILE);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const { privateKey } = generateKeyPairSync('ed25519');
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    try {
      // wx: a second process starting at the same moment keeps the first one's key
      fs.writeFileSync(file, pem, { mode: 0o600, flag: 'wx' });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
  return loadSigningKey(file);
}
