// Public tracking codes: 80 random bits as 16 Crockford base-32 characters (XXXX-XXXX-XXXX-XXXX),
// unguessable yet short enough to read out on the phone. Only their SHA-256 is stored.
import { createHash, randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function newTrackingCode(): string {
  const bytes = randomBytes(10);
  let bits = 0n;
  for (const b of bytes) bits = (bits << 8n) | BigInt(b);
  let s = '';
  for (let i = 0; i < 16; i++) {
    s = ALPHABET[Number(bits & 31n)] + s;
    bits >>= 5n;
  }
  return `${s.slice(0, 4)}-${s.slice(4, 8)}-${s.slice(8, 12)}-${s.slice(12)}`;
}

/** Normalises what a person typed (case, dashes, O/I/L look-alikes) before hashing. */
export function trackingHash(code: string): string {
  const clean = code.toUpperCase().replace(/-/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return createHash('sha256').update(clean).digest('hex');
}
