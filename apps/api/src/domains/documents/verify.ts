// Anyone holding a PDF can check it is the document issued: its SHA-256 must be the one
// stored at sealing, and the audit event that recorded it must still hash as chained.

import { eventHash } from '../../audit/chain.ts';
import { type AuditRow, rowToEvent } from '../../audit/rows.ts';
import type { Queryable } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';
import { documentSpec } from '../../documents/registry.ts';

export async function verifyDocument(q: Queryable, hash: string, number: string | null) {
  const [d] = await q.query<{
    number: string | null;
    kind: string;
    issued_on: string;
    sealed_at: Date;
    organ: string;
    government: string;
    sealed_audit_seq: number | null;
  }>(sql`
    SELECT d.number, d.kind, d.issued_on, d.sealed_at, o.name AS organ, g.name AS government, d.sealed_audit_seq
    FROM documents d JOIN organisations o ON o.id = d.organ_id JOIN organisations g ON g.id = o.parent_id
    WHERE d.pdf_sha256 = ${hash}`);
  // an unknown file and a file under another number get the same answer: nothing is revealed
  if (!d || (number && d.number !== number)) return { match: false as const, sha256: hash };
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
    sealedAt: d.sealed_at,
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
