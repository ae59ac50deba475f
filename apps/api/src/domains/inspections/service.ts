// Use cases for on-site visits (第八条（二）): plan, act on (start, checklist, findings,
// follow-ups, close) and open a case from a finding. The procedure (decideVisit) decides; this
// file loads, saves and audits, each in one transaction.
import { randomUUID } from 'node:crypto';
import type { inspectionAction, planInspection as planBody } from '@jiandu/contracts';
import {
  decideCampaign,
  decideVisit,
  newVisit,
  planRefusal,
  type VisitAction,
  type VisitDecision,
  type VisitFacts,
} from '@jiandu/procedure';
import type { z } from 'zod';
import { recordAudit } from '../../audit/record.ts';
import type { Queryable } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';
import { refuse } from '../../http/problem.ts';
import type { UseCase } from '../../use-case.ts';
import { registerProactiveCase } from '../cases/service.ts';
import { shanghaiDate } from '../cases/today.ts';
import { credentialedSupervisors } from '../officers/queries.ts';
import { ownAgency, requireOrganStaff } from './policy.ts';
import { getCampaign, getVisit, type VisitRow, visitFacts } from './queries.ts';

function lawRefusal(d: Extract<VisitDecision, { ok: false }>, prefix = 'action.') {
  const { reason, reasonEn, article, field } = d.refusal;
  return refuse.byLaw(d.status, reason, reasonEn, article, field ? `${prefix}${field}` : undefined);
}

export async function planInspection(uc: UseCase, input: z.infer<typeof planBody>) {
  requireOrganStaff(uc.actor);
  const today = shanghaiDate(uc.audit.now);
  const plan = { unannounced: input.unannounced, plannedOn: input.plannedOn ?? null };
  const r = planRefusal(plan, today);
  if (r) throw refuse.byLaw(422, r.reason, r.reasonEn, r.article, r.field);
  return uc.db.tx(async (tx) => {
    const agency = await ownAgency(tx, uc.actor, input.agencyId, 'agencyId');
    if (input.campaignId) {
      const c = await getCampaign(tx, uc.actor, input.campaignId, true);
      if (c?.organ_id !== uc.actor.organisationId)
        throw refuse.field('campaignId', '须为本机关的专项监督', 'must be a campaign of your organ');
      const d = decideCampaign(
        {
          state: c.state,
          periodFrom: c.period_from,
          periodTo: c.period_to,
          agencyIds: c.agency_ids,
          summary: c.summary,
        },
        { type: 'attach_visit', agencyId: agency.id, visitState: 'planned' },
      );
      if (!d.ok)
        throw refuse.byLaw(d.status, d.refusal.reason, d.refusal.reasonEn, d.refusal.article, 'campaignId');
    }
    const facts = newVisit({
      ...plan,
      checklist: input.checklist.map((item, i) => ({ id: `k${i + 1}`, item })),
    });
    const id = randomUUID();
    await tx.query(sql`INSERT INTO inspections (id, organ_id, agency_id, region_code, campaign_id, subject, planned_on, unannounced,
        checklist, supervisor_ids, findings, follow_ups, state, created_by, created_at, updated_at)
      VALUES (${id}, ${uc.actor.organisationId}, ${agency.id}, ${agency.regionCode}, ${input.campaignId ?? null}, ${input.subject},
        ${facts.plannedOn}, ${facts.unannounced}, ${JSON.stringify(facts.checklist)}::jsonb, '[]'::jsonb, '[]'::jsonb, '[]'::jsonb,
        ${facts.state}, ${uc.actor.userId}, ${uc.audit.now}, ${uc.audit.now})`);
    await recordAudit(tx, uc.audit, {
      action: 'inspection.plan',
      entityType: 'inspection',
      entityId: id,
      after: {
        agencyId: agency.id,
        subject: input.subject,
        ...plan,
        checklist: input.checklist,
        campaignId: input.campaignId ?? null,
      },
      article: 'art8.1.2',
      organisationId: uc.actor.organisationId,
      regionCode: agency.regionCode,
    });
    return { id };
  });
}

