// What a case looks like to the person asking: its timeline, its deadlines (with how each
// was computed; overdue is worked out now, never stored) and the actions this user may take.

import { computeDeadline } from '@jiandu/calendar';
import type { CaseDeadline } from '@jiandu/contracts';
import {
  ACTION_LABELS,
  allowedActions,
  type CaseFacts,
  caseBlocked,
  DOCUMENT_KINDS,
  type DocumentKind,
  governingBasis,
  type ProcedureEnv,
  STATE_LABELS,
} from '@jiandu/procedure';
import { cite, packStatus, splitQualified } from '@jiandu/regulation';
import type { Actor } from '../../access/actor.ts';
import { identityView, shownIdentity } from '../../access/personal-data.ts';
import { documentSpec } from '../../documents/registry.ts';
import type { CalendarSnapshot } from '../calendar/queries.ts';
import { caseLaw } from './law.ts';
import type { CaseRow, StepRow } from './queries.ts';
import { shanghaiDate } from './today.ts';

export function caseDeadlines(facts: CaseFacts, today: string, cal: CalendarSnapshot): CaseDeadline[] {
  const out: CaseDeadline[] = [];
  if (facts.notice) {
    const open = facts.state === 'notice_issued' && !facts.notice.reportReceivedOn;
    out.push({
      kind: 'notice',
      label: '通知书规定的处理期限',
      labelEn: 'Deadline set by the notice',
      due: facts.notice.deadline,
      article: 'art9.1.3',
      basis: null,
      provisional: false,
      open,
      overdue: open && today > facts.notice.deadline,
    });
  }
  const d = facts.decision;
  if (d?.deadline) {
    const open = facts.state === 'decided' || facts.state === 'under_review';
    out.push({
      kind: 'order',
      label: '决定书规定的履行期限',
      labelEn: 'Deadline set by the decision',
      due: d.deadline,
      article: 'art13.1',
      basis: null,
      provisional: false,
      open,
      overdue: open && today > d.deadline,
    });
  }
  if (d?.receivedOn && d.reviewDeadline) {
    const r = computeDeadline(cal.data, { from: d.receivedOn, workingDays: 5 });
    const open = facts.state === 'decided' && !facts.review;
    out.push({
      kind: 'review',
      label: '申请复查期限（收到决定书之日起五个工作日）',
      labelEn: 'Review window (five working days from receipt)',
      due: r.deadline,
      article: 'art10.2',
      basis: r.basis,
      provisional: r.provisional,
      open,
      overdue: false,
    });
  }
  return out;
}

export interface PetitionRow {
  kind: string;
  channel: string;
  anonymous: boolean;
  petitioner_name: string | null;
  petitioner_phone: string | null;
  occurred_on: string | null;
  summary: string;
  received_at: Date;
}

/**
 * the case's name as the agency reads it: the 案由 staff stated when drafting the filing; a case
 * registered before titles stopped quoting the petitioner gets a neutral name instead
 */
export const agencyCaseTitle = (facts: CaseFacts, registeredOn: string) =>
  facts.filing?.caseName ?? `行政执法监督案件（${registeredOn}登记）`;

/** the steps the supervised agency sees: what is addressed to it, and what it did itself */
const TO_AGENCY_STEPS = new Set([
  'issue_notice',
  'report_handling',
  'accept_handling',
  'reject_handling',
  'serve_decision',
  'apply_review',
  'decide_review',
  'report_execution',
  'close',
]);

/**
 * 举报人保密 and the organ's own work: the agency supervised sees the case as it is addressed to it —
 * the notice and decision with their findings, the deadlines, the review and its own reports; never
 * the petition, the internal steps (filing, measures, approvals) or who among the staff did them.
 */
