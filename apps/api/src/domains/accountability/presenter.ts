// A matter as the person asking sees it: the grounds with their article text, the ladder with
// each next measure allowed or refused (and by which article), the measures taken, what found
// it, and the actions this user may take now — so the UI shows only buttons the server accepts.
import { MATTER_STATE_LABELS, type SourceKind, SUBJECT_LABELS } from '@jiandu/contracts';
import {
  type CertificateStatus,
  decideMatter,
  type MatterAction,
  nextMeasures,
  SUBJECTS,
} from '@jiandu/procedure';
import { cite, getPack, getProvision } from '@jiandu/regulation';
import type { Actor } from '../../access/actor.ts';
import { mayAct } from './policy.ts';
import { type MatterRow, type MeasureRow, matterFacts } from './queries.ts';

export function presentMatterSummary(row: MatterRow) {
  return {
    id: row.id,
    subjectKind: row.subject_kind,
    subjectLabel: SUBJECT_LABELS[row.subject_kind],
    subjectId: row.agency_id ?? row.officer_id ?? row.supervisor_id,
    subjectName: row.subject_name,
    subjectOrganisation: row.subject_organisation,
    organId: row.organ_id,
    organName: row.organ_name,
    regionCode: row.region_code,
    article: SUBJECTS[row.subject_kind].article,
    grounds: row.grounds,
    groundCitations: row.grounds.map((g) => cite(g).short),
    facts: row.facts,
    state: row.state,
    stateLabel: MATTER_STATE_LABELS[row.state],
    origin: row.origin,
    version: row.version,
    createdBy: row.created_by_name,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

export function presentMatter(
  row: MatterRow,
  measures: MeasureRow[],
  sources: { source_kind: SourceKind; source_id: string; note: string | null }[],
  actor: Actor,
  today: string,
  certificateStatus: CertificateStatus | null,
) {
  const pack = getPack(row.pack_id);
  const facts = matterFacts(row, measures);
  const env = { today, pack, certificateStatus };
  const can = (verb: Parameters<typeof mayAct>[2]) => mayAct(actor, row, verb);
  const allowed = (a: MatterAction) => decideMatter(facts, a, env).ok;
  const rule = SUBJECTS[row.subject_kind];
  return {
    ...presentMatterSummary(row),
    articleText: getProvision(pack, rule.paragraph).text,
    groundsDetail: row.grounds.map((g) => ({
      id: g,
      citation: cite(g).short,
      text: getProvision(pack, g).text,
    })),
    correctionReportedOn: row.correction_reported_on,
    decisionReason: row.decision_reason,
    ladder: nextMeasures(facts, env).map((r) => ({
      code: r.code,
      zh: r.zh,
      en: r.en,
      level: r.level,
      trigger: r.trigger,
      article: r.article,
      citation: cite(r.article).short,
      taken: facts.measures.some((m) => m.kind === r.code),
      allowed: r.allowed && can('draft'),
      refusal: r.refusal ? { ...r.refusal, citation: cite(r.refusal.article).short } : null,
    })),
    measures: measures.map((m) => ({
      id: m.id,
      kind: m.kind,
      status: m.status,
      article: m.article,
      citation: cite(m.article).short,
      deadline: m.deadline,
      reasons: m.reasons,
      documentRef: m.document_ref,
      draftedBy: m.drafted_by_name,
      draftedAt: m.drafted_at.toISOString(),
      decidedBy: m.decided_by_name,
      effectiveOn: m.effective_on,
      returnReason: m.return_reason,
      certificateId: m.certificate_id,
      actions: {
        approve: m.status === 'drafted' && can('approve') && m.drafted_by !== actor.userId,
        return: m.status === 'drafted' && can('approve'),
      },
    })),
    sources: sources.map((s) => ({ kind: s.source_kind, id: s.source_id, note: s.note })),
    actions: {
      confirm: can('confirm') && allowed({ type: 'confirm', reason: '-' }),
      dismiss: can('dismiss') && allowed({ type: 'dismiss', reason: '-' }),
      close: can('close') && allowed({ type: 'close', reason: '-' }),
      recordCorrection:
        can('correction') &&
        allowed({ type: 'record_correction', reportedOn: facts.measures[0]?.on ?? today }),
      draft: can('draft') && row.state === 'open' && !facts.pendingDraft,
    },
  };
}
