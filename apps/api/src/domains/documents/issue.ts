// Issuing documents: inside the transaction of the step that calls for them, the number is
// allocated, the content built from the case and frozen with its hash. The step's audit event
// lists what was issued, so nothing is issued without a trace.
import { createHash, randomUUID } from 'node:crypto';
import type { IsoDate } from '@jiandu/calendar';
import type { DocumentKind } from '@jiandu/procedure';
import { canonicalJson } from '../../audit/chain.ts';
import type { Queryable } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';
import type { OfficialDocument } from '../../documents/model.ts';
import { buildDocument, DOCUMENT_SPECS, ORGAN_DOCUMENT_SPECS } from '../../documents/registry.ts';
import { documentData, type Issuer, issuerOf, loadCaseForDocs } from './context.ts';
import { allocateNumber } from './numbering.ts';

export interface IssuedDocument {
  id: string;
  kind: DocumentKind;
  number: string | null;
  contentSha256: string;
}

export const contentHash = (content: OfficialDocument) =>
  createHash('sha256').update(canonicalJson(content)).digest('hex');

export interface IssueInput {
  caseId: string;
  /** the case's region, where its documents are kept */
  regionCode: string;
  /** the step that calls for the documents; null at registration */
  stepN: number | null;
  kinds: readonly DocumentKind[];
  issuedOn: IsoDate;
  issuedAt: Date;
  issuedBy: string | null;
}

export async function issueDocuments(tx: Queryable, input: IssueInput): Promise<IssuedDocument[]> {
  if (!input.kinds.length) return [];
  const c = await loadCaseForDocs(tx, input.caseId, input.regionCode);
  const caseOrgan = await issuerOf(tx, c.organ_id);
  const out: IssuedDocument[] = [];
  for (const kind of input.kinds) {
    const spec = DOCUMENT_SPECS[kind];
    // the review decision is the reviewing organ's own document (第十条第二款)
    const issuer =
      kind === 'review_decision' && c.reviewing_organ_id
        ? await issuerOf(tx, c.reviewing_organ_id)
        : caseOrgan;
    const probe = await documentData(tx, c, issuer, input.issuedOn, null, input.stepN);
    if (!spec.applies(probe)) continue;
    const year = Number(input.issuedOn.slice(0, 4));
    const number = spec.numberCode ? await allocateNumber(tx, issuer, spec.numberCode, year) : null;
    const content = buildDocument(kind, { ...probe, number: number?.text ?? null }, caseOrgan.name);
    const id = randomUUID();
    const hash = contentHash(content);
    await tx.query(sql`
      INSERT INTO documents (id, case_id, step_n, kind, organ_id, region_code, number_code, number_year, number_seq, number,
        title, issued_on, issued_at, issued_by, content, content_sha256)
      VALUES (${id}, ${c.id}, ${input.stepN}, ${kind}, ${issuer.id}, ${c.region_code}, ${number?.code ?? null},
        ${number?.year ?? null}, ${number?.seq ?? null}, ${number?.text ?? null}, ${content.title}, ${input.issuedOn},
        ${input.issuedAt}, ${input.issuedBy}, ${JSON.stringify(content)}::jsonb, ${hash})`);
    out.push({ id, kind, number: number?.text ?? null, contentSha256: hash });
  }
  return out;
}

/**
 * A document the organ issues outside any case (an announcement, a results notice): numbered
 * under its kind's code, built with that number, frozen with its hash. The caller audits.
 */
export async function issueOrganDocument(
  tx: Queryable,
  input: {
    issuer: Issuer;
    kind: keyof typeof ORGAN_DOCUMENT_SPECS;
    regionCode: string;
    issuedOn: IsoDate;
    issuedAt: Date;
    issuedBy: string;
    build: (number: string) => OfficialDocument;
  },
) {
  const spec = ORGAN_DOCUMENT_SPECS[input.kind];
  const number = await allocateNumber(tx, input.issuer, spec.numberCode, Number(input.issuedOn.slice(0, 4)));
  const content = input.build(number.text);
  const id = randomUUID();
  const hash = contentHash(content);
  await tx.query(sql`
    INSERT INTO documents (id, case_id, step_n, kind, organ_id, region_code, number_code, number_year, number_seq, number,
      title, issued_on, issued_at, issued_by, content, content_sha256)
    VALUES (${id}, NULL, NULL, ${input.kind}, ${input.issuer.id}, ${input.regionCode}, ${number.code}, ${number.year},
      ${number.seq}, ${number.text}, ${content.title}, ${input.issuedOn}, ${input.issuedAt}, ${input.issuedBy},
      ${JSON.stringify(content)}::jsonb, ${hash})`);
  return { id, number: number.text, contentSha256: hash };
}
