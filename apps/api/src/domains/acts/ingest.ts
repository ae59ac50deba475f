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
/** rows checked at a time: one slice is checked while the one before is written */
const SLICE = 500;
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
  // What the rows are checked against is read once, before the agency's lock: the officers
  // the rows name, their certificates and the agency's qualifications. Checking is then pure
  // work, done a slice at a time: the first slice before the lock, each next one while the
  // slice before it is written, so that checking and PostgreSQL's work on the COPY overlap.
  const against = await checkedAgainst(uc.db, agency.id, batch.acts);
  const results: RowResult[] = [];
  const seen = new Map<string, number>();
  const check = (from: number) => {
    const p = checkSlice(batch.acts.slice(from, from + SLICE), from, pre, today, against, results, seen);
    p.catch(() => {}); // awaited below; a transaction that fails first must not leave it unhandled
    return p;
  };
  let next: ReturnType<typeof check> | null = check(0);
  return uc.db.tx(async (tx) => {
    // one batch of an agency at a time: the case-number check below then holds until commit
    await tx.query(sql`SELECT pg_advisory_xact_lock(hashtext(${agency.id}))`);
    const stored: (Checked & { id: string })[] = [];
    let warningCount = 0;
    let refused = false;
    for (let from = 0; next; from += SLICE) {
      const checked = await next;
      next = from + SLICE < batch.acts.length ? check(from + SLICE) : null;
      const toStore = await newRows(tx, agency.id, checked, results);
      // an all-or-nothing batch with a refused row writes no more, and what it wrote is rolled
      // back; the rest is still checked so that the answer names every refused row
      refused ||= batch.atomic && results.some((r) => r?.status === 'rejected');
      if (refused) {
        for (const v of toStore)
          results[v.row] = { row: v.row, caseNumber: v.act.caseNumber, status: 'held' };
        continue;
      }
      const rows = toStore.map((v) => ({ ...v, id: randomUUID() }));
      warningCount += await writeRows(tx, agency, rows, uc);
      for (const { row, act, warnings } of rows)
        results[row] = { row, caseNumber: act.caseNumber, status: 'stored', warnings: warnings.length };
      stored.push(...rows);
    }
    const rejected = results.filter((r) => r?.status === 'rejected');
    if (refused) {
      for (const v of stored) results[v.row] = { row: v.row, caseNumber: v.act.caseNumber, status: 'held' };
      throw new BatchRefused(results, rejected);
    }
    const unchanged = results.filter((r) => r?.status === 'unchanged').length;
    if (stored.length)
      await recordAudit(tx, uc.audit, {
        action: 'acts.ingest',
        entityType: 'agency',
        entityId: agency.id,
        after: {
          stored: stored.length,
          unchanged,
          rejected: rejected.length,
          warnings: warningCount,
          batchSha256: createHash('sha256')
            .update(canonicalJson(stored.map((s) => s.hash)))
            .digest('hex'),
        },
        article: 'art8.1.3',
        organisationId: agency.id,
        regionCode: agency.region_code,
      });
    return {
      stored: stored.length,
      unchanged,
      rejected: rejected.length,
      warnings: warningCount,
      rows: results,
    };
  });
}

/** the rows not reported before; a case number reported before with other content is refused */
async function newRows(tx: Queryable, agencyId: string, checked: Checked[], results: RowResult[]) {
  if (!checked.length) return [];
  const existing = new Map(
    (
      await tx.query<{ case_number: string; content_sha256: string }>(sql`
        SELECT case_number, content_sha256 FROM enforcement_acts
        WHERE agency_id = ${agencyId} AND case_number = ANY(${checked.map((v) => v.act.caseNumber)})`)
    ).map((r) => [r.case_number, r.content_sha256]),
  );
  const out: Checked[] = [];
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
    else out.push(v);
  }
  return out;
}

/** the acts, their officers and what the rules found, by COPY; answers how many warnings */
async function writeRows(
  tx: Queryable,
  agency: { id: string; region_code: string },
  rows: (Checked & { id: string })[],
  uc: UseCase,
): Promise<number> {
  if (!rows.length) return 0;
  // COPY, as a bulk loader would: the rows are validated, the names are the code's
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
      uc.audit.now.toISOString(),
      uc.actor.userId,
    ]),
  );
  await tx.copyRows(
    'act_officers',
    ['act_id', 'officer_id', 'decision_date'],
    rows.flatMap(({ id, act, officerIds }) => [...new Set(officerIds)].map((o) => [id, o, act.decisionDate])),
  );
  const raised = rows.flatMap(({ id, warnings }) => warnings.map((x) => ({ ...x, actId: id })));
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
  return raised.length;
}

