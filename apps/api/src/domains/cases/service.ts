// Use cases for petitions and supervision cases. The procedure module decides; this file
// loads, saves, records the step and audits, in one transaction.
import { randomUUID } from 'node:crypto';
import type { CalendarData } from '@jiandu/calendar';
import type { publicPetition, staffPetition } from '@jiandu/contracts';
import {
  type CaseAction,
  type CaseFacts,
  decide,
  NEW_CASE,
  type ProcedureEnv,
  reviewingRegion,
} from '@jiandu/procedure';
import { getPack, lastLapsedPack, lawGoverning, PACKS, packInForce, type RulePack } from '@jiandu/regulation';
import type { z } from 'zod';
import type { Actor } from '../../access/actor.ts';
import { type AuditContext, recordAudit } from '../../audit/record.ts';
import { readStamps, type Stamps } from '../../db/change-stamps.ts';
import type { Db, Queryable } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';
import { refuse } from '../../http/problem.ts';
import type { UseCase } from '../../use-case.ts';
import { readCalendar } from '../calendar/queries.ts';
import { issueDocuments } from '../documents/issue.ts';
import { currentDecisionDocument } from '../documents/queries.ts';
import { applySeal, markSealEvent, type PreparedSeal, prepareSeal } from '../documents/seal.ts';
import { recordDecisionService } from '../documents/service.ts';
import { credentialedSupervisorsKept } from '../officers/queries.ts';
import { findOrgan, getOrganisation, loadRegions } from '../organisations/queries.ts';
import { basesGoverningKept } from '../regulation/service.ts';
import { allocateCaseNumber } from './case-number.ts';
import { getCase } from './queries.ts';
import { shanghaiDate } from './today.ts';
import { newTrackingCode, trackingHash } from './tracking.ts';

/** The rule pack governing a case registered on `date`; a lapsed one is shown as lapsed, never hidden. */
export function governingPack(date: string): RulePack {
  return packInForce(PACKS, date) ?? lastLapsedPack(PACKS, date) ?? PACKS[0];
}

type PetitionInput = z.infer<typeof publicPetition> &
  Partial<Pick<z.infer<typeof staffPetition>, 'channel' | 'duplicateOf'>>;

/**
 * 第九条: a petition is recorded and a case registered for it; the organ of the agency's own
 * government handles it (第二条), and the petitioner gets a tracking code.
 */
