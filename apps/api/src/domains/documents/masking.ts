// 第九条, 举报人保密: a document that names the petitioner is served whole only to those who may see
// the identity (the handling organ's supervisors and head); anyone else who may read the case gets
// it rendered anew with the identity masked — never the sealed bytes, which carry the name.
import type { Actor } from '../../access/actor.ts';
import { identityView, maskName, maskPhone } from '../../access/personal-data.ts';
import type { Queryable } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';
import type { OfficialDocument } from '../../documents/model.ts';

interface Identity {
  name: string | null;
  phone: string | null;
  address: string | null;
}

async function petitionerOf(q: Queryable, caseId: string, regionCode: string): Promise<Identity | null> {
  const [p] = await q.query<{
    anonymous: boolean;
    name: string | null;
    phone: string | null;
    address: string | null;
  }>(sql`
    SELECT p.anonymous, p.petitioner_name AS name, p.petitioner_phone AS phone, p.petitioner_address AS address
    FROM supervision_cases c JOIN petitions p ON p.id = c.petition_id AND p.region_code = c.region_code
    WHERE c.id = ${caseId} AND c.region_code = ${regionCode}`);
  return p && !p.anonymous ? p : null;
}

/** every string of the content with the identity's parts replaced by their masks */
export function maskIdentity<T>(content: T, who: Identity): T {
  const parts: [string, string][] = [];
  if (who.name?.trim()) parts.push([who.name.trim(), maskName(who.name)]);
  if (who.phone?.trim()) parts.push([who.phone.trim(), maskPhone(who.phone)]);
  if (who.address?.trim()) parts.push([who.address.trim(), '（地址已隐去）']);
  return JSON.parse(JSON.stringify(content), (_k, v) =>
    typeof v === 'string' ? parts.reduce((s, [whole, mask]) => s.split(whole).join(mask), v) : v,
  ) as T;
}

/**
 * The content this reader may have: null when it is the document as issued, or the masked content
 * when the document names a petitioner the reader may not identify.
 */
export async function maskedFor(
  q: Queryable,
  actor: Actor,
  doc: { case_id: string | null; organ_id: string; region_code: string; content: OfficialDocument },
): Promise<OfficialDocument | null> {
  if (!doc.case_id || identityView(actor, doc.organ_id) === 'full') return null;
  const who = await petitionerOf(q, doc.case_id, doc.region_code);
  if (!who) return null;
  const masked = maskIdentity(doc.content, who);
  return JSON.stringify(masked) === JSON.stringify(doc.content) ? null : masked;
}
