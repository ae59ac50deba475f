// 第八条（三）: agencies report their enforcement acts; every row is validated on its own and
// answered on its own, the warning rules run on what is stored, and the batch is audited.
// Idempotent by agency and case number: a retried batch stores nothing twice, and a different
// act under a number already reported is refused rather than overwriting it.
import { createHash, randomUUID } from 'node:crypto';
import { type actBatch, FIRST_DATE } from '@jiandu/contracts';
import type { z } from 'zod';
import { canonicalJson } from '../../audit/chain.ts';
import { recordAudit } from '../../audit/record.ts';
import type { Queryable } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';
import type { FieldProblem } from '../../http/problem.ts';
import { Refusal, refuse } from '../../http/problem.ts';
import type { UseCase } from '../../use-case.ts';
import { shanghaiDate } from '../cases/today.ts';
import { checkSlice, problem, type ReadyRow, type RowResult, ruleInputs } from './check-rows.ts';

export type { RowResult } from './check-rows.ts';

/**
 * Rows are checked and written a slice at a time: while one slice is copied into the database,
 * the next is validated and run through the rules, so the database and the process work at once
 * even with one batch in flight.
 */
const SLICE = 500;
const CHUNK = 2000;
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
const WARNING_COLUMNS = [
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
] as const;

type Agency = { id: string; region_code: string };

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
  // who the officers are, their certificates and the agency's qualifications: read once, before
  // the transaction (the embedded database runs one statement at a time)
  const [inputs] = await Promise.all([
    ruleInputs(uc.db, agency.id, batch.acts),
    yearPartitions(uc.db, batch.acts, today),
  ]);
  const env = { agencyId: agency.id, today, inputs, pre };
  const results: RowResult[] = [];
  const seen = new Map<string, number>();
  return uc.db.tx(async (tx) => {
    // One batch of an agency at a time: the case-number check then holds until commit. The lock
    // is asked for first and the rows are checked while it comes, so a second batch in flight is
    // checked while the first is written. In the same statement, for this transaction: each key's
    // reference to its act in the partitioned table is checked with one plan kept for the
    // transaction, not a plan made for each row (docs/scale.md, ingestion); the check is the same.
    let writing: Promise<unknown> = tx.query(
      sql`SELECT set_config('plan_cache_mode', 'force_generic_plan', true), pg_advisory_xact_lock(hashtext(${agency.id}))`,
    );
    // what was reported before under the batch's numbers, read once under the lock (queued after it)
    const before = reportedBefore(tx, agency, batch.acts);
    before.catch(() => {});
    const state = { refused: 0, stored: [] as ReadyRow[], warnings: 0 };
    for (let start = 0; start < batch.acts.length; start += SLICE) {
      const ready = await checkSlice(
        batch.acts,
        start,
        Math.min(batch.acts.length, start + SLICE),
        env,
        seen,
        results,
      );
      state.refused = results.filter((r) => r?.status === 'rejected').length;
      writing = writing.then(() => storeSlice(tx, uc, agency, batch.atomic, ready, results, state, before));
      // awaited below; a failure meanwhile must not go unhandled
      writing.catch(() => {});
    }
    await writing;

    const rejected = results.filter((r) => r?.status === 'rejected');
    if (batch.atomic && rejected.length)
      throw new BatchRefused(
        results.map((r) =>
          r.status === 'stored' ? { row: r.row, caseNumber: r.caseNumber, status: 'held' } : r,
        ),
        rejected,
      );
    const stored = state.stored.length;
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
          warnings: state.warnings,
          batchSha256: createHash('sha256')
            .update(canonicalJson(state.stored.map((s) => s.hash)))
            .digest('hex'),
        },
        article: 'art8.1.3',
        organisationId: agency.id,
        regionCode: agency.region_code,
      });
    return { stored, unchanged, rejected: rejected.length, warnings: state.warnings, rows: results };
  });
}

/**
 * The year partitions the batch's acts will go to, created before the batch's transaction takes
 * any lock on the acts (creating one waits for the writers of the table, and must not wait for
 * this one). Years are read from the dates as sent, bounded as validation bounds them; a row
 * refused later leaves at most an empty partition of a past year.
 */
async function yearPartitions(q: Queryable, raw: unknown[], today: string) {
  const years = new Set<number>();
  for (const r of raw) {
    const d = (r as { decisionDate?: unknown })?.decisionDate;
    if (typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d) && d >= FIRST_DATE && d <= today)
      years.add(Number(d.slice(0, 4)));
  }
  if (years.size) await q.query(sql`SELECT enforcement_acts_year(y) FROM unnest(${[...years]}::int[]) AS y`);
}

