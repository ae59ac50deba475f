// 案卷评查 (第八条（一）) use cases, one transaction each: set up a campaign, draw its files and
// assign reviewers from the recorded seed, score, reconcile, publish the results notice, and
// open a supervision case from a failing file.
import { randomBytes, randomUUID } from 'node:crypto';
import type { evaluationCreate, fileSettle, sheetSubmit } from '@jiandu/contracts';
import {
  assignReviewers,
  checkDeductions,
  checkRubric,
  DEFAULT_RUBRIC,
  DRAW_ALGORITHM,
  drawFiles,
  type Refusal as LawRefusal,
  preScore,
  RULES,
  type Rubric,
} from '@jiandu/procedure';
import { DEFAULT_PACK, findProvision } from '@jiandu/regulation';
import type { z } from 'zod';
import { recordAudit } from '../../audit/record.ts';
import type { Queryable } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';
import { evaluationResults } from '../../documents/templates/evaluation-results.ts';
import { refuse } from '../../http/problem.ts';
import type { UseCase } from '../../use-case.ts';
import { registerProactiveCase } from '../cases/service.ts';
import { shanghaiDate } from '../cases/today.ts';
import { issuerOf } from '../documents/context.ts';
import { issueOrganDocument } from '../documents/issue.ts';
import { type CampaignRow, campaignFiles, campaignSheets, getCampaign, getFile } from './queries.ts';
import { campaignResults, fileResults } from './results.ts';

const ART = 'art8.1.1';
const byLaw = (r: LawRefusal, status = 422) => refuse.byLaw(status, r.reason, r.reasonEn, r.article, r.field);

/** the organ's supervisors and its head run its campaigns */
function lead(uc: UseCase, c?: CampaignRow) {
  const ok =
    ['supervisor', 'organ_head'].includes(uc.actor.role) &&
    uc.actor.organisationKind === 'supervision_organ' &&
    (!c || c.organ_id === uc.actor.organisationId);
  if (!ok)
    throw refuse.forbidden(
      '只有组织评查的监督机关的监督人员或负责人可以办理',
      'only supervisors or the head of the organ running the evaluation may do this',
      ART,
    );
}

async function campaignForUpdate(tx: Queryable, uc: UseCase, id: string, version?: number) {
  const c = await getCampaign(tx, uc.actor, id, true);
  if (!c) throw refuse.notFound('评查活动', 'Evaluation');
  if (version !== undefined && c.version !== version) throw refuse.stale();
  return c;
}

