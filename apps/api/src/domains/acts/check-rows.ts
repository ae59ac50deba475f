// The checks of reported acts that do not depend on what the agency reported before (第八条（三）):
// each row's shape, dates and repeats within the batch, its officers, and what the warning rules
// (第十五条 to 第十七条) find. Pure CPU once the officers, certificates and qualifications are read.
import { createHash } from 'node:crypto';
import { actInput } from '@jiandu/contracts';
import { type Certificate, checkAct, type EnforcementAct, type Qualification } from '@jiandu/procedure';
import type { z } from 'zod';
import type { Queryable } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';
import type { FieldProblem } from '../../http/problem.ts';
import { fieldProblems } from '../../http/validation.ts';
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

/** a row that passed every check: its content hash, officers and the warnings it raises */
export interface ReadyRow {
  row: number;
  act: ActInput;
  hash: string;
  officerIds: string[];
  warnings: ReturnType<typeof checkAct>;
}

/**
 * The checks give the event loop a turn this often: each step of writing the slice before (its
 * look-up, then each COPY) goes on only when its answer is read, which happens at such a turn.
 */
const YIELD_EVERY = 20;

export const problem = (row: number, field: string, reason: string, reasonEn: string): FieldProblem => ({
  field: `acts.${row}.${field}`,
  reason,
  reason_en: reasonEn,
});

/** what the rules read besides the act, for every certificate number the batch names */
export interface RuleInputs {
  officers: Map<string, { officer_id: string; organisation_id: string }>;
  certs: Map<string, Certificate[]>;
  quals: Map<string, Qualification[]>;
}

export async function ruleInputs(q: Queryable, agencyId: string, raw: unknown[]): Promise<RuleInputs> {
  // the numbers as sent; a row whose numbers are not strings is refused by its own check
  const numbers = new Set<string>();
  for (const r of raw) {
    const list = (r as { officers?: unknown })?.officers;
    if (Array.isArray(list)) for (const n of list) if (typeof n === 'string') numbers.add(n.trim());
  }
  const officers = new Map(
    (
      await q.query<{ number: string; officer_id: string; organisation_id: string }>(sql`
        SELECT c.number, c.officer_id, o.organisation_id FROM certificates c JOIN officers o ON o.id = c.officer_id
        WHERE c.number = ANY(${[...numbers]}) AND c.kind = 'enforcement'`)
    ).map((r) => [r.number, r]),
  );
  const mine = [...officers.values()].filter((o) => o.organisation_id === agencyId).map((o) => o.officer_id);
  const [certs, quals] = await Promise.all([
    certificatesOf(q, [...new Set(mine)]),
    qualificationsOf(q, [agencyId]),
  ]);
  return { officers, certs, quals };
}

/**
 * Checks the rows from `start` to `end` of a batch, in order: a refused row gets its answer in
 * `results`; the others come back ready to store. `seen` carries the case numbers of the rows
 * before, so a repeat is found across slices. `pre` carries problems found before validation
 * (a formula in a spreadsheet cell): such a row is refused like any other.
 */
export async function checkSlice(
  raw: unknown[],
  start: number,
  end: number,
  env: { agencyId: string; today: string; inputs: RuleInputs; pre: FieldProblem[][] },
  seen: Map<string, number>,
  results: RowResult[],
): Promise<ReadyRow[]> {
  const out: ReadyRow[] = [];
  for (let row = start; row < end; row++) {
    if (row % YIELD_EVERY === YIELD_EVERY - 1) await new Promise(setImmediate);
    const checked = checkRow(raw[row], row, env.pre[row] ?? [], env.today, seen);
    if ('status' in checked) {
      results[row] = checked;
      continue;
    }
    const errors: FieldProblem[] = [];
    const officerIds: string[] = [];
    checked.act.officers.forEach((n, i) => {
      const o = env.inputs.officers.get(n);
      if (!o) errors.push(problem(row, `officers.${i}`, `证件号 ${n} 未登记`, `no certificate ${n} on file`));
      else if (o.organisation_id !== env.agencyId)
        errors.push(
          problem(
            row,
            `officers.${i}`,
            `证件号 ${n} 的持证人不属于本机关`,
            `certificate ${n} belongs to another agency`,
          ),
        );
      else officerIds.push(o.officer_id);
    });
    if (errors.length) {
      results[row] = { row, caseNumber: checked.act.caseNumber, status: 'rejected', errors };
      continue;
    }
    const facts: EnforcementAct = { ...checked.act, agencyId: env.agencyId, officerIds };
    const context = contextFor(officerIds, env.agencyId, env.inputs.certs, env.inputs.quals, env.today);
    out.push({ ...checked, officerIds, warnings: checkAct(facts, context) });
  }
  return out;
}

/** one row on its own: shape, dates, a repeat within the batch; a valid row gets its content hash */
function checkRow(
  raw: unknown,
  row: number,
  pre: FieldProblem[],
  today: string,
  seen: Map<string, number>,
): RowResult | { row: number; act: ActInput; hash: string } {
  // parse once; the bilingual field problems are worked out only for a refused row
  const attempt = actInput.safeParse(raw);
  const errors = [...pre, ...(attempt.success ? [] : fieldProblems(actInput, raw, `acts.${row}`))];
  const parsed = errors.length || !attempt.success ? null : attempt.data;
  if (parsed) {
    if (parsed.decisionDate > today)
      errors.push(problem(row, 'decisionDate', '决定日期不能晚于今天', 'cannot be in the future'));
    for (const [i, d] of parsed.deadlines.entries())
      if (d.metOn && d.metOn > today)
        errors.push(problem(row, `deadlines.${i}.metOn`, '办结日期不能晚于今天', 'cannot be in the future'));
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
  if (errors.length) return { row, caseNumber, status: 'rejected', errors };
  return { row, act: parsed!, hash: createHash('sha256').update(actJson(parsed!)).digest('hex') };
}

const j = JSON.stringify;

/**
 * The canonical JSON of a parsed act (what `canonicalJson` gives: keys in code-unit order), written
 * out field by field: the same text, hence the same content hash as every act stored before, without
 * sorting each act's keys. `check-rows.test.ts` holds the two equal.
 */
export function actJson(a: ActInput): string {
  const deadlines = a.deadlines.map((d) => `{"due":${j(d.due)},"label":${j(d.label)},"metOn":${j(d.metOn)}}`);
  const parties = a.parties.map((p) => `{"kind":${j(p.kind)},"name":${j(p.name)}}`);
  return `{"area":${j(a.area)},"caseNumber":${j(a.caseNumber)},"deadlines":[${deadlines.join(',')}],"decisionDate":${j(a.decisionDate)},"discretionLevel":${j(a.discretionLevel)},"facts":${j(a.facts)},"fullRecord":${j(a.fullRecord)},"kind":${j(a.kind)},"legalBasis":${j(a.legalBasis)},"officers":${j(a.officers)},"outcome":${j(a.outcome)},"parties":[${parties.join(',')}],"sealPresent":${j(a.sealPresent)}}`;
}
