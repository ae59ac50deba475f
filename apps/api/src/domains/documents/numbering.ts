// 文号: per organ, per number code, per year, without gaps. The upsert takes the sequence row's
// lock until the issuing transaction ends, so concurrent issues queue and a rolled-back one
// gives its number back; a cancelled document keeps its number (it is never reused).
import type { Queryable } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';
import { formatNumber } from '../../documents/registry.ts';
import type { Issuer } from './context.ts';

export interface DocNumber {
  code: string;
  year: number;
  seq: number;
  text: string;
}

export async function allocateNumber(
  q: Queryable,
  issuer: Issuer,
  code: string,
  year: number,
): Promise<DocNumber> {
  const [{ last_n }] = await q.query<{ last_n: number }>(sql`
    INSERT INTO document_sequences (organ_id, code, year, last_n) VALUES (${issuer.id}, ${code}, ${year}, 1)
    ON CONFLICT (organ_id, code, year) DO UPDATE SET last_n = document_sequences.last_n + 1
    RETURNING last_n`);
  return { code, year, seq: last_n, text: formatNumber(issuer.docPrefix, code, year, last_n) };
}