export async function createCampaign(uc: UseCase, input: z.infer<typeof evaluationCreate>) {
  lead(uc);
  const today = shanghaiDate(uc.audit.now);
  if (input.periodTo < input.periodFrom)
    throw refuse.field('periodTo', '截止日期不能早于起始日期', 'must not be before periodFrom');
  if (input.periodTo > today)
    throw refuse.field('periodTo', '评查期间不能晚于今天', 'cannot be in the future');
  const rubric: Rubric = (input.rubric as Rubric | undefined) ?? DEFAULT_RUBRIC;
  const bad = checkRubric(rubric);
  if (bad) throw byLaw(bad);
  // an edited item may cite an article and a warning rule: both must exist
  for (const [ci, c] of rubric.chapters.entries())
    for (const [ii, i] of c.items.entries()) {
      const at = `rubric.chapters.${ci}.items.${ii}`;
      if (i.article && !findProvision(DEFAULT_PACK, i.article))
        throw refuse.field(`${at}.article`, `办法中没有条款 ${i.article}`, `no provision ${i.article}`);
      if (i.rule && !RULES.some((r) => r.code === i.rule))
        throw refuse.field(`${at}.rule`, `没有预警规则 ${i.rule}`, `no warning rule ${i.rule}`);
    }

  const agencyIds = [...new Set(input.agencyIds)];
  const reviewerIds = [...new Set(input.reviewerIds)];
  return uc.db.tx(async (tx) => {
    const agencies = await tx.query<{ id: string }>(sql`
      SELECT id FROM organisations WHERE id = ANY(${agencyIds}) AND kind = 'agency' AND active
        AND region_code = ANY(${uc.actor.scope.regionCodes})`);
    const knownAgencies = new Set(agencies.map((a) => a.id));
    const missing = agencyIds.findIndex((id) => !knownAgencies.has(id));
    if (missing >= 0)
      throw refuse.field(
        `agencyIds.${missing}`,
        '不是本辖区内有效的行政执法机关',
        'not an active agency in your jurisdiction',
      );
    // reviewers: staff of the organs in the jurisdiction, or liaisons of its agencies (交叉评查)
    const reviewers = await tx.query<{ id: string }>(sql`
      SELECT u.id FROM users u JOIN organisations o ON o.id = u.organisation_id
      WHERE u.id = ANY(${reviewerIds}) AND u.active AND u.role IN ('supervisor', 'organ_head', 'agency_liaison')
        AND o.region_code = ANY(${uc.actor.scope.regionCodes})`);
    const knownReviewers = new Set(reviewers.map((r) => r.id));
    const missingReviewer = reviewerIds.findIndex((id) => !knownReviewers.has(id));
    if (missingReviewer >= 0)
      throw refuse.field(
        `reviewerIds.${missingReviewer}`,
        '不是本辖区内可参加评查的人员',
        'not a user in your jurisdiction who may review',
      );
    const id = randomUUID();
    await tx.query(sql`
      INSERT INTO evaluation_campaigns (id, organ_id, region_code, title, period_from, period_to, files_per_agency,
        reviewers_per_file, rubric, state, created_by, created_at)
      VALUES (${id}, ${uc.actor.organisationId}, ${uc.actor.regionCode}, ${input.title}, ${input.periodFrom}, ${input.periodTo},
        ${input.filesPerAgency}, ${input.reviewersPerFile}, ${JSON.stringify(rubric)}::jsonb, 'draft', ${uc.actor.userId}, ${uc.audit.now})`);
    await tx.query(
      sql`INSERT INTO evaluation_agencies (campaign_id, region_code, agency_id)
        SELECT ${id}, ${uc.actor.regionCode}, unnest(${agencyIds}::uuid[])`,
    );
    await tx.query(
      sql`INSERT INTO evaluation_reviewers (campaign_id, region_code, user_id)
        SELECT ${id}, ${uc.actor.regionCode}, unnest(${reviewerIds}::uuid[])`,
    );
    await recordAudit(tx, uc.audit, {
      action: 'evaluation.create',
      entityType: 'evaluation',
      entityId: id,
      after: { ...input, rubric: input.rubric ? 'custom' : 'default', agencyIds, reviewerIds },
      article: ART,
      organisationId: uc.actor.organisationId,
      regionCode: uc.actor.regionCode,
    });
    return { id, version: 1 };
  });
}

/** the candidates of a draw: acts of the campaign's agencies in its period, reported by `asOf` */
export async function drawPool(q: Queryable, c: CampaignRow, asOf: Date) {
  return q.query<{ id: string; agencyId: string; caseNumber: string }>(sql`
    SELECT a.id, a.agency_id AS "agencyId", a.case_number AS "caseNumber"
    FROM enforcement_acts a JOIN evaluation_agencies ea ON ea.agency_id = a.agency_id AND ea.campaign_id = ${c.id}
    WHERE a.decision_date BETWEEN ${c.period_from} AND ${c.period_to} AND a.reported_at <= ${asOf}`);
}

