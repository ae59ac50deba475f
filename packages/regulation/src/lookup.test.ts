import { describe, expect, it } from 'vitest';
import {
  bareText,
  checkDecisionGrounds,
  cite,
  decisionKindsForGround,
  getPack,
  getProvision,
  isValidId,
  lastLapsedPack,
  PACKS,
  JINCHENG_2021 as pack,
  packInForce,
  packStatus,
  qualifiedId,
  type RulePack,
  romanNumeral,
  splitQualified,
  zhNumeral,
} from './index.ts';

describe('第十三条第一款第（二）项 citations', () => {
  it('cites an item of a multi-paragraph article with its 款', () => {
    expect(cite('art13.1.2')).toEqual({
      zh: '《晋城市行政执法监督暂行办法》第十三条第一款第（二）项',
      short: '第十三条第一款第（二）项',
      en: 'Art. 13(1)(ii) of the Jincheng Interim Measures',
    });
    expect(cite('art13.2').short).toBe('第十三条第二款');
    expect(cite('art13').en).toBe('Art. 13 of the Jincheng Interim Measures');
    expect(cite('art10.2', pack).zh).toBe('《晋城市行政执法监督暂行办法》第十条第二款');
  });

  it('cites a single-paragraph article without 第一款, as legislation does', () => {
    expect(cite('art16.1.10').short).toBe('第十六条第（十）项');
    expect(cite('art16.1.11').en).toBe('Art. 16(xi) of the Jincheng Interim Measures');
    expect(cite('art2').short).toBe('第二条');
    expect(cite('art14.1.2').short).toBe('第十四条第（二）项');
  });

  it('getProvision returns the article, paragraph or item with its text', () => {
    const item = getProvision(pack, 'art13.1.2');
    expect(item.level).toBe('item');
    if (item.level !== 'item') return;
    expect(item.article.numberZh).toBe('第十三条');
    expect(item.paragraph.id).toBe('art13.1');
    expect(item.item.numberZh).toBe('（二）');
    expect(item.text).toBe('适用法律、法规错误的；');
    expect(bareText(item.text)).toBe('适用法律、法规错误的');

    const art = getProvision(pack, 'art15');
    expect(art.level).toBe('article');
    expect(art.text.split('\n')).toEqual([
      '有下列情形之一的，应当确认行政执法行为无效：',
      '（一）不具备行政主体资格；',
      '（二）无法定依据作出的；',
      '（三）行政执法决定未加盖本行政执法机关有效印章的；',
      '（四）法律、法规、规章规定的其他情形。',
      '无效的行政执法行为，自始不发生法律效力。',
    ]);
  });

  it('throws on an unknown id', () => {
    for (const id of ['art20', 'art13.3', 'art13.1.7', 'art14.1.5', 'article13', ''])
      expect(() => getProvision(pack, id), id).toThrow(/unknown provision/);
    expect(() => cite('art0')).toThrow();
  });

  it('isValidId checks the form, and with a pack that the provision exists', () => {
    expect(['art1', 'art13.1', 'art13.1.2', 'art99.9.9'].map((id) => isValidId(id))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(
      ['art0', 'art13.', 'art13.0', 'art01', 'Art13', 'art13.1.2.1', ' art1'].map((id) => isValidId(id)),
    ).toEqual(Array(7).fill(false));
    expect(isValidId('art13.1.2', pack)).toBe(true);
    expect(isValidId('art99.9.9', pack)).toBe(false);
  });

  it('numerals', () => {
    expect([1, 10, 11, 13, 19, 20, 21].map(zhNumeral)).toEqual([
      '一',
      '十',
      '十一',
      '十三',
      '十九',
      '二十',
      '二十一',
    ]);
    expect([1, 4, 9, 10, 11, 14].map(romanNumeral)).toEqual(['i', 'iv', 'ix', 'x', 'xi', 'xiv']);
  });
});

describe('第十九条 which pack governs, and whether it is in force', () => {
  it('the registry holds the pack, and the national regulation beside it', () => {
    expect(PACKS.map((p) => p.id)).toEqual(['jincheng-2021', 'national-2025']);
    expect(PACKS[0]).toBe(pack);
    expect(getPack('jincheng-2021')).toBe(pack);
    expect(() => getPack('nope')).toThrow();
  });

  it('governs cases filed from 2021-12-01 to 2023-11-30 inclusive', () => {
    expect(packInForce(PACKS, '2021-11-30')).toBeUndefined();
    expect(packInForce(PACKS, '2021-12-01')).toBe(pack);
    expect(packInForce(PACKS, '2023-11-30')).toBe(pack);
    expect(packInForce(PACKS, '2023-12-01')).toBeUndefined();
    expect(packInForce(PACKS, '2026-11-26')).toBeUndefined();
  });

  it('packStatus shows a lapsed pack as lapsed, never as in force', () => {
    expect(packStatus(pack, '2021-11-30')).toEqual({ inForce: false, startsOn: '2021-12-01' });
    expect(packStatus(pack, '2021-12-01')).toEqual({ inForce: true });
    expect(packStatus(pack, '2023-11-30')).toEqual({ inForce: true });
    expect(packStatus(pack, '2023-12-01')).toEqual({ inForce: false, lapsedOn: '2023-12-01' });
    expect(packStatus(pack, '2026-11-26')).toEqual({ inForce: false, lapsedOn: '2023-12-01' });
    expect(pack.lapseNote?.zh).toContain('2026年2月1日');
  });

  it('lastLapsedPack offers the lapsed pack once nothing is in force', () => {
    expect(lastLapsedPack(PACKS, '2023-11-30')).toBeUndefined();
    expect(lastLapsedPack(PACKS, '2026-11-26')).toBe(pack);
  });

  it('a later pack is data only: it takes over from its effective date', () => {
    const national: RulePack = {
      ...pack,
      id: 'national-2026',
      effectiveFrom: '2026-02-01',
      effectiveUntil: null,
    };
    const packs = [pack, national];
    expect(packInForce(packs, '2023-11-30')).toBe(pack);
    expect(packInForce(packs, '2024-06-01')).toBeUndefined();
    expect(packInForce(packs, '2026-02-01')).toBe(national);
    expect(packStatus(national, '2099-12-31')).toEqual({ inForce: true });
    // Overlapping periods: the pack that took effect last governs.
    const extension: RulePack = {
      ...pack,
      id: 'x',
      effectiveFrom: '2023-01-01',
      effectiveUntil: '2025-12-31',
    };
    expect(packInForce([pack, extension], '2023-06-01')).toBe(extension);
  });

  it('refuses a malformed date rather than guessing', () => {
    for (const d of ['2023-11-31', '2023-2-1', '20231201', ''])
      expect(() => packInForce(PACKS, d), d).toThrow(/invalid date/);
    expect(() => packStatus(pack, '2023-13-01')).toThrow(/invalid date/);
  });
});

describe('第十三条至第十五条 checking a decision against its grounds', () => {
  it('accepts grounds from its own table', () => {
    expect(checkDecisionGrounds(pack, 'order_correction', ['art13.1.2', 'art13.1.3'])).toEqual([]);
    expect(checkDecisionGrounds(pack, 'confirm_void', ['art15.1.3'])).toEqual([]);
  });

  it('refuses grounds of another article, citing the article that governs the kind', () => {
    const [r] = checkDecisionGrounds(pack, 'confirm_void', ['art13.1.1']);
    expect(r.article).toBe('art15.1');
    expect(r.reason).toBe('第十三条第一款第（一）项不是确认无效决定的法定情形');
  });

  it('第十四条（二） excludes 撤销', () => {
    const refusals = checkDecisionGrounds(pack, 'revoke', ['art13.1.1', 'art14.1.2']);
    expect(refusals).toHaveLength(1);
    expect(refusals[0]).toMatchObject({
      article: 'art14.1',
      reason: '存在第十四条第（二）项情形的，不得作出撤销决定',
    });
  });

  it('refuses a decision without grounds', () => {
    expect(checkDecisionGrounds(pack, 'confirm_illegal', [])[0].article).toBe('art14.1');
  });

  it('lists the kinds a ground allows', () => {
    expect(decisionKindsForGround(pack, 'art13.1.4').map((d) => d.code)).toEqual([
      'order_performance',
      'order_correction',
      'revoke',
    ]);
    expect(decisionKindsForGround(pack, 'art14.1.2').map((d) => d.code)).toEqual(['confirm_illegal']);
  });
});

describe('qualified ids: a provision of another pack than the one at hand', () => {
  it('行政执法监督条例第四十二条第二款 is cited from its own pack by a qualified id', () => {
    expect(cite(qualifiedId('national-2025', 'art42.2')).zh).toBe('《行政执法监督条例》第四十二条第二款');
    expect(splitQualified('national-2025:art2')).toEqual({ packId: 'national-2025', id: 'art2' });
    expect(splitQualified('art2')).toBeUndefined();
    expect(() => cite('national-2025:art99')).toThrow(RangeError);
  });
});
