// Anyone holding a PDF can check it is the document issued: it must bear a valid signature by
// the certificate the issuing organ keeps outside the database, its SHA-256 must be the one
// stored at sealing, and the audit event that recorded it must still hash as chained. A PDF
// put into the database with its hash fails the first: only the organ's key can sign.
import { createHash } from 'node:crypto';

import { eventHash } from '../../audit/chain.ts';
import { type AuditRow, rowToEvent } from '../../audit/rows.ts';
import type { Queryable } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';
import { documentSpec } from '../../documents/registry.ts';
import { organCertificateSha256, organOfCertificate } from '../../documents/signing/organ-credentials.ts';
import { type PdfSignature, readPdfSignature } from '../../documents/signing/verify-pdf.ts';

/**
 * The file's own signature, and whether its certificate is the one the organ keeps. With no
 * organ to hold it to (a file the database does not know), any organ's certificate on file is
 * named: a genuine document the database has lost, or whose record was replaced.
 */
function signatureOf(pdf: Uint8Array, organId: string | null) {
  const s: PdfSignature = readPdfSignature(pdf);
  if (!s.valid) return { ...s, organCertificate: false as const };
  const holder = organId ?? organOfCertificate(s.certificateSha256);
  return {
    ...s,
    organCertificate: holder !== null && organCertificateSha256(holder) === s.certificateSha256,
  };
}

export async function verifyDocument(q: Queryable, pdf: Uint8Array, number: string | null) {
  const hash = createHash('sha256').update(pdf).digest('hex');
  const [d] = await q.query<{
    organ_id: string;
    number: string | null;
    kind: string;
    issued_on: string;
    sealed_at: Date;
    organ: string;
    government: string;
    sealed_audit_seq: number | null;
  }>(sql`
    SELECT d.organ_id, d.number, d.kind, d.issued_on, d.sealed_at, o.name AS organ, g.name AS government, d.sealed_audit_seq
    FROM documents d JOIN organisations o ON o.id = d.organ_id JOIN organisations g ON g.id = o.parent_id
    WHERE d.pdf_sha256 = ${hash}`);
  // an unknown file and a file under another number get the same answer: nothing is revealed
  if (!d || (number && d.number !== number))
    return { match: false as const, sha256: hash, signature: signatureOf(pdf, null) };
  const signature = signatureOf(pdf, d.organ_id);
  // recorded in the database but not signed by the organ: a forgery put there
  if (!signature.organCertificate) return { match: false as const, sha256: hash, signature };
  const spec = documentSpec(d.kind);
  return {
    match: true as const,
    sha256: hash,
    number: d.number,
    kind: { zh: spec?.zh ?? d.kind, en: spec?.en ?? d.kind },
    // 第十条: the organ issues; the seal is its government's supervision seal
    issuer: d.organ,
    seal: `${d.government}行政执法监督专用章`,
    issuedOn: d.issued_on,
    sealedAt: d.sealed_at.toISOString(),
    signature,
    auditEvent: d.sealed_audit_seq ? await eventIntact(q, d.sealed_audit_seq, hash) : null,
  };
}

/** the event re-hashes from its predecessor, the next links to it, and it names this hash */
export async function eventIntact(q: Queryable, seq: number, hash: string) {
  const rows = await q.query<AuditRow>(
    sql`SELECT * FROM audit_events WHERE seq BETWEEN ${seq - 1} AND ${seq + 1} ORDER BY seq`,
  );
  const ev = rows.find((r) => Number(r.seq) === seq);
  const prev = rows.find((r) => Number(r.seq) === seq - 1);
  const next = rows.find((r) => Number(r.seq) === seq + 1);
  const intact =
    Boolean(ev) &&
    eventHash(prev?.hash ?? ev!.prev_hash, rowToEvent(ev!)) === ev!.hash &&
    (!prev || prev.hash === ev!.prev_hash) &&
    (!next || next.prev_hash === ev!.hash) &&
    JSON.stringify(ev!.after).includes(hash);
  return { seq, intact };
}