async function saveVisit(
  tx: Queryable,
  uc: UseCase,
  row: VisitRow,
  next: VisitFacts,
  action: unknown,
  article: string,
) {
  const updated =
    await tx.query(sql`UPDATE inspections SET state = ${next.state}, started_on = ${next.startedOn},
      closed_on = ${next.closedOn}, supervisor_ids = ${JSON.stringify(next.supervisorIds)}::jsonb,
      checklist = ${JSON.stringify(next.checklist)}::jsonb, findings = ${JSON.stringify(next.findings)}::jsonb,
      follow_ups = ${JSON.stringify(next.followUps)}::jsonb, conclusion = ${next.conclusion},
      version = version + 1, updated_at = ${uc.audit.now}
    WHERE id = ${row.id} AND region_code = ${row.region_code} AND version = ${row.version} RETURNING id`);
  if (updated.length !== 1) throw refuse.stale();
  const type = (action as { type: string }).type;
  await recordAudit(tx, uc.audit, {
    action: `inspection.${type}`,
    entityType: 'inspection',
    entityId: row.id,
    before: { state: row.state, version: row.version },
    after: { state: next.state, version: row.version + 1, action },
    article,
    organisationId: row.organ_id,
    regionCode: row.region_code,
  });
  return { id: row.id, state: next.state, version: row.version + 1 };
}

/** the visit to act on: in scope, of the actor's organ, at the version the actor read */
async function visitToActOn(tx: Queryable, uc: UseCase, id: string, version: number) {
  const row = await getVisit(tx, uc.actor, id, true);
  if (!row) throw refuse.notFound('现场监督', 'Visit');
  if (row.organ_id !== uc.actor.organisationId)
    throw refuse.forbidden(
      '只有组织现场监督的机关可以办理',
      'only the organ running the visit may act',
      'art4.2',
    );
  if (row.version !== version) throw refuse.stale();
  return row;
}

async function visitEnv(tx: Queryable, uc: UseCase, organId: string) {
  const today = shanghaiDate(uc.audit.now);
  return {
    today,
    actorId: uc.actor.userId,
    validSupervisorIds: await credentialedSupervisors(tx, organId, today),
  };
}

export async function actOnInspection(
  uc: UseCase,
  id: string,
  version: number,
  input: z.infer<typeof inspectionAction>,
) {
  requireOrganStaff(uc.actor, ['supervisor']);
  return uc.db.tx(async (tx) => {
    const row = await visitToActOn(tx, uc, id, version);
    // ids for new findings and follow-ups are given here, so the procedure stays deterministic
    const action: VisitAction =
      input.type === 'record_findings'
        ? { type: input.type, findings: input.findings.map((f) => ({ ...f, id: newItemId('f') })) }
        : input.type === 'add_follow_up'
          ? { ...input, id: newItemId('u'), findingId: input.findingId ?? null }
          : input;
    const d = decideVisit(visitFacts(row), action, await visitEnv(tx, uc, row.organ_id));
    if (!d.ok) throw lawRefusal(d);
    return saveVisit(tx, uc, row, d.facts, action, d.article);
  });
}

const newItemId = (prefix: string) => `${prefix}${randomUUID().replaceAll('-', '').slice(0, 12)}`;

/**
 * 第八条: a problem found on site becomes a supervision case in one action; the case's source
 * is the campaign when the visit belongs to one, else the visit.
 */
export async function openCaseFromFinding(uc: UseCase, id: string, findingId: string, version: number) {
  requireOrganStaff(uc.actor, ['supervisor']);
  return uc.db.tx(async (tx) => {
    const row = await visitToActOn(tx, uc, id, version);
    const facts = visitFacts(row);
    const env = await visitEnv(tx, uc, row.organ_id);
    // asked first with a placeholder: nothing is registered unless the procedure allows it
    const check = decideVisit(facts, { type: 'open_case', findingId, caseId: 'pending' }, env);
    if (!check.ok) throw lawRefusal(check, '');
    const finding = facts.findings.find((f) => f.id === findingId)!;
    const source = row.campaign_id ? ('campaign' as const) : ('inspection' as const);
    const caseId = await registerProactiveCase(tx, uc.audit, uc.actor, {
      source,
      agencyId: row.agency_id,
      title: `${source === 'campaign' ? `专项监督（${row.campaign_theme}）` : '现场监督'}：${row.agency_name} — ${finding.text}`,
      basis: { inspectionId: row.id, findingId, campaignId: row.campaign_id, article: 'art8.1.2' },
    });
    const d = decideVisit(facts, { type: 'open_case', findingId, caseId }, env);
    if (!d.ok) throw lawRefusal(d, '');
    const saved = await saveVisit(tx, uc, row, d.facts, { type: 'open_case', findingId, caseId }, d.article);
    return { ...saved, caseId, source };
  });
}
