import { describe, expect, it } from 'vitest';
import { assignReviewers, drawFiles, fnv1a } from './draw.ts';
import { checkRubric, DEFAULT_RUBRIC, type Rubric } from './rubric.ts';
import { checkDeductions, fileOutcome, gradeOf, preScore, scoreOf } from './score.ts';

const acts = (agency: string, n: number) =>
  Array.from({ length: n }, (_, i) => ({
    id: `${agency}-${i}`,
    agencyId: agency,
    caseNumber: `${agency}〔2026〕${i + 1}号`,
  }));

describe('第八条（一）案卷评查: the rubric', () => {
  it('第八条（一）: the default rubric has the seven usual chapters and totals 100', () => {
    expect(checkRubric(DEFAULT_RUBRIC)).toBeNull();
    expect(DEFAULT_RUBRIC.chapters.map((c) => c.name)).toEqual([
      '执法主体',
      '事实证据',
      '法律适用',
      '执法程序',
      '文书制作',
      '裁量适用',
      '归档管理',
    ]);
  });

  it('第八条（一）: an edited rubric that does not total 100 is refused, naming the field', () => {
    const r: Rubric = structuredClone(DEFAULT_RUBRIC);
    r.chapters[0].points = 15;
    expect(checkRubric(r)).toMatchObject({ article: 'art8.1.1', field: 'rubric' });
    const dup: Rubric = structuredClone(DEFAULT_RUBRIC);
    dup.chapters[1].items[0].code = 'S1';
    expect(checkRubric(dup)?.reason).toContain('S1');
  });
});

describe('第八条（一）: the draw is reproducible from its seed', () => {
  const pool = [...acts('a', 30), ...acts('b', 12), ...acts('c', 2)];

  it('第八条（一）: the same seed draws the same files, in any input order; another seed others', () => {
    const one = drawFiles('seed-1', ['a', 'b', 'c'], pool, 5);
    const again = drawFiles('seed-1', ['c', 'b', 'a'], [...pool].reverse(), 5);
    expect(again.map((f) => f.id)).toEqual(one.map((f) => f.id));
    expect(drawFiles('seed-2', ['a', 'b', 'c'], pool, 5).map((f) => f.id)).not.toEqual(one.map((f) => f.id));
  });

  it('第八条（一）: n files an agency, without repeats; an agency with fewer gives all it has', () => {
    const d = drawFiles('x', ['a', 'b', 'c'], pool, 5);
    expect(d.filter((f) => f.agencyId === 'a')).toHaveLength(5);
    expect(d.filter((f) => f.agencyId === 'c')).toHaveLength(2);
    expect(new Set(d.map((f) => f.id)).size).toBe(d.length);
  });

  it('第八条（一）: over many seeds every act of an agency is drawn about equally often', () => {
    const counts = new Map<string, number>();
    for (let s = 0; s < 3000; s++)
      for (const f of drawFiles(`s${s}`, ['b'], pool, 3)) counts.set(f.id, (counts.get(f.id) ?? 0) + 1);
    // 3000 draws of 3 out of 12: 750 each expected
    for (const n of counts.values()) expect(Math.abs(n - 750)).toBeLessThan(120);
  });

  it('FNV-1a of the documented test vector', () => {
    expect(fnv1a('a')).toBe(0xe40c292c);
  });
});

describe('第八条（一）: reviewers', () => {
  const reviewers = [
    { userId: 'u1', organisationId: 'a' },
    { userId: 'u2', organisationId: 'b' },
    { userId: 'u3', organisationId: 'organ' },
    { userId: 'u4', organisationId: 'c' },
  ];
  const files = [...acts('a', 4), ...acts('b', 4)].map((f) => ({ id: f.id, agencyId: f.agencyId }));

  it('第八条（一）: nobody reviews a file of their own agency, two a file, load spread evenly', () => {
    const r = assignReviewers('s', files, reviewers, 2);
    if (!('assignments' in r)) throw new Error('refused');
    const load = new Map<string, number>();
    for (const f of files) {
      const who = r.assignments.get(f.id)!;
      expect(who).toHaveLength(2);
      expect(new Set(who).size).toBe(2);
      for (const u of who) {
        expect(reviewers.find((x) => x.userId === u)!.organisationId).not.toBe(f.agencyId);
        load.set(u, (load.get(u) ?? 0) + 1);
      }
    }
    expect(Math.max(...load.values()) - Math.min(...load.values())).toBeLessThanOrEqual(2);
    expect(assignReviewers('s', files, reviewers, 2)).toEqual(r);
  });

  it('第八条（一）: too few reviewers from outside the agency is refused', () => {
    const r = assignReviewers('s', files, reviewers.slice(0, 2), 2);
    expect(r).toMatchObject({ article: 'art8.1.1', field: 'reviewerIds' });
  });
});

describe('第八条（一）: scoring and reconciling', () => {
  it('第八条（一）: a chapter never loses more than its points; the grade follows the pass mark', () => {
    expect(scoreOf(DEFAULT_RUBRIC, {})).toBe(100);
    expect(scoreOf(DEFAULT_RUBRIC, { L1: 15, L2: 10 })).toBe(85);
    expect(gradeOf(DEFAULT_RUBRIC, 59.5)).toBe('fail');
    expect(gradeOf(DEFAULT_RUBRIC, 60)).toBe('pass');
    expect(gradeOf(DEFAULT_RUBRIC, 95)).toBe('excellent');
  });

  it('第八条（一）: deductions beyond an item, unknown items and odd fractions are refused, naming the item', () => {
    expect(checkDeductions(DEFAULT_RUBRIC, { P1: 9 })?.field).toBe('deductions.P1');
    expect(checkDeductions(DEFAULT_RUBRIC, { Z9: 1 })?.field).toBe('deductions.Z9');
    expect(checkDeductions(DEFAULT_RUBRIC, { P1: 1.25 })?.field).toBe('deductions.P1');
    expect(checkDeductions(DEFAULT_RUBRIC, { P1: 7.5, D2: 0 })).toBeNull();
  });

  it('第八条（一）: two close scores average item by item; far apart they await the lead', () => {
    expect(fileOutcome(DEFAULT_RUBRIC, [{ P1: 8 }], 2, null)).toEqual({ state: 'awaiting', submitted: 1 });
    expect(fileOutcome(DEFAULT_RUBRIC, [{ P1: 8 }, { P1: 5 }], 2, null)).toEqual({
      state: 'final',
      deductions: { P1: 6.5 },
      score: 93.5,
    });
    expect(fileOutcome(DEFAULT_RUBRIC, [{ P1: 8, L1: 15 }, { P1: 5 }], 2, null)).toMatchObject({
      state: 'disputed',
      scores: [77, 95],
    });
    expect(fileOutcome(DEFAULT_RUBRIC, [{ P1: 8, L1: 15 }, { P1: 5 }], 2, { L1: 15 })).toMatchObject({
      state: 'final',
      score: 85,
    });
  });

  it('第八条（一）: the warnings already raised pre-score their items', () => {
    const p = preScore(DEFAULT_RUBRIC, ['seal', 'two_officers']);
    expect(p.deductions).toEqual({ P1: 8, D1: 6 });
    expect(Object.keys(p.reasons)).toEqual(['P1', 'D1']);
  });
});
