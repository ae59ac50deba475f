// The rule packs: which governs a case, whether it is still in force, and the recorded basis
// for applying a lapsed pack further (an extension, a successor, an interim decision) in the
// regions it names, for the days it is valid (第十九条).
import { randomUUID } from 'node:crypto';
import type { PackBasisRef } from '@jiandu/procedure';
import { getPack, packStatus } from '@jiandu/regulation';
import type { Actor } from '../../access/actor.ts';
import { recordAudit } from '../../audit/record.ts';
import { StampedCache, type Stamps } from '../../db/change-stamps.ts';
import type { Queryable } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';
import { refuse } from '../../http/problem.ts';
import type { UseCase } from '../../use-case.ts';
import { shanghaiDate } from '../cases/today.ts';

export interface PackBasis extends PackBasisRef {
  kind: 'extension' | 'successor' | 'interim';
  note: string;
  regionCodes: string[];
  regionNames: string[];
  recordedBy: string;
  recordedAt: string;
}

const BASIS_COLUMNS = sql`b.id, b.kind, b.reference, b.note, b.region_codes AS "regionCodes",
  ARRAY(SELECT r.name FROM regions r WHERE r.code = ANY(b.region_codes) ORDER BY r.code) AS "regionNames",
  b.valid_from::text AS "validFrom", b.valid_until::text AS "validUntil",
  u.display_name AS "recordedBy", b.recorded_at::text AS "recordedAt"`;

/** a region code stands in a region's path as its own segment: '140000/140500/140525/' */
const governs = (codes: ReturnType<typeof sql>, path: ReturnType<typeof sql>) =>
  sql`EXISTS (SELECT 1 FROM unnest(${codes}) c WHERE position(c || '/' IN ${path}) > 0)`;

/** The bases recorded for `packId` that govern cases in `regionCode` (named for it or a region above it). */
export async function basesGoverning(q: Queryable, packId: string, regionCode: string): Promise<PackBasis[]> {
  return q.query<PackBasis>(sql`
    SELECT ${BASIS_COLUMNS} FROM pack_bases b JOIN users u ON u.id = b.recorded_by
    WHERE b.pack_id = ${packId}
      AND ${governs(sql`b.region_codes`, sql`(SELECT path FROM regions WHERE code = ${regionCode})`)}
    ORDER BY b.recorded_at DESC`);
}

// the bases, their regions' names and who recorded them: kept while none of those change
const governing = new StampedCache<PackBasis[]>(['bases', 'people']);

/** basesGoverning, kept per process under the change stamps (0090) */
export function basesGoverningKept(q: Queryable, stamps: Stamps, packId: string, regionCode: string) {
  return governing.get(`${packId} ${regionCode}`, stamps, () => basesGoverning(q, packId, regionCode));
}

/** The bases a user may know of: those governing a region of the user's jurisdiction or the user's own region. */
export async function basesSeenBy(q: Queryable, actor: Actor, packId: string): Promise<PackBasis[]> {
  return q.query<PackBasis>(sql`
    SELECT ${BASIS_COLUMNS} FROM pack_bases b JOIN users u ON u.id = b.recorded_by
    WHERE b.pack_id = ${packId}
      AND (b.region_codes && ${actor.scope.regionCodes}::text[]
        OR ${governs(sql`b.region_codes`, sql`(SELECT path FROM regions WHERE code = ${actor.regionCode})`)})
    ORDER BY b.recorded_at DESC`);
}

export interface BasisInput {
  kind: PackBasis['kind'];
  reference: string;
  note: string;
  regionCodes: string[];
  validFrom?: string;
  validUntil?: string | null;
}

/**
 * 第十九条: data that others' cases rely on is written only by an administrator whose jurisdiction
 * covers all of it; the event is listed to every administrator of a region it governs.
 */
export async function recordPackBasis(uc: UseCase, packId: string, input: BasisInput) {
  const pack = getPack(packId);
  // a basis applies a pack's procedure further; a pack loaded as text only has none to apply
  if (!pack.procedural || pack.validityCitation === null)
    throw refuse.field(
      'packId',
      `《${pack.titleZh}》未载入程序条款，不能作为继续适用的对象记录依据`,
      'this rule pack carries no procedure, so no basis for applying it further can be recorded',
      422,
    );
  const validity = pack.validityCitation;
  const today = shanghaiDate(uc.audit.now);
  const validFrom = input.validFrom ?? today;
  if (input.validUntil && input.validUntil < validFrom)
    throw refuse.field('validUntil', '有效期止日不能早于起日', 'the validity cannot end before it starts');
  const codes = [...new Set(input.regionCodes)];
  const outside = codes.filter((c) => !uc.actor.scope.regionCodes.includes(c));
  if (outside.length)
    throw refuse.byLaw(
      403,
      `依据适用的区域（${outside.join('、')}）超出本机关管辖范围，须由管辖范围覆盖这些区域的系统管理员记录`,
      `the regions ${outside.join(', ')} lie outside your jurisdiction: an administrator whose jurisdiction covers them records the basis`,
      validity,
      'regionCodes',
    );
  const status = packStatus(pack, today);
  return uc.db.tx(async (tx) => {
    const concerns = (
      await tx.query<{ code: string }>(
        sql`SELECT r.code FROM regions r WHERE ${governs(sql`${codes}::text[]`, sql`r.path`)} ORDER BY r.code`,
      )
    ).map((r) => r.code);
    const id = randomUUID();
    await tx.query(sql`INSERT INTO pack_bases (id, pack_id, kind, reference, note, recorded_by, recorded_at,
        region_codes, valid_from, valid_until)
      VALUES (${id}, ${packId}, ${input.kind}, ${input.reference}, ${input.note}, ${uc.actor.userId}, ${uc.audit.now},
        ${codes}, ${validFrom}, ${input.validUntil ?? null})`);
    await recordAudit(tx, uc.audit, {
      action: 'regulation.basis_record',
      entityType: 'rule_pack',
      entityId: packId,
      after: {
        id,
        kind: input.kind,
        reference: input.reference,
        note: input.note,
        regionCodes: codes,
        validFrom,
        validUntil: input.validUntil ?? null,
        packInForce: status.inForce,
        lapsedOn: status.lapsedOn ?? null,
      },
      article: validity,
      concerns,
    });
    return { id, regionCodes: codes, validFrom, validUntil: input.validUntil ?? null };
  });
}