export function agencyView(c: ReturnType<typeof presentCase>, registeredOn: string) {
  const f = c.facts;
  return {
    ...c,
    title: agencyCaseTitle(c.facts, registeredOn),
    petition: null,
    facts: {
      state: f.state,
      organId: f.organId,
      agencyId: f.agencyId,
      reviewingOrganId: f.reviewingOrganId,
      findings: f.notice || f.decision?.servedOn ? f.findings : [],
      notice: f.notice,
      // the act as the notice or decision addressed to the agency names it
      act: f.notice || f.decision?.servedOn ? (f.act ?? null) : null,
      decision: f.decision?.servedOn
        ? {
            kind: f.decision.kind,
            grounds: f.decision.grounds,
            statement: f.decision.statement ?? null,
            deadline: f.decision.deadline,
            sealed: f.decision.sealed,
            servedOn: f.decision.servedOn,
            receivedOn: f.decision.receivedOn,
            reviewDeadline: f.decision.reviewDeadline,
          }
        : null,
      review: f.review,
    },
    timeline: c.timeline
      .filter((s) => TO_AGENCY_STEPS.has(s.action))
      .map((s) => ({
        ...s,
        actorName: s.action.startsWith('report_') || s.action === 'apply_review' ? s.actorName : c.organ.name,
      })),
  };
}

function measureOfStep(s: StepRow) {
  const a = (s.payload ?? {}) as {
    kind?: string;
    on?: string;
    place?: string;
    persons?: { name: string; role: string }[];
  };
  return { kind: a.kind ?? null, on: a.on ?? s.on_day, place: a.place ?? null, persons: a.persons ?? [] };
}

export function presentCase(
  row: CaseRow,
  steps: StepRow[],
  petition: PetitionRow | null,
  actor: Actor,
  /** the world the case's steps are decided in: today, the pack and its recorded bases */
  env: ProcedureEnv,
  cal: CalendarSnapshot,
) {
  const { pack, today } = env;
  const status = packStatus(pack, today);
  const basis = governingBasis(env);
  const blocked = caseBlocked(env);
  // the agency concerned never learns who complained or reported (举报人保密); staff other
  // than the handling organ's see the identity masked
  const identityShown = identityView(actor, row.organ_id);
  const who = petition && shownIdentity(identityShown, petition.petitioner_name, petition.petitioner_phone);
  return {
    id: row.id,
    caseNumber: row.case_number,
    title: row.title,
    source: row.source,
    state: row.state,
    stateLabel: STATE_LABELS[row.facts.state],
    organ: { id: row.organ_id, name: row.organ_name },
    agency: { id: row.agency_id, name: row.agency_name },
    region: { code: row.region_code, name: row.region_name },
    reviewingOrganId: row.reviewing_organ_id,
    pack: {
      id: pack.id,
      title: pack.titleZh,
      documentNumber: pack.documentNumber,
      effectiveFrom: pack.effectiveFrom,
      effectiveUntil: pack.effectiveUntil,
      inForce: status.inForce,
      lapsedOn: status.lapsedOn ?? null,
      // 第十九条: the basis this case relies on today, or why no step can be taken; of the record
      // only what names it (the bases loaded for the case carry who recorded them, and for which regions)
      basis:
        status.inForce || !basis
          ? null
          : {
              id: basis.id,
              reference: basis.reference,
              validFrom: basis.validFrom,
              validUntil: basis.validUntil,
            },
      blocked: blocked && { article: blocked.article, reason: blocked.reason, reasonEn: blocked.reasonEn },
    },
    // which law governs by the registration date: the text cited, the procedure followed
    law: caseLaw(row.registered_on, pack, basis?.reference ?? null),
    registeredOn: row.registered_on,
    filedOn: row.filed_on,
    version: row.version,
    facts: row.facts,
    petition: petition && {
      kind: petition.kind,
      channel: petition.channel,
      anonymous: petition.anonymous,
      identity: identityShown,
      petitionerName: who?.name ?? null,
      petitionerPhone: who?.phone ?? null,
      occurredOn: petition.occurred_on,
      summary: petition.summary,
      receivedAt: petition.received_at.toISOString(),
    },
    deadlines: caseDeadlines(row.facts, today, cal),
    // the timeline opens with the registration (第九条), which is not a step of the procedure
    timeline: [
      {
        n: 0,
        action: 'register',
        label: row.petition_id
          ? { zh: '登记来件', en: 'Petition registered' }
          : { zh: '登记案件', en: 'Case registered' },
        from: null,
        to: 'registered',
        article: 'art9',
        articleText: cite('art9', pack).short,
        actorName: row.organ_name,
        onDay: row.registered_on,
        at: row.created_at.toISOString(),
        documents: row.petition_id
          ? [
              {
                kind: 'petition_receipt',
                name: DOCUMENT_KINDS.petition_receipt.zh,
                nameEn: documentSpec('petition_receipt')?.en,
              },
            ]
          : [],
      },
      ...steps.map((s) => ({
        n: s.n,
        action: s.action,
        label: ACTION_LABELS[s.action as keyof typeof ACTION_LABELS],
        from: s.from_state,
        to: s.to_state,
        article: s.article,
        // a step resting on another pack than the case's names that pack (行政执法监督条例第四十二条第二款)
        articleText: splitQualified(s.article) ? cite(s.article).zh : cite(s.article, pack).short,
        actorName: s.actor_name,
        onDay: s.on_day,
        at: s.at.toISOString(),
        documents: s.documents.map((d) => ({
          kind: d,
          name: DOCUMENT_KINDS[d as DocumentKind]?.zh ?? d,
          nameEn: documentSpec(d)?.en ?? d,
        })),
        // 第七条: the measure as taken — the day, the place, who was questioned or present; a
        // measure recorded before these were asked has its day of record and nothing more
        ...(s.action === 'record_measure' ? { measure: measureOfStep(s) } : {}),
      })),
    ],
    allowedActions: allowedActions(
      row.facts,
      { userId: actor.userId, role: actor.role, organisationId: actor.organisationId },
      env,
    ).map((type) => ({ type, label: ACTION_LABELS[type] })),
  };
}