/** officers by certificate number, the certificates of this agency's, and its qualifications */
async function checkedAgainst(q: Queryable, agencyId: string, raw: unknown[]) {
  // the numbers as sent: a row whose shape is refused later simply does not use them
  const numbers = new Set<string>();
  for (const r of raw) {
    const officers = (r as { officers?: unknown } | null)?.officers;
    if (Array.isArray(officers)) for (const n of officers) if (typeof n === 'string') numbers.add(n.trim());
  }
  const officers = new Map(
    (
      await q.query<{ number: string; officer_id: string; organisation_id: string }>(sql`
        SELECT c.number, c.officer_id, o.organisation_id FROM certificates c JOIN officers o ON o.id = c.officer_id
        WHERE c.number = ANY(${[...numbers]}) AND c.kind = 'enforcement'`)
    ).map((r) => [r.number, r]),
  );
  const ours = [...officers.values()].filter((o) => o.organisation_id === agencyId).map((o) => o.officer_id);
  const [certs, quals] = await Promise.all([
    certificatesOf(q, [...new Set(ours)]),
    qualificationsOf(q, [agencyId]),
  ]);
  return { agencyId, officers, certs, quals };
}

type Against = Awaited<ReturnType<typeof checkedAgainst>>;

interface Checked {
  row: number;
  act: ActInput;
  hash: string;
  officerIds: string[];
  warnings: ReturnType<typeof checkAct>;
}

/**
 * Rows `from`… on their own: shape, dates, duplicates within the batch, officers of this
 * agency; a valid row gets its content hash and what the warning rules find. No I/O.
 */
async function checkSlice(
  rows: unknown[],
  from: number,
  pre: FieldProblem[][],
  today: string,
  against: Against,
  results: RowResult[],
  seen: Map<string, number>,
): Promise<Checked[]> {
  const valid: Checked[] = [];
  for (const [i, raw] of rows.entries()) {
    const row = from + i;
    // a turn of the event loop now and then: the COPY before and other requests go on meanwhile
    if (i % YIELD_EVERY === YIELD_EVERY - 1) await new Promise(setImmediate);
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
      for (const [j, d] of parsed.deadlines.entries())
        if (d.metOn && d.metOn > today)
          errors.push(
            problem(row, `deadlines.${j}.metOn`, '办结日期不能晚于今天', 'cannot be in the future'),
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
      parsed.officers.forEach((n, j) => {
        const o = against.officers.get(n);
        if (!o)
          errors.push(problem(row, `officers.${j}`, `证件号 ${n} 未登记`, `no certificate ${n} on file`));
        else if (o.organisation_id !== against.agencyId)
          errors.push(
            problem(
              row,
              `officers.${j}`,
              `证件号 ${n} 的持证人不属于本机关`,
              `certificate ${n} belongs to another agency`,
            ),
          );
      });
    }
    if (errors.length || !parsed) {
      // a spreadsheet row's case number is still named when its other cells are refused
      const caseNumber =
        parsed?.caseNumber ??
        (typeof (raw as { caseNumber?: unknown })?.caseNumber === 'string'
          ? (raw as { caseNumber: string }).caseNumber
          : null);
      results[row] = { row, caseNumber, status: 'rejected', errors };
      continue;
    }
    const officerIds = parsed.officers.map((n) => against.officers.get(n)!.officer_id);
    const facts: EnforcementAct = { ...parsed, agencyId: against.agencyId, officerIds };
    valid.push({
      row,
      act: parsed,
      hash: createHash('sha256').update(canonicalJson(parsed)).digest('hex'),
      officerIds,
      warnings: checkAct(
        facts,
        contextFor(officerIds, against.agencyId, against.certs, against.quals, today),
      ),
    });
  }
  return valid;
}

/** the agency reported for: active, in the actor's jurisdiction, and the actor its liaison or an admin */
async function reportingAgency(uc: UseCase, agencyId: string) {
  const [agency] = await uc.db.query<{ id: string; region_code: string }>(sql`
    SELECT id, region_code FROM organisations WHERE id = ${agencyId} AND kind = 'agency' AND active
      AND region_code = ANY(${uc.actor.scope.regionCodes})`);
  if (!agency)
    throw refuse.field(
      'agencyId',
      '请选择本辖区内有效的行政执法机关',
      'choose an active agency in your jurisdiction',
    );
  const mayReport =
    (uc.actor.role === 'agency_liaison' && uc.actor.organisationId === agency.id) ||
    uc.actor.role === 'admin';
  if (!mayReport)
    throw refuse.forbidden(
      '只有本机关联络员或管理员可以报送执法信息',
      'only the agency liaison or an administrator may report',
      'art8.1.3',
    );
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
