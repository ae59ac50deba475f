// TOTP (RFC 6238 over RFC 4226's HOTP) with node:crypto: HMAC-SHA1, 30-second steps, six
// digits. A code is accepted for the current step or one either side (clock drift), and only
// for a step later than the last one used, so a seen code cannot be replayed.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const STEP_SECONDS = 30;
export const DIGITS = 6;
const WINDOW = 1;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function base32Encode(buf: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of buf) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

export function base32Decode(s: string): Buffer {
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const c of s.replace(/=+$/, '').toUpperCase()) {
    const i = ALPHABET.indexOf(c);
    if (i < 0) throw new Error('not base32');
    value = (value << 5) | i;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** a new secret: 160 bits, as RFC 4226 recommends, in base32 as authenticator apps take it */
export const newSecret = () => base32Encode(randomBytes(20));

/** RFC 4226 HOTP with dynamic truncation; digits 6 or 8 (the RFC 6238 vectors use 8) */
export function hotp(key: Buffer, counter: number, digits = DIGITS, algorithm = 'sha1'): string {
  const msg = Buffer.alloc(8);
  msg.writeBigUInt64BE(BigInt(counter));
  const h = createHmac(algorithm, key).update(msg).digest();
  const offset = h[h.length - 1] & 0xf;
  const bin = (h.readUInt32BE(offset) & 0x7fffffff) % 10 ** digits;
  return String(bin).padStart(digits, '0');
}

export const stepOf = (at: Date) => Math.floor(at.getTime() / 1000 / STEP_SECONDS);

export const totp = (secret: string, at: Date) => hotp(base32Decode(secret), stepOf(at));

/** the step the code belongs to, or null: within ±1 step of now and later than lastStep */
export function matchStep(secret: string, code: string, at: Date, lastStep: number | null): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const key = base32Decode(secret);
  const now = stepOf(at);
  for (let s = now - WINDOW; s <= now + WINDOW; s++) {
    if (lastStep !== null && s <= lastStep) continue;
    if (timingSafeEqual(Buffer.from(hotp(key, s)), Buffer.from(code))) return s;
  }
  return null;
}

/** the otpauth:// URI authenticator apps read from the QR code */
export function otpauthUri(secret: string, account: string, issuer = '监督 Jiandu'): string {
  const label = encodeURIComponent(`${issuer}:${account}`);
  const q = new URLSearchParams({
    secret,
    issuer,
    algorithm: 'SHA1',
    digits: String(DIGITS),
    period: String(STEP_SECONDS),
  });
  return `otpauth://totp/${label}?${q.toString()}`;
}
