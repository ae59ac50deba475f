// What each viewer sees of a campaign. The organ's staff see everything; a reviewer sees his own
// sheets and not the other reviewer's while scoring (独立评分); an agency's liaison sees the
// results of his own agency's files once they are published.
import { ACT_KIND_LABELS, EVALUATION_STATE_LABELS } from '@jiandu/contracts';
import { GRADE_LABELS, RECONCILE_GAP, type Rubric, rubricItems } from '@jiandu/procedure';
import { cite } from '@jiandu/regulation';
import type { Actor } from '../../access/actor.ts';
import type { CampaignRow, FileRow } from './queries.ts';
import { campaignResults, type FileResult } from './results.ts';

/** staff of the organs over the campaign's region read everything; others what is theirs */
export const seesAll = (actor: Actor, c: CampaignRow) =>
  actor.role !== 'agency_liaison' && actor.scope.regionCodes.includes(c.region_code);

export const presentRubric = (r: Rubric) => ({
  passMark: r.passMark,
  chapters: r.chapters.map((c) => ({
    ...c,
    items: c.items.map((i) => ({ ...i, articleText: i.article ? cite(i.article).zh : null })),
  })),
});

export function presentCampaign(c: CampaignRow) {
  return {
    id: c.id,
    organId: c.organ_id,
    organName: c.organ_name,
    title: c.title,
    periodFrom: c.period_from,
    periodTo: c.period_to,
    filesPerAgency: c.files_per_agency,
    reviewersPerFile: c.reviewers_per_file,
    state: c.state,
    stateLabel: EVALUATION_STATE_LABELS[c.state],
    seed: c.seed,
    drawAlgorithm: c.draw_algorithm,
    drawnAt: c.drawn_at?.toISOString() ?? null,
    resultsDocumentId: c.results_document_id,
    resultsNumber: c.results_number,
    publishedAt: c.published_at?.toISOString() ?? null,
    createdAt: c.created_at.toISOString(),
    version: c.version,
  };
}

export function presentAct(f: FileRow) {
  return {
    actId: f.act_id,
    agencyId: f.agency_id,
    agencyName: f.agency_name,
    caseNumber: f.case_number,
    kind: f.act_kind,
    kindLabel: ACT_KIND_LABELS[f.act_kind as keyof typeof ACT_KIND_LABELS],
    decisionDate: f.decision_date,
    facts: f.facts,
    legalBasis: f.legal_basis,
    sealPresent: f.seal_present,
    discretionLevel: f.discretion_level,
    fullRecord: f.full_record,
    outcome: f.outcome,
    officers: f.officers,
  };
}

export function presentResult(r: FileResult, opts: { sheets: boolean; viewerId: string }) {
  const o = r.outcome;
  return {
    id: r.file.id,
    drawOrder: r.file.draw_order,
    ...presentAct(r.file),
    prescore: r.file.prescore,
    state: o.state,
    score: o.state === 'final' ? o.score : null,
    deductions: o.state === 'final' ? o.deductions : null,
    scores: o.state === 'disputed' ? o.scores : null,
    grade: r.grade,
    gradeLabel: r.grade ? GRADE_LABELS[r.grade] : null,
    settledReason: r.file.settled_reason,
    caseId: r.file.case_id,
    submitted: r.sheets.filter((s) => s.submitted_at).length,
    sheets: r.sheets
      .filter((s) => opts.sheets || s.reviewer_id === opts.viewerId)
      .map((s) => ({
        reviewerId: s.reviewer_id,
        reviewerName: s.reviewer_name,
        deductions: s.deductions,
        notes: s.notes,
        submittedAt: s.submitted_at?.toISOString() ?? null,
      })),
  };
}

export function presentSummary(rubric: Rubric, results: FileResult[]) {
  const s = campaignResults(rubric, results);
  return {
    ...s,
    reconcileGap: RECONCILE_GAP,
    items: rubricItems(rubric).length,
    problems: s.problems.map((p) => ({ ...p, articleText: p.article ? cite(p.article).zh : null })),
  };
}