export async function drawCampaign(uc: UseCase, id: string, input: { version: number; seed?: string }) {
  return uc.db.tx(async (tx) => {
    const c = await campaignForUpdate(tx, uc, id, input.version);
    lead(uc, c);
    if (c.state !== 'draft')
      throw refuse.byLaw(409, '案卷已经抽取，不能重新抽取', 'the files were drawn already', ART);
    const seed = input.seed ?? randomBytes(12).toString('hex');
    const agencies = (
      await tx.query<{ agency_id: string }>(
        sql`SELECT agency_id FROM evaluation_agencies WHERE campaign_id = ${id}`,
      )
    ).map((a) => a.agency_id);
    const pool = await drawPool(tx, c, uc.audit.now);
    const drawn = drawFiles(seed, agencies, pool, c.files_per_agency);
    if (!drawn.length)
      throw refuse.byLaw(
        422,
        '评查期间内被评查机关没有报送执法案卷',
        'no acts were reported in the period',
        ART,
      );
    const reviewers = await tx.query<{ userId: string; organisationId: string }>(sql`
      SELECT u.id AS "userId", u.organisation_id AS "organisationId"
      FROM evaluation_reviewers r JOIN users u ON u.id = r.user_id WHERE r.campaign_id = ${id}`);
    const files = drawn.map((d, i) => ({ ...d, fileId: randomUUID(), order: i + 1 }));
    const assigned = assignReviewers(
      seed,
      files.map((f) => ({ id: f.fileId, agencyId: f.agencyId })),
      reviewers,
      c.reviewers_per_file,
    );
    if (!('assignments' in assigned)) throw byLaw(assigned);
    // what the warning rules already found on each act (a dismissed warning was judged no problem)
    const warnings = await tx.query<{ act_id: string; rule: string }>(sql`
      SELECT act_id, rule FROM warnings WHERE act_id = ANY(${files.map((f) => f.id)}) AND state <> 'dismissed'`);
    for (const f of files) {
      const pre = preScore(
        c.rubric,
        warnings.filter((w) => w.act_id === f.id).map((w) => w.rule),
      );
      await tx.query(sql`
        INSERT INTO evaluation_files (id, campaign_id, act_id, agency_id, region_code, draw_order, prescore)
        SELECT ${f.fileId}, ${id}, ${f.id}, ${f.agencyId}, a.region_code, ${f.order}, ${JSON.stringify(pre)}::jsonb
        FROM enforcement_acts a WHERE a.id = ${f.id}`);
      for (const reviewer of assigned.assignments.get(f.fileId)!)
        await tx.query(
          sql`INSERT INTO evaluation_sheets (file_id, region_code, reviewer_id)
            SELECT id, region_code, ${reviewer} FROM evaluation_files WHERE id = ${f.fileId}`,
        );
    }
    await tx.query(sql`UPDATE evaluation_campaigns SET state = 'scoring', seed = ${seed}, draw_algorithm = ${DRAW_ALGORITHM},
      drawn_at = ${uc.audit.now}, drawn_by = ${uc.actor.userId}, version = version + 1 WHERE id = ${id}`);
    await recordAudit(tx, uc.audit, {
      action: 'evaluation.draw',
      entityType: 'evaluation',
      entityId: id,
      before: { state: 'draft' },
      after: {
        state: 'scoring',
        seed,
        algorithm: DRAW_ALGORITHM,
        pool: pool.length,
        files: files.map((f) => ({ actId: f.id, reviewers: assigned.assignments.get(f.fileId) })),
      },
      article: ART,
      organisationId: c.organ_id,
      regionCode: c.region_code,
    });
    return { id, state: 'scoring' as const, seed, files: files.length, version: c.version + 1 };
  });
}

/** redo the draw from the recorded seed over the acts reported by then: does it give the same files? */
export async function verifyDraw(uc: UseCase, id: string) {
  const c = await getCampaign(uc.db, uc.actor, id);
  if (!c) throw refuse.notFound('评查活动', 'Evaluation');
  if (!c.seed || !c.drawn_at) throw refuse.byLaw(409, '尚未抽取案卷', 'the files are not drawn yet', ART);
  const agencies = (
    await uc.db.query<{ agency_id: string }>(
      sql`SELECT agency_id FROM evaluation_agencies WHERE campaign_id = ${id}`,
    )
  ).map((a) => a.agency_id);
  const again = drawFiles(c.seed, agencies, await drawPool(uc.db, c, c.drawn_at), c.files_per_agency).map(
    (f) => f.id,
  );
  const recorded = (await campaignFiles(uc.db, id)).map((f) => f.act_id);
  return {
    seed: c.seed,
    algorithm: c.draw_algorithm,
    matches: again.length === recorded.length && again.every((a, i) => a === recorded[i]),
    recorded: recorded.length,
  };
}

async function fileForWork(tx: Queryable, uc: UseCase, fileId: string) {
  const f = await getFile(tx, uc.actor, fileId);
  if (!f) throw refuse.notFound('评查案卷', 'Evaluation file');
  const [c] = await tx.query<CampaignRow>(
    sql`SELECT * FROM evaluation_campaigns WHERE id = ${f.campaign_id} FOR UPDATE`,
  );
  if (c.state !== 'scoring')
    throw refuse.byLaw(409, '评查活动不在评分阶段', 'the evaluation is not in its scoring stage', ART);
  return { f, c };
}

