// Reads and checks the signature of a PDF signed by sign-pdf.ts: its byte range covers the whole
// file but the signature; the signed digest is the digest of those bytes; the signature holds
// under the certificate it carries. Which certificate is the organ's is for the caller to say.
import { createHash, verify } from 'node:crypto';
import forge from 'node-forge';
import { certificateSha256 } from './organ-credentials.ts';

export type PdfSignature =
  | { valid: true; signer: string; certificateSha256: string; signedAt: string | null }
  | {
      valid: false;
      reason: 'unsigned' | 'not_whole_file' | 'malformed' | 'digest_mismatch' | 'bad_signature';
    };

const OID_MESSAGE_DIGEST = forge.pki.oids.messageDigest;
const OID_SIGNING_TIME = forge.pki.oids.signingTime;
const DIGESTS: Record<string, string> = {
  [forge.pki.oids.sha256]: 'sha256',
  [forge.pki.oids.sha384]: 'sha384',
  [forge.pki.oids.sha512]: 'sha512',
};

export function readPdfSignature(pdf: Uint8Array): PdfSignature {
  const buf = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  const text = buf.toString('latin1');
  const ranges = [...text.matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)];
  const last = ranges.at(-1);
  if (!last) return { valid: false, reason: 'unsigned' };
  const [a, b, c, d] = last.slice(1, 5).map(Number);
  // the last signature covers every byte after it too: nothing was appended once signed
  if (a !== 0 || c <= b || c + d !== buf.length) return { valid: false, reason: 'not_whole_file' };
  const hole = text.slice(b, c);
  if (!/^<[0-9a-fA-F]+>$/.test(hole)) return { valid: false, reason: 'malformed' };
  try {
    // the hole is padded with zeros after the CMS: read one value, not all bytes (the typings lag)
    const cms = forge.asn1.fromDer(Buffer.from(hole.slice(1, -1), 'hex').toString('binary'), {
      parseAllBytes: false,
    } as unknown as boolean);
    const msg = forge.pkcs7.messageFromAsn1(cms) as forge.pkcs7.PkcsSignedData & {
      rawCapture: { signature: string; digestAlgorithm: string; authenticatedAttributes: forge.asn1.Asn1[] };
    };
    const { signature, digestAlgorithm, authenticatedAttributes: attrs } = msg.rawCapture;
    const algorithm = DIGESTS[forge.asn1.derToOid(digestAlgorithm)];
    const cert = msg.certificates[0];
    if (!algorithm || !attrs || !cert) return { valid: false, reason: 'malformed' };
    const attr = (oid: string) =>
      attrs.find((x) => forge.asn1.derToOid((x.value as forge.asn1.Asn1[])[0].value as string) === oid);
    const value = (x: forge.asn1.Asn1 | undefined) =>
      ((x?.value as forge.asn1.Asn1[])?.[1]?.value as forge.asn1.Asn1[])?.[0]?.value;
    const signedDigest = value(attr(OID_MESSAGE_DIGEST)) as string | undefined;
    const digest = createHash(algorithm).update(buf.subarray(0, b)).update(buf.subarray(c)).digest('binary');
    if (signedDigest !== digest) return { valid: false, reason: 'digest_mismatch' };
    const set = forge.asn1.create(forge.asn1.Class.UNIVERSAL, forge.asn1.Type.SET, true, attrs);
    const ok = verify(
      algorithm,
      Buffer.from(forge.asn1.toDer(set).getBytes(), 'binary'),
      forge.pki.certificateToPem(cert),
      Buffer.from(signature, 'binary'),
    );
    if (!ok) return { valid: false, reason: 'bad_signature' };
    const time = value(attr(OID_SIGNING_TIME)) as string | undefined;
    const cn = cert.subject.getField('CN')?.value as string | undefined;
    return {
      valid: true,
      signer: cn ? forge.util.decodeUtf8(cn) : '',
      certificateSha256: certificateSha256(cert),
      signedAt: time ? forge.asn1.utcTimeToDate(time).toISOString() : null,
    };
  } catch {
    return { valid: false, reason: 'malformed' };
  }
}
