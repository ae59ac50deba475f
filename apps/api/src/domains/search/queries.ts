// One search across cases, documents and petitions, in the reader's scope (第二条): a 案号 or a
// 文号 (whole or in part), a petitioner's tracking code, an agency's name or words of the 案由.
// The agency supervised finds its own cases by number only: it never searches the 案由 of cases
// it may not yet see, nor petitions.
import type { CaseFacts } from '@jiandu/procedure';
import type { Actor } from '../../access/actor.ts';
import type { Queryable } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';
import { documentSpec } from '../../documents/registry.ts';
import { agencyCaseTitle } from '../cases/presenter.ts';
import { caseScope, listCases } from '../cases/queries.ts';
import { trackingHash } from '../cases/tracking.ts';
import { docScope } from '../documents/queries.ts';

/** how many of each kind a search shows; the case list pages through the rest */
export const SEARCH_SHOWN = 10;

/** a tracking code as the petitioner reads it out: 16 letters and digits, dashes or spaces between */
const TRACKING = /^[0-9A-Za-z]{16}$/;

export async function search(q: Queryable, actor: Actor, text: string) {
  const like = `%${text.replace(/[\\%_]/g, '\\$&')}%`;
  const liaison = actor.role === 'agency_liaison';
  const cases = liaison
    ? (
        await q.query<CaseHit & { facts: CaseFacts; registered_on: string }>(sql`
          SELECT c.id, c.case_number, c.state, a.name AS agency_name, c.facts, c.registered_on::text AS registered_on
          FROM supervision_cases c JOIN organisations a ON a.id = c.agency_id
          WHERE ${caseScope(actor)} AND c.case_number LIKE ${like}
          ORDER BY c.updated_at DESC LIMIT ${SEARCH_SHOWN}`)
      ).map((c) => ({ ...c, title: agencyCaseTitle(c.facts, c.registered_on) }))
    : await searchCases(q, actor, text, like);
  const documents = await q.query<{
    id: string;
    case_id: string | null;
    number: string;
    title: string;
    kind: string;
    issued_on: string;
  }>(sql`
    SELECT d.id, d.case_id, d.number, d.title, d.kind, d.issued_on::text AS issued_on
    FROM documents d LEFT JOIN supervision_cases c ON c.id = d.case_id
    WHERE d.number LIKE ${like} AND d.cancelled_at IS NULL AND ${docScope(actor)}
    ORDER BY d.issued_at DESC LIMIT ${SEARCH_SHOWN}`);
  const code = text.replace(/[\s-]/g, '');
  const petition =
    !liaison && TRACKING.test(code)
      ? ((
          await q.query<{
            case_id: string;
            case_number: string;
            title: string;
            kind: string;
            received_at: Date;
          }>(sql`
            SELECT c.id AS case_id, c.case_number, c.title, p.kind, p.received_at
            FROM petitions p JOIN supervision_cases c ON c.petition_id = p.id
            WHERE p.tracking_hash = ${trackingHash(code)} AND ${caseScope(actor)}`)
        )[0] ?? null)
      : null;
  return {
    q: text,
    cases: cases.map((c) => ({
      id: c.id,
      caseNumber: c.case_number,
      title: c.title,
      state: c.state,
      agencyName: c.agency_name,
    })),
    documents: documents.map((d) => ({
      id: d.id,
      caseId: d.case_id,
      number: d.number,
      title: d.title,
      // the title is the kind's Chinese name as issued; English readers get the kind's English name
      titleEn: documentSpec(d.kind)?.en ?? d.title,
      kind: d.kind,
      issuedOn: d.issued_on,
    })),
    petition: petition && {
      caseId: petition.case_id,
      caseNumber: petition.case_number,
      title: petition.title,
      kind: petition.kind,
      receivedAt: petition.received_at.toISOString(),
    },
  };
}

interface CaseHit {
  id: string;
  case_number: string;
  title: string;
  state: string;
  agency_name: string;
}

/** the organ's staff: the case list's own search (案号 whole, 案由, agency), and 案号 in part */
async function searchCases(q: Queryable, actor: Actor, text: string, like: string): Promise<CaseHit[]> {
  const { rows } = await listCases(q, actor, { q: text, limit: SEARCH_SHOWN, offset: 0 }, SEARCH_SHOWN);
  const found = rows.map(
    (r): CaseHit => ({
      id: r.id,
      case_number: r.case_number,
      title: r.title,
      state: r.state,
      agency_name: r.agency_name,
    }),
  );
  if (found.length >= SEARCH_SHOWN || !/\d/.test(text)) return found;
  // a number in part (「〔2026〕12号」): the numbers of the jurisdiction's cases, few per organ and year
  const more = await q.query<CaseHit>(sql`
    SELECT c.id, c.case_number, c.title, c.state, a.name AS agency_name
    FROM supervision_cases c JOIN organisations a ON a.id = c.agency_id
    WHERE ${caseScope(actor)} AND c.case_number LIKE ${like} AND NOT c.id = ANY(${found.map((f) => f.id)}::uuid[])
    ORDER BY c.updated_at DESC LIMIT ${SEARCH_SHOWN - found.length}`);
  return [...found, ...more];
}
