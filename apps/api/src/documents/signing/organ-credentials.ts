// Each organ's signing key and certificate (PKCS#12), kept as a file in the key folder, never in
// the database: a PDF forged in the database cannot bear the organ's signature. An organ with
// none yet gets a self-issued certificate on first sealing (the demo); an operator may put a
// certificate issued by a CA in its place (docs/operations.md). One key folder per process.
import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import forge from 'node-forge';
import { loadConfig } from '../../config.ts';

let keyDir: string | null = null;

/** set at start-up (and by each test app): where the organs' credentials live */
export function useKeyDir(dir: string) {
  keyDir = dir;
}

const organsDir = () => path.join(keyDir ?? loadConfig().keyDir, 'organs');
const p12File = (organId: string) => path.join(organsDir(), `${organId}.p12`);

export interface OrganCredentials {
  p12: Buffer;
  /** the PKCS#12 file is protected by its file mode; its passphrase is empty */
  passphrase: string;
  /** SHA-256 of the certificate (DER): what a verifier pins */
  certificateSha256: string;
}

const der = (c: forge.pki.Certificate) =>
  Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(c)).getBytes(), 'binary');
export const certificateSha256 = (c: forge.pki.Certificate) =>
  createHash('sha256').update(der(c)).digest('hex');

function selfIssued(organ: { id: string; name: string }): Buffer {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const key = forge.pki.privateKeyFromPem(privateKey.export({ type: 'pkcs1', format: 'pem' }).toString());
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString());
  cert.serialNumber = `01${randomBytes(8).toString('hex')}`;
  cert.validity.notBefore = new Date(Date.now() - 86_400_000);
  cert.validity.notAfter = new Date(Date.now() + 20 * 365 * 86_400_000);
  const name = [
    { name: 'commonName', value: organ.name, valueTagClass: forge.asn1.Type.UTF8 },
    { name: 'serialNumber', value: organ.id },
    { name: 'countryName', value: 'CN' },
  ] as forge.pki.CertificateField[];
  cert.setSubject(name);
  cert.setIssuer(name);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true },
  ]);
  cert.sign(key, forge.md.sha256.create());
  const p12 = forge.pkcs12.toPkcs12Asn1(key, [cert], '', { algorithm: '3des' });
  return Buffer.from(forge.asn1.toDer(p12).getBytes(), 'binary');
}

function readP12(p12: Buffer, passphrase: string): forge.pki.Certificate {
  const parsed = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(p12.toString('binary')), passphrase);
  const bag = parsed.getBags({ bagType: forge.pki.oids.certBag })[forge.pki.oids.certBag]?.[0];
  if (!bag?.cert) throw new Error('no certificate in the PKCS#12 file');
  return bag.cert;
}

/** the organ's credentials, made (self-issued) when there are none */
export function organCredentials(organ: { id: string; name: string }): OrganCredentials {
  const file = p12File(organ.id);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    try {
      fs.writeFileSync(file, selfIssued(organ), { mode: 0o600, flag: 'wx' });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
  const p12 = fs.readFileSync(file);
  return { p12, passphrase: '', certificateSha256: certificateSha256(readP12(p12, '')) };
}

/** the organ's certificate fingerprint, or null when it has none on file (nothing is made) */
export function organCertificateSha256(organId: string): string | null {
  const file = p12File(organId);
  return fs.existsSync(file) ? certificateSha256(readP12(fs.readFileSync(file), '')) : null;
}

const byFile = new Map<string, { mtimeMs: number; sha256: string }>();

/** the organ whose certificate on file has this fingerprint, if any (fingerprints cached by file) */
export function organOfCertificate(sha256: string): string | null {
  const dir = organsDir();
  if (!fs.existsSync(dir)) return null;
  for (const name of fs.readdirSync(dir)) {
    if (!name.endsWith('.p12')) continue;
    const file = path.join(dir, name);
    const { mtimeMs } = fs.statSync(file);
    let known = byFile.get(file);
    if (known?.mtimeMs !== mtimeMs) {
      known = { mtimeMs, sha256: certificateSha256(readP12(fs.readFileSync(file), '')) };
      byFile.set(file, known);
    }
    if (known.sha256 === sha256) return name.slice(0, -'.p12'.length);
  }
  return null;
}