/**
 * What the agency reported before under the batch's case numbers, as sent (trimmed as validation
 * trims them): number → content hash. A row's own check refuses any number that is not a string.
 */
async function reportedBefore(tx: Queryable, agency: Agency, raw: unknown[]) {
  const numbers = new Set<string>();
  for (const r of raw) {
    const n = (r as { caseNumber?: unknown })?.caseNumber;
    if (typeof n === 'string') numbers.add(n.trim());
  }
  const rows = await tx.query<{ case_number: string; content_sha256: string }>(sql`
    SELECT case_number, content_sha256 FROM act_keys
    WHERE region_code = ${agency.region_code} AND agency_id = ${agency.id} AND case_number = ANY(${[...numbers]})`);
  return { asked: numbers, hashes: new Map(rows.map((r) => [r.case_number, r.content_sha256])) };
}

/**
 * One checked slice, under the agency's lock: what was reported before under the same case
 * numbers decides each row (unchanged, refused, or new); the new ones are copied with their
 * officers and warnings. Once an all-or-nothing batch has a refused row, nothing more is written
 * (the transaction is rolled back) and the valid rows are answered `held`.
 */
async function storeSlice(
  tx: Queryable,
  uc: UseCase,
  agency: Agency,
  atomic: boolean,
  ready: ReadyRow[],
  results: RowResult[],
  state: { refused: number; stored: ReadyRow[]; warnings: number },
  before: ReturnType<typeof reportedBefore>,
) {
  if (!ready.length) return;
  const { asked, hashes: existing } = await before;
  // a number the batch-wide look-up did not ask for (none, as validation only trims) is asked now
  const unasked = ready.map((v) => v.act.caseNumber).filter((n) => !asked.has(n));
  if (unasked.length)
    for (const r of await tx.query<{ case_number: string; content_sha256: string }>(sql`
      SELECT case_number, content_sha256 FROM act_keys
      WHERE region_code = ${agency.region_code} AND agency_id = ${agency.id} AND case_number = ANY(${unasked})`))
      existing.set(r.case_number, r.content_sha256);
  const toStore: ReadyRow[] = [];
  for (const v of ready) {
    const { row, act, hash } = v;
    const before = existing.get(act.caseNumber);
    if (before === hash) results[row] = { row, caseNumber: act.caseNumber, status: 'unchanged' };
    else if (before) {
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
      state.refused++;
    } else toStore.push(v);
  }
  if (atomic && state.refused) {
    for (const v of toStore) results[v.row] = { row: v.row, caseNumber: v.act.caseNumber, status: 'held' };
    return;
  }
  const rows = toStore.map((s) => ({ ...s, id: randomUUID() }));
  const reportedAt = uc.audit.now.toISOString();
  // COPY, as a bulk loader would: the rows are validated above, the names are the code's
  await tx.copyRows(
    'enforcement_acts',
    ACT_COLUMNS,
    rows.map(({ id, act, hash }) => [
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
      reportedAt,
      uc.actor.userId,
    ]),
  );
  // the key that keeps (agency, case number) unique across the year partitions (migration 0080)
  await tx.copyRows(
    'act_keys',
    ['agency_id', 'case_number', 'act_id', 'decision_date', 'content_sha256', 'region_code'],
    rows.map(({ id, act, hash }) => [
      agency.id,
      act.caseNumber,
      id,
      act.decisionDate,
      hash,
      agency.region_code,
    ]),
  );
  // the act's region on each of its rows (0100), as on its warnings
  await tx.copyRows(
    'act_officers',
    ['act_id', 'officer_id', 'decision_date', 'region_code'],
    rows.flatMap(({ id, act, officerIds }) =>
      [...new Set(officerIds)].map((o) => [id, o, act.decisionDate, agency.region_code]),
    ),
  );
  // the acts are new, so no open warning of theirs exists yet: COPY too
  await tx.copyRows(
    'warnings',
    WARNING_COLUMNS,
    rows.flatMap(({ id, warnings }) =>
      warnings.map((w) => [
        randomUUID(),
        id,
        agency.id,
        agency.region_code,
        w.rule,
        w.article,
        w.officerId ?? null,
        w.zh,
        w.en,
        'open',
        reportedAt,
      ]),
    ),
  );
  for (const r of rows) {
    results[r.row] = {
      row: r.row,
      caseNumber: r.act.caseNumber,
      status: 'stored',
      warnings: r.warnings.length,
    };
    state.warnings += r.warnings.length;
    state.stored.push(r);
  }
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
