// 预览: the document a step would issue, built from the case as it stands exactly as issue.ts
// builds it, but numbered with a blank and stored nowhere — no number is drawn from the
// sequence (numbers have no gaps), no row is written. The PDF is marked 草稿 (draft-mark.ts).
import { type CaseAction, type DocumentKind, decide, documentsAwaitingApproval } from '@jiandu/procedure';
import type { Actor } from '../../access/actor.ts';
import type { Queryable } from '../../db/client.ts';
import type { OfficialDocument } from '../../documents/model.ts';
import { buildDocument, DOCUMENT_SPECS, draftNumber } from '../../documents/registry.ts';
import { refuse } from '../../http/problem.ts';
import { getCase } from '../cases/queries.ts';
import { caseActor, lawRefusal, procedureEnv } from '../cases/service.ts';
import { documentData, issuerOf, loadCaseForDocs } from './context.ts';
import { maskedFor } from './masking.ts';

/**
 * `action`: the step as its dialog holds it so far (a notice's findings and deadline); without
 * it, the draft awaiting the head's approval (the filing form, the decision).
 */
export async function previewDocument(
  q: Queryable,
  actor: Actor,
  caseId: string,
  kind: DocumentKind,
  action: CaseAction | null,
  now: Date,
): Promise<OfficialDocument> {
  const row = await getCase(q, actor, caseId);
  if (!row) throw refuse.notFound('案件', 'Case');
  // drafts are the organ's own: the agency supervised reads what is issued to it, nothing before
  if (actor.role === 'agency_liaison')
    throw refuse.forbidden(
      '文书草稿属监督机关内部材料，被监督机关不能预览',
      'drafts are the supervision organ’s own: the agency supervised cannot preview them',
      'art9',
    );
  const env = await procedureEnv(q, row, now);
  let facts = row.facts;
  let kinds: DocumentKind[];
  if (action) {
    // the step is judged as if taken now by this reader: a preview shows only what could be issued
    const r = decide(row.facts, action, caseActor(actor), env);
    if (!r.ok) throw lawRefusal(r);
    facts = r.facts;
    // a draft for the head (the filing form, the decision) previews what approving it would issue
    kinds = r.documents.length ? r.documents : documentsAwaitingApproval(r.facts, env);
  } else kinds = documentsAwaitingApproval(row.facts, env);
  if (!kinds.includes(kind))
    throw refuse.field(
      'kind',
      `此时没有待出具的${DOCUMENT_SPECS[kind].zh}可预览`,
      `no ${DOCUMENT_SPECS[kind].en.toLowerCase()} is about to be issued`,
      409,
      DOCUMENT_SPECS[kind].article,
    );
  const c = { ...(await loadCaseForDocs(q, row.id, row.region_code)), facts };
  const caseOrgan = await issuerOf(q, c.organ_id);
  const issuer =
    kind === 'review_decision' && c.reviewing_organ_id ? await issuerOf(q, c.reviewing_organ_id) : caseOrgan;
  const spec = DOCUMENT_SPECS[kind];
  const year = Number(env.today.slice(0, 4));
  const number = spec.numberCode ? draftNumber(issuer.docPrefix, spec.numberCode, year) : null;
  const data = await documentData(q, c, issuer, env.today, number, null);
  const step = action
    ? { n: data.steps.length + 1, action, on: env.today, actorName: actor.displayName }
    : null;
  const full = { ...data, step, steps: step ? [...data.steps, step] : data.steps };
  if (!spec.applies(full))
    throw refuse.field('kind', '本案不出具该文书', 'this case issues no such document', 409, spec.article);
  const content = buildDocument(kind, full, caseOrgan.name);
  // a reader who may not identify the petitioner sees the draft masked, as the issued one (第九条)
  return (
    (await maskedFor(q, actor, {
      case_id: c.id,
      organ_id: c.organ_id,
      region_code: c.region_code,
      content,
    })) ?? content
  );
}