export async function submitSheet(uc: UseCase, fileId: string, input: z.infer<typeof sheetSubmit>) {
  return uc.db.tx(async (tx) => {
    const { f, c } = await fileForWork(tx, uc, fileId);
    const [sheet] = await tx.query<{ version: number; deductions: unknown }>(sql`
      SELECT version, deductions FROM evaluation_sheets
      WHERE file_id = ${fileId} AND region_code = ${f.region_code} AND reviewer_id = ${uc.actor.userId} FOR UPDATE`);
    if (!sheet) throw refuse.forbidden('您不是该案卷的评查人员', 'you are not a reviewer of this file', ART);
    if (f.settled)
      throw refuse.byLaw(409, '该案卷已经合议定分', 'the file was settled by the lead already', ART);
    const bad = checkDeductions(c.rubric, input.deductions);
    if (bad) throw byLaw(bad, 400);
    const deductions = Object.fromEntries(Object.entries(input.deductions).filter(([, v]) => v > 0));
    await tx.query(sql`UPDATE evaluation_sheets SET deductions = ${JSON.stringify(deductions)}::jsonb, notes = ${input.notes ?? null},
      submitted_at = ${uc.audit.now}, version = version + 1
      WHERE file_id = ${fileId} AND region_code = ${f.region_code} AND reviewer_id = ${uc.actor.userId}`);
    await recordAudit(tx, uc.audit, {
      action: 'evaluation.score',
      entityType: 'evaluation_file',
      entityId: fileId,
      before: sheet.deductions ? { deductions: sheet.deductions } : null,
      after: { deductions, notes: input.notes ?? null },
      article: ART,
      organisationId: c.organ_id,
      regionCode: f.region_code,
    });
    return { fileId, submitted: true as const };
  });
}

export async function settleFile(uc: UseCase, fileId: string, input: z.infer<typeof fileSettle>) {
  return uc.db.tx(async (tx) => {
    const { f, c } = await fileForWork(tx, uc, fileId);
    lead(uc, c);
    const [r] = fileResults(
      c.rubric,
      c.reviewers_per_file,
      [f],
      await campaignSheets(tx, f.campaign_id, fileId),
    );
    if (r.outcome.state !== 'disputed')
      throw refuse.byLaw(
        409,
        r.outcome.state === 'awaiting' ? '评查人员尚未全部评分' : '两名评查人员分差在规定范围内，无须合议',
        r.outcome.state === 'awaiting'
          ? 'not every reviewer has scored'
          : 'the reviewers agree within the allowed gap',
        ART,
      );
    const bad = checkDeductions(c.rubric, input.deductions);
    if (bad) throw byLaw(bad, 400);
    const deductions = Object.fromEntries(Object.entries(input.deductions).filter(([, v]) => v > 0));
    await tx.query(sql`UPDATE evaluation_files SET settled = ${JSON.stringify(deductions)}::jsonb, settled_reason = ${input.reason},
      settled_by = ${uc.actor.userId} WHERE id = ${fileId} AND region_code = ${f.region_code}`);
    await recordAudit(tx, uc.audit, {
      action: 'evaluation.settle',
      entityType: 'evaluation_file',
      entityId: fileId,
      before: { scores: r.outcome.scores },
      after: { deductions, reason: input.reason },
      article: ART,
      organisationId: c.organ_id,
      regionCode: f.region_code,
    });
    return { fileId, settled: true as const };
  });
}