export async function registerPetition(
  db: Db,
  audit: AuditContext,
  input: PetitionInput,
  receivedBy: Actor | null,
): Promise<{ trackingCode: string; petitionId: string; caseId: string }> {
  return db.tx(async (tx) => {
    const agency = await getOrganisation(tx, receivedBy ? receivedBy.scope : null, input.agencyId);
    if (agency?.kind !== 'agency' || !agency.active)
      throw refuse.field('agencyId', '请选择有效的行政执法机关', 'choose an active enforcement agency');
    const organ = await findOrgan(tx, agency.regionCode);
    if (!organ)
      throw refuse.field(
        'agencyId',
        '该机关所属人民政府尚无监督机关',
        'no supervision organ for this agency',
        422,
        'art4.2',
      );
    if (input.duplicateOf) {
      const [dup] = await tx.query(
        sql`SELECT 1 FROM petitions WHERE id = ${input.duplicateOf} AND region_code = ${agency.regionCode}`,
      );
      if (!dup)
        throw refuse.field('duplicateOf', '被标记重复的件不存在', 'no such petition to mark as the original');
    }
    const regions = await loadRegions(tx);
    const review = reviewingRegion(organ.regionCode, regions);
    const reviewingOrgan = review.external ? null : await findOrgan(tx, review.regionCode);
    const trackingCode = newTrackingCode();
    const petitionId = randomUUID();
    const caseId = randomUUID();
    const today = shanghaiDate(audit.now);
    const pack = governingPack(today);
    await tx.query(sql`
      INSERT INTO petitions (id, tracking_hash, kind, channel, anonymous, petitioner_name, petitioner_phone,
        petitioner_address, agency_id, region_code, occurred_on, summary, duplicate_of, received_at, received_by)
      VALUES (${petitionId}, ${trackingHash(trackingCode)}, ${input.kind}, ${input.channel ?? 'public_web'}, ${input.anonymous},
        ${input.anonymous ? null : (input.petitionerName ?? null)}, ${input.anonymous ? null : (input.petitionerPhone ?? null)},
        ${input.anonymous ? null : (input.petitionerAddress ?? null)}, ${agency.id}, ${agency.regionCode},
        ${input.occurredOn ?? null}, ${input.summary}, ${input.duplicateOf ?? null}, ${audit.now}, ${receivedBy?.userId ?? null})`);
    const facts = NEW_CASE(organ.id, agency.id, reviewingOrgan?.id ?? null);
    // a name until staff state the 案由 when drafting the filing: never the petitioner's own words
    const title = `关于${agency.name}的${{ application: '申请', complaint: '投诉', report: '举报' }[input.kind]}`;
    const caseNumber = await allocateCaseNumber(tx, organ.id, today);
    await tx.query(sql`
      INSERT INTO supervision_cases (id, source, petition_id, organ_id, agency_id, region_code, reviewing_organ_id, pack_id,
        title, state, facts, registered_on, created_at, updated_at, case_number)
      VALUES (${caseId}, 'petition', ${petitionId}, ${organ.id}, ${agency.id}, ${agency.regionCode}, ${reviewingOrgan?.id ?? null},
        ${pack.id}, ${title}, ${facts.state}, ${JSON.stringify(facts)}::jsonb, ${today}, ${audit.now}, ${audit.now}, ${caseNumber})`);
    const documents = await issueDocuments(tx, {
      caseId,
      regionCode: agency.regionCode,
      stepN: null,
      kinds: ['petition_receipt'],
      issuedOn: today,
      issuedAt: audit.now,
      issuedBy: receivedBy?.userId ?? null,
    });
    await recordAudit(tx, audit, {
      action: 'petition.register',
      entityType: 'case',
      entityId: caseId,
      // no personal data of the petitioner in the audit log: the petition row holds it
      after: {
        caseNumber,
        petitionId,
        kind: input.kind,
        channel: input.channel ?? 'public_web',
        agencyId: agency.id,
        organId: organ.id,
        packId: pack.id,
        documents,
      },
      article: 'art9',
      organisationId: organ.id,
      regionCode: agency.regionCode,
    });
    return { trackingCode, petitionId, caseId };
  });
}

/**
 * 第八条: a case the organ opens itself — from a warning on reported acts, an evaluation, an
 * inspection or a campaign — registered for the agency in the organ's own jurisdiction.
 */
export async function registerProactiveCase(
  tx: Queryable,
  audit: AuditContext,
  actor: Actor,
  input: {
    source: 'information' | 'evaluation' | 'inspection' | 'campaign';
    agencyId: string;
    title: string;
    basis: unknown;
  },
): Promise<string> {
  const agency = await getOrganisation(tx, actor.scope, input.agencyId);
  if (agency?.kind !== 'agency') throw refuse.notFound('行政执法机关', 'Agency');
  const organ = await findOrgan(tx, agency.regionCode);
  if (!organ || organ.id !== actor.organisationId)
    throw refuse.forbidden(
      '只有该机关所属人民政府的监督机关可以立案监督',
      "only the organ of the agency's own government may open the case",
      'art2',
    );
  const regions = await loadRegions(tx);
  const review = reviewingRegion(organ.regionCode, regions);
  const reviewingOrgan = review.external ? null : await findOrgan(tx, review.regionCode);
  const caseId = randomUUID();
  const today = shanghaiDate(audit.now);
  const pack = governingPack(today);
  const facts = NEW_CASE(organ.id, agency.id, reviewingOrgan?.id ?? null);
  const caseNumber = await allocateCaseNumber(tx, organ.id, today);
  await tx.query(sql`
    INSERT INTO supervision_cases (id, source, petition_id, organ_id, agency_id, region_code, reviewing_organ_id, pack_id,
      title, state, facts, registered_on, created_at, updated_at, case_number)
    VALUES (${caseId}, ${input.source}, NULL, ${organ.id}, ${agency.id}, ${agency.regionCode}, ${reviewingOrgan?.id ?? null},
      ${pack.id}, ${input.title.slice(0, 200)}, ${facts.state}, ${JSON.stringify(facts)}::jsonb, ${today}, ${audit.now}, ${audit.now}, ${caseNumber})`);
  await recordAudit(tx, audit, {
    action: 'case.register',
    entityType: 'case',
    entityId: caseId,
    after: {
      caseNumber,
      source: input.source,
      agencyId: agency.id,
      organId: organ.id,
      packId: pack.id,
      basis: input.basis,
    },
    article: 'art8',
    organisationId: organ.id,
    regionCode: agency.regionCode,
  });
  return caseId;
}

