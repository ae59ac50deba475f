// 第八条（三）: agencies report their enforcement acts; every row is validated on its own and
// answered on its own, the warning rules run on what is stored, and the batch is audited.
// Idempotent by agency and case number: a retried batch stores nothing twice, and a different
// act under a number already reported is refused rather than overwriting it.
import { createHash, randomUUID } from 'node:crypto';
import { type actBatch, actInput } from '@jiandu/contracts';
import { checkAct, type EnforcementAct } from '@jiandu/procedure';
import type { z } from 'zod';
import { canonicalJson } from '../../audit/chain.ts';
import { recordAudit } from '../../audit/record.ts';
import type { Queryable } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';
import type { FieldProblem } from '../../http/problem.ts';
import { Refusal, refuse } from '../../http/problem.ts';
import { fieldProblems } from '../../http/validation.ts';
import type { UseCase } from '../../use-case.ts';
import { shanghaiDate } from '../cases/today.ts';
import { certificatesOf, contextFor, qualificationsOf } from './rule-context.ts';

type ActInput = z.infer<typeof actInput>;

export interface RowResult {
  row: number;
  caseNumber: string | null;
  /** held: valid, but not stored because the all-or-nothing batch was refused */
  status: 'stored' | 'unchanged' | 'rejected' | 'held';
  errors?: FieldProblem[];
  warnings?: number;
}

const CHUNK = 2000;
const YIELD_EVERY = 250;
const ACT_COLUMNS = [
  'id',
  'agency_id',
  'region_code',
  'case_number',
  'kind',
  'area',
  'decision_date',
  'parties',
  'facts',
  'legal_basis',
  'seal_present',
  'discretion_level',
  'deadlines',
  'full_record',
  'outcome',
  'content_sha256',
  'reported_at',
  'reported_by',
] as const;

interface CheckedRow {
  row: number;
  act: ActInput;
  hash: string;
}

const problem = (row: number, field: string, reason: string, reasonEn: string): FieldProblem => ({
  field: `acts.${row}.${field}`,
  reason,
  reason_en: reasonEn,
});

/** an all-or-nothing batch with refused rows: nothing stored; the rows say why */
export class BatchRefused extends Refusal {
  constructor(
    readonly rows: RowResult[],
    rejected: RowResult[],
  ) {
    super({
      status: 422,
      code: 'validation',
      title: '批次中有不合格的记录，整批未保存',
      titleEn: 'Some rows were refused; nothing of the batch was stored',
      detail: `${rejected.length} 条不合格`,
      detailEn: `${rejected.length} rows refused`,
      fields: rejected.flatMap((r) => r.errors ?? []).slice(0, 200),
      article: 'art8.1.3',
    });
  }
}

/**
 * `pre` carries problems found before validation, row by row (a formula in a spreadsheet
 * cell): such a row is refused like any other.
 */
