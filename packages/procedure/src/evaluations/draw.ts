// The random draw of files (抽取案卷) and the assignment of reviewers, reproducible from the
// recorded seed: anyone holding the seed and the list of acts can redo both and get the same
// files and the same reviewers. The generator is mulberry32 seeded by the 32-bit FNV-1a hash
// of "seed:agency id"; docs/evaluation-draw.md states the algorithm in full.
import { type Refusal, refusal } from '../case/refusal.ts';

export const DRAW_ALGORITHM = 'fnv1a-mulberry32-v1';

export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(s)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface DrawCandidate {
  id: string;
  agencyId: string;
  caseNumber: string;
}

/**
 * `perAgency` files of each agency, drawn without replacement: the agency's acts in case-number
 * order, then a partial Fisher–Yates shuffle. An agency with fewer acts gives all it has.
 */
export function drawFiles(
  seed: string,
  agencyIds: readonly string[],
  candidates: readonly DrawCandidate[],
  perAgency: number,
): DrawCandidate[] {
  const out: DrawCandidate[] = [];
  for (const agencyId of [...agencyIds].sort()) {
    const pool = candidates
      .filter((c) => c.agencyId === agencyId)
      .sort((a, b) => (a.caseNumber < b.caseNumber ? -1 : a.caseNumber > b.caseNumber ? 1 : 0));
    const next = mulberry32(fnv1a(`${seed}:${agencyId}`));
    const n = Math.min(perAgency, pool.length);
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(next() * (pool.length - i));
      [pool[i], pool[j]] = [pool[j], pool[i]];
      out.push(pool[i]);
    }
  }
  return out;
}

export interface EvaluationReviewer {
  userId: string;
  organisationId: string;
}

/**
 * `perFile` reviewers for each file, none from the file's own agency (回避), the load spread
 * evenly; ties go to the reviewer the seeded generator ranks first.
 */
export function assignReviewers(
  seed: string,
  files: readonly { id: string; agencyId: string }[],
  reviewers: readonly EvaluationReviewer[],
  perFile: number,
): { assignments: Map<string, string[]> } | Refusal {
  const next = mulberry32(fnv1a(`${seed}:reviewers`));
  const rank = new Map(
    [...reviewers].sort((a, b) => (a.userId < b.userId ? -1 : 1)).map((r) => [r.userId, next()]),
  );
  const load = new Map(reviewers.map((r) => [r.userId, 0]));
  const assignments = new Map<string, string[]>();
  for (const f of files) {
    const eligible = reviewers
      .filter((r) => r.organisationId !== f.agencyId)
      .sort((a, b) => load.get(a.userId)! - load.get(b.userId)! || rank.get(a.userId)! - rank.get(b.userId)!);
    if (eligible.length < perFile)
      return refusal(
        'art8.1.1',
        `评查人员不足：每份案卷需要${perFile}名非本机关的评查人员`,
        `not enough reviewers: each file needs ${perFile} from outside its agency`,
        'reviewerIds',
      );
    const chosen = eligible.slice(0, perFile).map((r) => r.userId);
    for (const id of chosen) load.set(id, load.get(id)! + 1);
    assignments.set(f.id, chosen);
  }
  return { assignments };
}
