import { getProvision, JINCHENG_2021 } from '@jiandu/regulation';
import { describe, expect, it } from 'vitest';
import { type AssessmentCounts, EMPTY_COUNTS, INDICATORS, indicatorById } from './indicators.ts';
import { assess, attainment, rankByTotal, sumCounts } from './score.ts';

const counts = (c: Partial<AssessmentCounts>): AssessmentCounts => ({ ...EMPTY_COUNTS, ...c });
const indicatorValue = (
  c: Partial<AssessmentCounts>,
  id: string,
  level: 'agency' | 'government' = 'agency',
) => assess(counts(c), level).indicators.find((i) => i.id === id)?.value;

describe('第五条: the indicator set', () => {
  it('weights add up to 100 and every indicator cites provisions of the pack', () => {
    expect(INDICATORS.reduce((s, i) => s + i.weight, 0)).toBe(100);
    for (const i of INDICATORS) {
      expect(i.articles.length, i.id).toBeGreaterThan(0);
      for (const a of i.articles) expect(getProvision(JINCHENG_2021, a).text, `${i.id} ${a}`).toBeTruthy();
      expect(i.formula.zh && i.formula.en, i.id).toBeTruthy();
      expect(i.direction === 'higher' ? i.standard > i.floor : i.standard < i.floor, i.id).toBe(true);
    }
  });

  it('an indicator scores its weight at the standard, nothing at the floor, in proportion between', () => {
    const rate = indicatorById('act_reporting');
    expect(attainment(rate, 100)).toBe(1);
    expect(attainment(rate, 60)).toBe(0);
    expect(attainment(rate, 30)).toBe(0);
    expect(attainment(rate, 80)).toBe(0.5);
    const warnings = indicatorById('warnings_per_thousand');
    expect(attainment(warnings, 0)).toBe(1);
    expect(attainment(warnings, 50)).toBe(0.75);
    expect(attainment(warnings, 500)).toBe(0);
  });

  it('nothing measured: no total; a perfect record: 100', () => {
    expect(assess(EMPTY_COUNTS, 'agency').total).toBeNull();
    const perfect = counts({
      acts: 10,
      actsOnTime: 10,
      officersActing: 4,
      notices: 2,
      noticesOnTime: 2,
      orders: 1,
      ordersOnTime: 1,
      reviews: 1,
      reviewsUpheld: 1,
      filesScored: 2,
      filesScoreSum: 190,
    });
    expect(assess(perfect, 'agency').total).toBe(100);
    expect(assess(perfect, 'government').total).toBe(100);
  });

  it('what was not measured is left out and the rest rescaled to 100', () => {
    // only acts: reporting 80% (half of 15), officers none, warnings 0 (10 of 10), matters 0 (5 of 5)
    const a = assess(counts({ acts: 10, actsOnTime: 8 }), 'agency');
    expect(a.indicators.find((i) => i.id === 'act_reporting')?.points).toBe(7.5);
    expect(a.indicators.find((i) => i.id === 'notices_on_time')?.value).toBeNull();
    expect(a.total).toBe(Math.round(((7.5 + 10 + 5) / 30) * 1000) / 10);
  });
});

describe('第八条（三）: acts reported on time, warnings per 1,000 acts', () => {
  it('counts on time over reported, and warnings per thousand', () => {
    expect(indicatorValue({ acts: 8, actsOnTime: 6 }, 'act_reporting')).toBe(75);
    expect(indicatorValue({ acts: 8, warnings: 3 }, 'warnings_per_thousand')).toBe(375);
    expect(indicatorValue({ acts: 0, warnings: 3 }, 'warnings_per_thousand')).toBeNull();
  });
});

describe('第十六条（七）, 第七条（八）: officers acting with a valid certificate', () => {
  it('officers warned for their certificate are not covered', () => {
    expect(indicatorValue({ officersActing: 5, officersUncertified: 1 }, 'certified_officers')).toBe(80);
  });
});

describe('第九条（三）: notices answered by their deadline', () => {
  it('answered on time over issued', () => {
    expect(indicatorValue({ notices: 3, noticesOnTime: 2 }, 'notices_on_time')).toBe(66.67);
  });
});

describe('第十三条, 第十六条（十）: orders executed by their deadline', () => {
  it('executed on time over served', () => {
    expect(indicatorValue({ orders: 4, ordersOnTime: 1 }, 'orders_on_time')).toBe(25);
  });
});

describe('第十条第二款: decisions upheld on review', () => {
  it('is a government’s indicator, not an agency’s', () => {
    expect(indicatorValue({ reviews: 4, reviewsUpheld: 3 }, 'reviews_upheld', 'government')).toBe(75);
    expect(indicatorValue({ reviews: 4, reviewsUpheld: 3 }, 'reviews_upheld', 'agency')).toBeNull();
  });
});

describe('第八条（一）: case-file evaluation', () => {
  it('average score and failing rate over the files scored', () => {
    expect(
      indicatorValue({ filesScored: 4, filesScoreSum: 330, filesFailing: 1 }, 'evaluation_average'),
    ).toBe(82.5);
    expect(
      indicatorValue({ filesScored: 4, filesScoreSum: 330, filesFailing: 1 }, 'evaluation_failing'),
    ).toBe(25);
  });
});

describe('第十六条至第十八条: accountability matters per 1,000 acts', () => {
  it('matters confirmed over acts reported', () => {
    expect(indicatorValue({ acts: 500, matters: 2 }, 'matters_per_thousand')).toBe(4);
  });
});

describe('第五条: a government is the sum of its agencies, ranked by total', () => {
  it('sums counts and ranks equal totals together', () => {
    expect(sumCounts([counts({ acts: 2, notices: 1 }), counts({ acts: 3 })])).toMatchObject({
      acts: 5,
      notices: 1,
    });
    const ranked = rankByTotal([
      { name: '乙', total: 80 },
      { name: '甲', total: 90 },
      { name: '丙', total: 80 },
      { name: '丁', total: null },
    ]);
    expect(ranked.map((r) => [r.name, r.rank])).toEqual([
      ['甲', 1],
      ['丙', 2],
      ['乙', 2],
      ['丁', null],
    ]);
  });
});