export async function ingestActs(uc: UseCase, batch: z.infer<typeof actBatch>, pre: FieldProblem[][] = []) {
  const today = shanghaiDate(uc.audit.now);
  const agency = await reportingAgency(uc, batch.agencyId);
  // Everything that does not depend on what this agency reported before is worked out before the
  // agency's lock: the rows' own checks, who the officers are, and what the warning rules find.
  // The lock then covers only the case-number check and the writes, so a loader with two batches
  // under way has the next one checked while the last one is written.
  const { results, valid } = await checkRows(batch.acts, pre, today);
  const resolved = await withOfficers(uc.db, agency.id, valid, results);
  const checked = await withWarnings(uc.db, agency.id, resolved, today);
  return uc.db.tx(async (tx) => {
    // one batch of an agency at a time: the case-number check below then holds until commit
    await tx.query(sql`SELECT pg_advisory_xact_lock(hashtext(${agency.id}))`);
    // what was reported before under the same case numbers
    const existing = new Map(
      (
        await tx.query<{ case_number: string; content_sha256: string }>(sql`
          SELECT case_number, content_sha256 FROM enforcement_acts
          WHERE agency_id = ${agency.id} AND case_number = ANY(${checked.map((v) => v.act.caseNumber)})`)
      ).map((r) => [r.case_number, r.content_sha256]),
    );
    const toStore: typeof checked = [];
    for (const v of checked) {
      const { row, act, hash } = v;
      const before = existing.get(act.caseNumber);
      if (before === hash) results[row] = { row, caseNumber: act.caseNumber, status: 'unchanged' };
      else if (before)
        results[row] = {
          row,
          caseNumber: act.caseNumber,
          status: 'rejected',
          errors: [
            problem(
              row,
              'caseNumber',
              '该案件编号已报送过不同内容，请核对',
              'this case number was reported with other content',
            ),
          ],
        };
      else toStore.push(v);
    }

    const rejected = results.filter((r) => r?.status === 'rejected');
    if (batch.atomic && rejected.length)
      throw new BatchRefused(
        toStore.reduce((all, v) => {
          all[v.row] = { row: v.row, caseNumber: v.act.caseNumber, status: 'held' };
          return all;
        }, results),
        rejected,
      );

    // store the acts, their officers and what the rules found
    let warningCount = 0;
    for (let i = 0; i < toStore.length; i += CHUNK) {
      const chunk = toStore.slice(i, i + CHUNK).map((s) => ({ ...s, id: randomUUID() }));
      // COPY, as a bulk loader would: the rows are validated above, the names are the code's
      await tx.copyRows(
        'enforcement_acts',
        ACT_COLUMNS,
        chunk.map(({ id, act, hash }) => [
          id,
          agency.id,
          agency.region_code,
          act.caseNumber,
          act.kind,
          act.area,
          act.decisionDate,
          JSON.stringify(act.parties),
          act.facts,
          JSON.stringify(act.legalBasis),
          act.sealPresent,
          act.discretionLevel,
          JSON.stringify(act.deadlines),
          act.fullRecord,
          act.outcome,
          hash,
          uc.audit.now.toISOString(),
          uc.actor.userId,
        ]),
      );
      await tx.copyRows(
        'act_officers',
        ['act_id', 'officer_id', 'decision_date'],
        chunk.flatMap(({ id, act, officerIds }) =>
          [...new Set(officerIds)].map((o) => [id, o, act.decisionDate]),
        ),
      );
      const raised = chunk.flatMap(({ id, act, row, warnings }) => {
        results[row] = { row, caseNumber: act.caseNumber, status: 'stored', warnings: warnings.length };
        return warnings.map((x) => ({ ...x, actId: id }));
      });
      warningCount += raised.length;
      // the acts are new, so no open warning of theirs exists yet: COPY too
      await tx.copyRows(
        'warnings',
        [
          'id',
          'act_id',
          'agency_id',
          'region_code',
          'rule',
          'article',
          'officer_id',
          'message',
          'message_en',
          'state',
          'raised_at',
        ],
        raised.map((w) => [
          randomUUID(),
          w.actId,
          agency.id,
          agency.region_code,
          w.rule,
          w.article,
          w.officerId ?? null,
          w.zh,
          w.en,
          'open',
          uc.audit.now.toISOString(),
        ]),
      );
    }

    const stored = results.filter((r) => r?.status === 'stored').length;
    const unchanged = results.filter((r) => r?.status === 'unchanged').length;
    if (stored)
      await recordAudit(tx, uc.audit, {
        action: 'acts.ingest',
        entityType: 'agency',
        entityId: agency.id,
        after: {
          stored,
          unchanged,
          rejected: rejected.length,
          warnings: warningCount,
          batchSha256: createHash('sha256')
            .update(canonicalJson(toStore.map((s) => s.hash)))
            .digest('hex'),
        },
        article: 'art8.1.3',
        organisationId: agency.id,
        regionCode: agency.region_code,
      });
    return { stored, unchanged, rejected: rejected.length, warnings: warningCount, rows: results };
  });
}

/** officers by certificate number: known, and of this agency; a row naming any other is refused */
async function withOfficers(q: Queryable, agencyId: string, valid: CheckedRow[], results: RowResult[]) {
  const numbers = [...new Set(valid.flatMap((v) => v.act.officers))];
  const officers = new Map(
    (
      await q.query<{ number: string; officer_id: string; organisation_id: string }>(sql`
        SELECT c.number, c.officer_id, o.organisation_id FROM certificates c JOIN officers o ON o.id = c.officer_id
        WHERE c.number = ANY(${numbers}) AND c.kind = 'enforcement'`)
    ).map((r) => [r.number, r]),
  );
  const out: (CheckedRow & { officerIds: string[] })[] = [];
  for (const v of valid) {
    const errors: FieldProblem[] = [];
    v.act.officers.forEach((n, i) => {
      const o = officers.get(n);
      if (!o)
        errors.push(problem(v.row, `officers.${i}`, `证件号 ${n} 未登记`, `no certificate ${n} on file`));
      else if (o.organisation_id !== agencyId)
        errors.push(
          problem(
            v.row,
            `officers.${i}`,
            `证件号 ${n} 的持证人不属于本机关`,
            `certificate ${n} belongs to another agency`,
          ),
        );
    });
    if (errors.length)
      results[v.row] = { row: v.row, caseNumber: v.act.caseNumber, status: 'rejected', errors };
    else out.push({ ...v, officerIds: v.act.officers.map((n) => officers.get(n)!.officer_id) });
  }
  return out;
}