/** What the procedure is told of a case's own law and agency, from the case row. */
export interface RoutingRow {
  registered_on: string;
  agency_management: 'local' | 'vertical' | 'dual_led';
  agency_higher_department: string | null;
}

/**
 * 行政执法监督条例第四十二条第二款: the text governing the case on its registration date, and how its
 * agency is managed today — the procedure decides from these whether the problems go to the agency's
 * higher competent department.
 */
export const caseRouting = (row: RoutingRow): Pick<ProcedureEnv, 'governingText' | 'agency'> => ({
  governingText: lawGoverning(row.registered_on, PACKS).text?.id ?? null,
  agency: { management: row.agency_management, higherDepartment: row.agency_higher_department },
});

/** The world a step of this case is decided in (第七条第二款, 第十九条): today, calendar, pack and its bases. */
export async function procedureEnv(
  tx: Queryable,
  row: { organ_id: string; pack_id: string; region_code: string } & RoutingRow,
  now: Date,
  calendar?: CalendarData,
  /** the change stamps read with the request's session; read here when not given */
  stamps?: Stamps,
): Promise<ProcedureEnv> {
  const today = shanghaiDate(now);
  const s = stamps ?? (await readStamps(tx));
  return {
    today,
    calendar: calendar ?? (await readCalendar(tx, s)).data,
    pack: getPack(row.pack_id),
    bases: await basesGoverningKept(tx, s, row.pack_id, row.region_code),
    // 第七条第二款: only supervisors holding a supervision credential valid today take part in measures
    validSupervisorIds: await credentialedSupervisorsKept(tx, s, row.organ_id, today),
    ...caseRouting(row),
  };
}

export const caseActor = (a: Actor) => ({ userId: a.userId, role: a.role, organisationId: a.organisationId });

export function lawRefusal(r: Extract<ReturnType<typeof decide>, { ok: false }>) {
  const { reason, reasonEn, article, field } = r.refusal;
  return refuse.byLaw(r.status, reason, reasonEn, article, field ? `action.${field}` : undefined);
}

/**
 * 第十条: sealing needs the sealed PDF, which takes a moment to make, so it is made before the
 * transaction, once the procedure has said the step is allowed; the transaction stores it only
 * if nothing changed meanwhile.
 */
async function prepareDecisionSeal(uc: UseCase, caseId: string): Promise<PreparedSeal | null> {
  const row = await getCase(uc.db, uc.actor, caseId);
  if (!row) return null;
  const env = await procedureEnv(uc.db, row, uc.audit.now);
  const r = decide(row.facts, { type: 'seal_decision' }, caseActor(uc.actor), env);
  if (!r.ok) throw lawRefusal(r);
  const doc = await currentDecisionDocument(uc.db, uc.actor, row);
  if (!doc) return null;
  return prepareSeal(uc.db, uc.actor, doc, uc.audit.now);
}

