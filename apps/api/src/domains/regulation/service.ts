// The rule packs: which governs a case, whether it is still in force, and the recorded basis
// for applying a lapsed pack further (an extension, a successor, an interim decision).
import { randomUUID } from 'node:crypto';
import { getPack, packStatus } from '@jiandu/regulation';
import { recordAudit } from '../../audit/record.ts';
import type { Queryable } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';
import type { UseCase } from '../../use-case.ts';

export interface PackBasis {
  id: string;
  kind: 'extension' | 'successor' | 'interim';
  reference: string;
  note: string;
  recordedBy: string;
  recordedAt: string;
}

export async function packBases(q: Queryable, packId: string): Promise<PackBasis[]> {
  return q.query<PackBasis>(sql`
    SELECT b.id, b.kind, b.reference, b.note, u.display_name AS "recordedBy", b.recorded_at::text AS "recordedAt"
    FROM pack_bases b JOIN users u ON u.id = b.recorded_by WHERE b.pack_id = ${packId} ORDER BY b.recorded_at DESC`);
}

export async function recordPackBasis(
  uc: UseCase,
  packId: string,
  input: { kind: PackBasis['kind']; reference: string; note: string },
) {
  const pack = getPack(packId);
  const status = packStatus(pack, uc.audit.now.toISOString().slice(0, 10));
  return uc.db.tx(async (tx) => {
    const id = randomUUID();
    await tx.query(sql`INSERT INTO pack_bases (id, pack_id, kind, reference, note, recorded_by, recorded_at)
      VALUES (${id}, ${packId}, ${input.kind}, ${input.reference}, ${input.note}, ${uc.actor.userId}, ${uc.audit.now})`);
    await recordAudit(tx, uc.audit, {
      action: 'regulation.basis_record',
      entityType: 'rule_pack',
      entityId: packId,
      after: { id, ...input, packInForce: status.inForce, lapsedOn: status.lapsedOn ?? null },
      article: pack.validityCitation,
    });
    return { id };
  });
}