/** the head publishes the results as a numbered notice (评查结果通报), once every file is settled */
export async function publishCampaign(uc: UseCase, id: string, input: { version: number }) {
  return uc.db.tx(async (tx) => {
    const c = await campaignForUpdate(tx, uc, id, input.version);
    if (uc.actor.role !== 'organ_head' || c.organ_id !== uc.actor.organisationId)
      throw refuse.forbidden(
        '评查结果通报由监督机关负责人签发',
        'the head of the organ issues the results',
        ART,
      );
    if (c.state !== 'scoring')
      throw refuse.byLaw(409, '评查活动不在评分阶段', 'the evaluation is not in its scoring stage', ART);
    const results = fileResults(
      c.rubric,
      c.reviewers_per_file,
      await campaignFiles(tx, id),
      await campaignSheets(tx, id),
    );
    const open = results.filter((r) => r.outcome.state !== 'final').length;
    if (open)
      throw refuse.byLaw(
        409,
        `还有${open}份案卷未完成评分或合议`,
        `${open} files are not scored or settled yet`,
        ART,
      );
    const summary = campaignResults(c.rubric, results);
    const issuer = await issuerOf(tx, c.organ_id);
    const today = shanghaiDate(uc.audit.now);
    const doc = await issueOrganDocument(tx, {
      issuer,
      kind: 'evaluation_results',
      regionCode: c.region_code,
      issuedOn: today,
      issuedAt: uc.audit.now,
      issuedBy: uc.actor.userId,
      build: (number) =>
        evaluationResults({
          government: issuer.government,
          organ: issuer.name,
          number,
          issuedOn: today,
          title: c.title,
          period: { from: c.period_from, to: c.period_to },
          files: summary.files,
          passMark: c.rubric.passMark,
          agencies: summary.agencies,
          problems: summary.problems,
          failing: results
            .filter((r) => r.grade === 'fail')
            .map((r) => ({
              agency: r.file.agency_name,
              caseNumber: r.file.case_number,
              score: r.outcome.state === 'final' ? r.outcome.score : 0,
            })),
        }),
    });
    await tx.query(sql`UPDATE evaluation_campaigns SET state = 'published', results_document_id = ${doc.id},
      published_at = ${uc.audit.now}, version = version + 1 WHERE id = ${id}`);
    await recordAudit(tx, uc.audit, {
      action: 'evaluation.publish',
      entityType: 'evaluation',
      entityId: id,
      before: { state: 'scoring' },
      after: {
        state: 'published',
        documentId: doc.id,
        number: doc.number,
        contentSha256: doc.contentSha256,
        files: summary.files,
        failing: summary.failing,
      },
      article: ART,
      organisationId: c.organ_id,
      regionCode: c.region_code,
    });
    return {
      id,
      state: 'published' as const,
      documentId: doc.id,
      number: doc.number,
      version: c.version + 1,
    };
  });
}

/** one action: a failing file becomes a supervision case (source: 案卷评查) */
export async function fileToCase(uc: UseCase, fileId: string) {
  return uc.db.tx(async (tx) => {
    const f = await getFile(tx, uc.actor, fileId);
    if (!f) throw refuse.notFound('评查案卷', 'Evaluation file');
    const [c] = await tx.query<CampaignRow>(
      sql`SELECT * FROM evaluation_campaigns WHERE id = ${f.campaign_id}`,
    );
    lead(uc, c);
    const [locked] = await tx.query<{ case_id: string | null }>(
      sql`SELECT case_id FROM evaluation_files WHERE id = ${fileId} AND region_code = ${f.region_code} FOR UPDATE`,
    );
    if (locked.case_id)
      throw refuse.byLaw(409, '该案卷已经立案监督', 'a case was opened from this file already', ART);
    const [r] = fileResults(
      c.rubric,
      c.reviewers_per_file,
      [f],
      await campaignSheets(tx, f.campaign_id, fileId),
    );
    if (r.grade !== 'fail')
      throw refuse.byLaw(
        409,
        r.grade ? '只有评查不合格的案卷可以转为监督案件' : '案卷尚未完成评分',
        r.grade ? 'only a failing file becomes a case' : 'the file is not scored yet',
        ART,
      );
    const score = r.outcome.state === 'final' ? r.outcome.score : 0;
    const caseId = await registerProactiveCase(tx, uc.audit, uc.actor, {
      source: 'evaluation',
      agencyId: f.agency_id,
      title: `案卷评查不合格：${f.agency_name} ${f.case_number}（${score}分）`,
      basis: { evaluationId: c.id, fileId, actId: f.act_id, score },
    });
    await tx.query(
      sql`UPDATE evaluation_files SET case_id = ${caseId} WHERE id = ${fileId} AND region_code = ${f.region_code}`,
    );
    await recordAudit(tx, uc.audit, {
      action: 'evaluation.to_case',
      entityType: 'evaluation_file',
      entityId: fileId,
      after: { caseId },
      article: ART,
      organisationId: c.organ_id,
      regionCode: f.region_code,
    });
    return { fileId, caseId };
  });
}