/** One step of the procedure, with optimistic concurrency: two people cannot both win. */
export async function actOnCase(uc: UseCase, caseId: string, version: number, action: CaseAction) {
  const sealing = action.type === 'seal_decision' ? await prepareDecisionSeal(uc, caseId) : null;
  return uc.db.tx(async (tx) => {
    const row = await getCase(tx, uc.actor, caseId, true);
    if (!row) throw refuse.notFound('案件', 'Case');
    if (row.version !== version) throw refuse.stale();
    const env = await procedureEnv(tx, row, uc.audit.now);
    let original: Awaited<ReturnType<typeof getCase>> = null;
    if (action.type === 'merge_duplicate') {
      original = await getCase(tx, uc.actor, action.duplicateOf);
      if (
        !original ||
        original.id === row.id ||
        original.organ_id !== row.organ_id ||
        original.facts.duplicateOf
      )
        throw refuse.field(
          'action.duplicateOf',
          '原件须是本机关办理的另一件案件',
          'the original must be another case of this organ',
        );
    }
    const r = decide(row.facts, action, caseActor(uc.actor), env);
    if (!r.ok) throw lawRefusal(r);
    const next: CaseFacts = r.facts;
    const filedOn =
      row.filed_on ?? (next.state === 'investigating' && r.from === 'filing_pending' ? env.today : null);
    const updated = await tx.query(sql`
      UPDATE supervision_cases SET facts = ${JSON.stringify(next)}::jsonb, state = ${next.state}, filed_on = ${filedOn},
        title = coalesce(${action.type === 'draft_filing' ? (next.filing?.caseName ?? null) : null}, title),
        version = version + 1, updated_at = ${uc.audit.now}
      WHERE id = ${caseId} AND region_code = ${row.region_code} AND version = ${version} RETURNING id`);
    if (updated.length !== 1) throw refuse.stale();
    if (action.type === 'merge_duplicate' && row.petition_id)
      await tx.query(sql`UPDATE petitions SET duplicate_of = ${original?.petition_id ?? null}
        WHERE id = ${row.petition_id} AND region_code = ${row.region_code}`);
    const [{ n }] = await tx.query<{ n: number }>(
      sql`SELECT count(*)::int + 1 AS n FROM case_steps WHERE case_id = ${caseId} AND region_code = ${row.region_code}`,
    );
    await tx.query(sql`
      INSERT INTO case_steps (case_id, region_code, n, action, from_state, to_state, article, actor_id, actor_name, on_day, at, payload, documents)
      VALUES (${caseId}, ${row.region_code}, ${n}, ${action.type}, ${r.from}, ${next.state}, ${r.article}, ${uc.actor.userId}, ${uc.actor.displayName},
        ${env.today}, ${uc.audit.now}, ${JSON.stringify(action)}::jsonb, ${JSON.stringify(r.documents)}::jsonb)`);
    const issued = await issueDocuments(tx, {
      caseId,
      regionCode: row.region_code,
      stepN: n,
      kinds: r.documents,
      issuedOn: env.today,
      issuedAt: uc.audit.now,
      issuedBy: uc.actor.userId,
    });
    let sealed: { documentId: string; number: string | null; pdfSha256: string } | null = null;
    if (action.type === 'seal_decision') {
      if (!sealing || !(await applySeal(tx, sealing, uc.actor.userId, uc.audit.now)))
        throw refuse.field(
          'action',
          '没有可用印的决定书，请刷新后重试',
          'no issued decision to seal; reload and retry',
          409,
          'art10.1',
        );
      sealed = { documentId: sealing.documentId, number: sealing.number, pdfSha256: sealing.pdfSha256 };
    }
    if (action.type === 'serve_decision') await recordDecisionService(tx, row, row.agency_name, action, uc);
    const seq = await recordAudit(tx, uc.audit, {
      action: `case.${action.type}`,
      entityType: 'case',
      entityId: caseId,
      before: { state: r.from, version },
      after: {
        state: next.state,
        version: version + 1,
        action,
        documents: issued,
        ...(sealed ? { sealed } : {}),
      },
      article: r.article,
      organisationId: row.organ_id,
      regionCode: row.region_code,
    });
    if (sealed) await markSealEvent(tx, sealed.documentId, seq);
    return { caseId, state: next.state, version: version + 1, documents: issued };
  });
}