/** the warning rules on each row, with the certificates and qualifications as they stand */
async function withWarnings(
  q: Queryable,
  agencyId: string,
  rows: (CheckedRow & { officerIds: string[] })[],
  today: string,
) {
  const certs = await certificatesOf(q, [...new Set(rows.flatMap((r) => r.officerIds))]);
  const quals = await qualificationsOf(q, [agencyId]);
  const out = [];
  for (const [i, r] of rows.entries()) {
    if (i % YIELD_EVERY === YIELD_EVERY - 1) await new Promise(setImmediate);
    const facts: EnforcementAct = { ...r.act, agencyId, officerIds: r.officerIds };
    out.push({ ...r, warnings: checkAct(facts, contextFor(r.officerIds, agencyId, certs, quals, today)) });
  }
  return out;
}

/**
 * The agency reported for: active, in the actor's jurisdiction, and the actor its liaison or an
 * admin. The upload asks this before it reads the file, so nobody else makes the server read one.
 */
export async function reportingAgency(uc: UseCase, agencyId: string) {
  const refused = () =>
    refuse.forbidden(
      '只有本机关联络员或管理员可以报送执法信息',
      'only the agency liaison or an administrator may report',
      'art8.1.3',
    );
  if (uc.actor.role !== 'agency_liaison' && uc.actor.role !== 'admin') throw refused();
  const [agency] = await uc.db.query<{ id: string; region_code: string }>(sql`
    SELECT id, region_code FROM organisations WHERE id = ${agencyId} AND kind = 'agency' AND active
      AND region_code = ANY(${uc.actor.scope.regionCodes})`);
  if (!agency)
    throw refuse.field(
      'agencyId',
      '请选择本辖区内有效的行政执法机关',
      'choose an active agency in your jurisdiction',
    );
  if (uc.actor.role === 'agency_liaison' && uc.actor.organisationId !== agency.id) throw refused();
  return agency;
}

/** each row on its own: shape, dates, duplicates within the batch; a valid row gets its content hash */
async function checkRows(rows: unknown[], pre: FieldProblem[][], today: string) {
  const results: RowResult[] = [];
  const valid: CheckedRow[] = [];
  const seen = new Map<string, number>();
  for (const [row, raw] of rows.entries()) {
    // a turn of the event loop now and then: another batch's queries go on meanwhile
    if (row % YIELD_EVERY === YIELD_EVERY - 1) await new Promise(setImmediate);
    // parse once; the bilingual field problems are worked out only for a refused row
    const attempt = actInput.safeParse(raw);
    const errors = [
      ...(pre[row] ?? []),
      ...(attempt.success ? [] : fieldProblems(actInput, raw, `acts.${row}`)),
    ];
    const parsed = errors.length || !attempt.success ? null : attempt.data;
    if (parsed) {
      if (parsed.decisionDate > today)
        errors.push(problem(row, 'decisionDate', '决定日期不能晚于今天', 'cannot be in the future'));
      for (const [i, d] of parsed.deadlines.entries())
        if (d.metOn && d.metOn > today)
          errors.push(
            problem(row, `deadlines.${i}.metOn`, '办结日期不能晚于今天', 'cannot be in the future'),
          );
      const first = seen.get(parsed.caseNumber);
      if (first !== undefined)
        errors.push(
          problem(
            row,
            'caseNumber',
            `与第 ${first + 1} 行案件编号重复`,
            `repeats the case number of row ${first + 1}`,
          ),
        );
      else seen.set(parsed.caseNumber, row);
    }
    // a spreadsheet row's case number is still named when its other cells are refused
    const caseNumber =
      parsed?.caseNumber ??
      (typeof (raw as { caseNumber?: unknown })?.caseNumber === 'string'
        ? (raw as { caseNumber: string }).caseNumber
        : null);
    if (errors.length) results[row] = { row, caseNumber, status: 'rejected', errors };
    else
      valid.push({
        row,
        act: parsed!,
        hash: createHash('sha256').update(canonicalJson(parsed)).digest('hex'),
      });
  }
  return { results, valid };
}

export async function insertWarnings(
  tx: Queryable,
  raised: { actId: string; rule: string; article: string; zh: string; en: string; officerId?: string }[],
  agency: { id: string; region_code: string },
  now: Date,
) {
  for (let i = 0; i < raised.length; i += CHUNK) {
    const w = raised.slice(i, i + CHUNK);
    await tx.query(sql`INSERT INTO warnings (id, act_id, agency_id, region_code, rule, article, officer_id, message, message_en, state, raised_at)
      SELECT u.id, u.act, ${agency.id}, ${agency.region_code}, u.rule, u.article, u.officer, u.zh, u.en, 'open', ${now}
      FROM unnest(${w.map(() => randomUUID())}::uuid[], ${w.map((x) => x.actId)}::uuid[], ${w.map((x) => x.rule)}::text[],
        ${w.map((x) => x.article)}::text[], ${w.map((x) => x.officerId ?? null)}::uuid[], ${w.map((x) => x.zh)}::text[],
        ${w.map((x) => x.en)}::text[]) AS u(id, act, rule, article, officer, zh, en)
      ON CONFLICT DO NOTHING`);
  }
}
