// Scoring a file against the rubric, and reconciling two reviewers (案卷评查, 第八条（一）).
// A score is 100 less the deductions, each chapter's deductions capped at its points. Two
// reviewers score on their own; when their totals lie within RECONCILE_GAP the file's result is
// their average item by item, otherwise the campaign lead settles it (合议) with a reason.
import { type Refusal, refusal } from '../case/refusal.ts';
import { type Rubric, rubricItems } from './rubric.ts';

/** deductions by item code, in points (halves allowed) */
export type Deductions = Record<string, number>;

export const RECONCILE_GAP = 5;

export type Grade = 'excellent' | 'good' | 'pass' | 'fail';
export const GRADE_LABELS: Record<Grade, { zh: string; en: string }> = {
  excellent: { zh: '优秀', en: 'Excellent' },
  good: { zh: '良好', en: 'Good' },
  pass: { zh: '合格', en: 'Pass' },
  fail: { zh: '不合格', en: 'Fail' },
};

export function checkDeductions(r: Rubric, d: Deductions): Refusal | null {
  const items = new Map(rubricItems(r).map((i) => [i.code, i]));
  for (const [code, points] of Object.entries(d)) {
    const item = items.get(code);
    const field = `deductions.${code}`;
    if (!item)
      return refusal('art8.1.1', `评查标准中没有项目 ${code}`, `no item ${code} in the rubric`, field);
    if (!(points >= 0) || points > item.points || Math.round(points * 2) !== points * 2)
      return refusal(
        'art8.1.1',
        `项目 ${code} 扣分应为0至${item.points}分、以0.5分为单位`,
        `item ${code}: deduct 0 to ${item.points} in steps of 0.5`,
        field,
      );
  }
  return null;
}

export function scoreOf(r: Rubric, d: Deductions): number {
  let total = 100;
  for (const c of r.chapters) {
    const off = c.items.reduce((s, i) => s + (d[i.code] ?? 0), 0);
    total -= Math.min(off, c.points);
  }
  return total;
}

export function gradeOf(r: Rubric, score: number): Grade {
  if (score < r.passMark) return 'fail';
  if (score >= 90) return 'excellent';
  if (score >= 80) return 'good';
  return 'pass';
}

export type FileOutcome =
  | { state: 'awaiting'; submitted: number }
  | { state: 'disputed'; scores: number[] }
  | { state: 'final'; deductions: Deductions; score: number };

/** what the reviewers' sheets settle; `settled` is the lead's reconciliation, which wins */
export function fileOutcome(
  r: Rubric,
  sheets: readonly Deductions[],
  reviewersPerFile: number,
  settled: Deductions | null,
): FileOutcome {
  if (settled) return { state: 'final', deductions: settled, score: scoreOf(r, settled) };
  if (sheets.length < reviewersPerFile) return { state: 'awaiting', submitted: sheets.length };
  const scores = sheets.map((d) => scoreOf(r, d));
  if (Math.max(...scores) - Math.min(...scores) > RECONCILE_GAP) return { state: 'disputed', scores };
  const deductions: Deductions = {};
  for (const i of rubricItems(r)) {
    const mean = sheets.reduce((s, d) => s + (d[i.code] ?? 0), 0) / sheets.length;
    // to the half point, as reviewers score
    const half = Math.round(mean * 2) / 2;
    if (half > 0) deductions[i.code] = half;
  }
  return { state: 'final', deductions, score: scoreOf(r, deductions) };
}

/**
 * What the reported data already shows: each warning raised on the act deducts its item in
 * full. The reviewer confirms or corrects it; nothing here is final.
 */
export function preScore(
  r: Rubric,
  warningRules: readonly string[],
): { deductions: Deductions; reasons: Record<string, string> } {
  const deductions: Deductions = {};
  const reasons: Record<string, string> = {};
  const raised = new Set(warningRules);
  for (const i of rubricItems(r))
    if (i.rule && raised.has(i.rule)) {
      deductions[i.code] = i.points;
      reasons[i.code] = `预警规则“${i.rule}”已发现此问题`;
    }
  return { deductions, reasons };
}