/**
 * The petitioner's timeline: received, filed or not (or transferred, or merged), the notice sent
 * to the agency, the decision, the end — each with its day, never who acted, why, or what the
 * organ found.
 */
export function publicTimeline(
  receivedOn: string,
  steps: readonly { action: string; to_state: string; on_day: string }[],
) {
  const line = [{ key: 'received', zh: '已收到，登记办理', en: 'Received and registered', on: receivedOn }];
  const once = (key: string, zh: string, en: string, on: string) => {
    if (!line.some((l) => l.key === key)) line.push({ key, zh, en, on });
  };
  for (const s of steps) {
    if (s.action === 'merge_duplicate')
      once('merged', '与相同事项合并办理', 'Handled with the same matter', s.on_day);
    if (s.action === 'approve_filing') {
      if (s.to_state === 'not_filed') once('not_filed', '经审查，不予立案', 'No case opened', s.on_day);
      else if (s.to_state === 'transferred')
        once('transferred', '已移交有权处理的机关', 'Transferred', s.on_day);
      else once('filed', '已立案监督', 'Case opened', s.on_day);
    }
    if (s.action === 'issue_notice')
      once(
        'notice',
        '已向被监督机关发出行政执法监督通知书',
        'Supervision notice sent to the agency',
        s.on_day,
      );
    if (s.action === 'serve_decision')
      once('decided', '已作出行政执法监督决定', 'Supervision decision made', s.on_day);
    if (s.to_state === 'closed') once('closed', '已办结', 'Concluded', s.on_day);
  }
  return line.map(({ key, zh, en, on }) => ({ key, zh, en, on }));
}

/** The public status page shows progress and the outcome, nothing else. */
export function presentPublicStatus(
  p: {
    kind: string;
    received_at: Date;
    steps?: readonly { action: string; to_state: string; on_day: string }[];
  },
  facts: CaseFacts,
) {
  const s = STATE_LABELS[facts.state];
  const outcome = facts.duplicateOf
    ? {
        zh: '与另一件来件反映的事项相同，已合并办理。',
        en: 'The same matter as another petition: handled together with it.',
      }
    : facts.state === 'not_filed'
      ? { zh: '经审查，决定不予立案。', en: 'After examination, no case was opened.' }
      : facts.state === 'transferred'
        ? {
            zh: '该事项不属于本机关处理范围，已移交有权处理的机关。',
            en: 'The matter was transferred to the competent authority.',
          }
        : facts.decision?.servedOn
          ? { zh: '监督机关已依法作出行政执法监督决定。', en: 'The supervision organ has made a decision.' }
          : ['closed', 'archived'].includes(facts.state)
            ? { zh: '已办结。', en: 'Concluded.' }
            : null;
  return {
    kind: p.kind,
    // the day in Beijing, not in UTC: a petition at 02:01 was received that day, not the day before
    receivedOn: shanghaiDate(p.received_at),
    state: facts.state,
    stateLabel: { zh: s.zh, en: s.en },
    outcome,
    timeline: publicTimeline(shanghaiDate(p.received_at), p.steps ?? []),
  };
}
