import { describe, expect, it } from 'vitest';
import {
  citeBasis,
  citeProcedure,
  citingLaw,
  documentsCite,
  JINCHENG_2021,
  NATIONAL_2025,
  type RulePack,
} from './index.ts';

const BASIS = '关于继续参照执行的通知（测试）';

describe('how a case’s documents cite the law, by its registration date', () => {
  it('行政执法监督条例第二条、第六条第一款 a case registered from 2026-02-01 cites them, and refers to the Jincheng article under the recorded basis', () => {
    const c = citingLaw('2026-02-01', JINCHENG_2021, BASIS);
    expect(citeBasis(c, '第九条第（三）项')).toBe(
      '《行政执法监督条例》第二条、第六条第一款，参照《晋城市行政执法监督暂行办法》（依“关于继续参照执行的通知（测试）”继续适用）第九条第（三）项',
    );
    expect(citeProcedure(c, '第十条第二款')).toBe('参照《晋城市行政执法监督暂行办法》第十条第二款');
    expect(citeProcedure(c, '第十条第二款', false)).toBe('参照《晋城市行政执法监督暂行办法》第十条第二款');
  });

  it('行政执法监督条例第二条、第六条第一款 without a basis valid on the day, the Jincheng article is still only referred to, and no basis is named', () => {
    const c = citingLaw('2026-03-15', JINCHENG_2021, null);
    expect(citeBasis(c, '第十二条')).toBe(
      '《行政执法监督条例》第二条、第六条第一款，参照《晋城市行政执法监督暂行办法》第十二条',
    );
  });

  it('第十九条 a case registered before 2026-02-01 cites the Jincheng measures as it always has, basis or not', () => {
    for (const day of ['2022-05-10', '2024-09-02', '2026-01-31'])
      for (const basis of [null, BASIS]) {
        const c = citingLaw(day, JINCHENG_2021, basis);
        expect(citeBasis(c, '第九条第（三）项')).toBe('《晋城市行政执法监督暂行办法》第九条第（三）项');
        expect(citeProcedure(c, '第十条第二款')).toBe('《晋城市行政执法监督暂行办法》第十条第二款');
        expect(citeProcedure(c, '第十条第二款', false)).toBe('第十条第二款');
      }
  });

  it('行政执法监督条例第六条第二款 a provision whose recovered text stops short is never cited', () => {
    const partial = structuredClone(NATIONAL_2025) as RulePack & { caseArticles: { id: string }[] };
    partial.caseArticles.push({ id: 'art6.2', roleZh: '司法所', roleEn: 'the justice office' } as never);
    const c = citingLaw('2026-02-01', JINCHENG_2021, BASIS, [JINCHENG_2021, partial]);
    expect(c.law.cites.map((x) => x.id)).toEqual(['art2', 'art6.1', 'art6.2']);
    expect(citeBasis(c, '第十一条')).toMatch(/^《行政执法监督条例》第二条、第六条第一款，参照/);
  });

  it('行政执法监督条例 a governing text with no article cited on every case leaves only the reference to the procedure pack', () => {
    const bare = { ...NATIONAL_2025, caseArticles: [] } as RulePack;
    const c = citingLaw('2026-02-01', JINCHENG_2021, BASIS, [JINCHENG_2021, bare]);
    expect(citeBasis(c, '第十一条')).toBe(
      '《晋城市行政执法监督暂行办法》（依“关于继续参照执行的通知（测试）”继续适用）第十一条',
    );
  });

  it('行政执法监督条例第二条、第六条第一款 the case page states the same sentence its documents use; a case before 2026-02-01 states none', () => {
    expect(documentsCite(citingLaw('2026-02-01', JINCHENG_2021, BASIS))).toEqual({
      zh: '根据《行政执法监督条例》第二条、第六条第一款，参照《晋城市行政执法监督暂行办法》（依“关于继续参照执行的通知（测试）”继续适用）有关条款的规定',
      en: 'Art. 2 and Art. 6(1) of the Regulations on Law-Enforcement Supervision, referring to the articles of the Jincheng Interim Measures, applied further under “关于继续参照执行的通知（测试）”',
    });
    expect(documentsCite(citingLaw('2026-01-31', JINCHENG_2021, BASIS))).toBeNull();
  });
});
