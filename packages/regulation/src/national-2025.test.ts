import { describe, expect, it } from 'vitest';
import {
  cite,
  compareRank,
  getProvision,
  JINCHENG_2021,
  lawGoverning,
  NATIONAL_2025,
  PACKS,
  type PackProblemCode,
  packInForce,
  packStatus,
  RANKS,
  type RulePack,
  validatePack,
} from './index.ts';

const N = NATIONAL_2025;
type Mutable<T> = { -readonly [K in keyof T]: T[K] extends object ? Mutable<T[K]> : T[K] };
const copy = (p: RulePack): Mutable<RulePack> => structuredClone(p) as Mutable<RulePack>;
const codes = (p: Mutable<RulePack>): PackProblemCode[] => validatePack(p as RulePack).map((x) => x.code);

describe('行政执法监督条例 (国务院令第825号) as a rule pack', () => {
  it('validatePack finds nothing wrong with either pack', () => {
    expect(validatePack(N)).toEqual([]);
    expect(validatePack(JINCHENG_2021)).toEqual([]);
  });

  it('is an administrative regulation, ranking above the Jincheng normative document', () => {
    expect(N.rank).toBe('administrative_regulation');
    expect(JINCHENG_2021.rank).toBe('normative_document');
    expect(RANKS[N.rank].zh).toBe('行政法规');
    expect(compareRank(N.rank, JINCHENG_2021.rank)).toBeLessThan(0);
  });

  it('is in force from 2026-02-01 with no end date, as the order says', () => {
    expect(N).toMatchObject({
      documentNumber: '中华人民共和国国务院令第825号',
      issuedBy: '国务院',
      effectiveFrom: '2026-02-01',
      effectiveUntil: null,
      validityCitation: null,
    });
    expect(N.validityNote?.zh).toContain('自2026年2月1日起施行');
    expect(packStatus(N, '2026-01-31')).toEqual({ inForce: false, startsOn: '2026-02-01' });
    expect(packStatus(N, '2026-02-01')).toEqual({ inForce: true });
  });

  it('names the articles not loaded: 第七条至第三十六条 and 第四十四条', () => {
    const missing = [...Array.from({ length: 30 }, (_, i) => i + 7), 44];
    expect(N.completeness).toMatchObject({
      complete: false,
      articleCount: 44,
      missingArticles: missing,
      partialArticles: [6, 37, 43],
      procedureNotLoaded: { from: 7, to: 36 },
    });
    expect(N.articles.map((a) => a.number)).toEqual([1, 2, 3, 4, 5, 6, 37, 38, 39, 40, 41, 42, 43]);
    for (const n of missing) expect(() => getProvision(N, `art${n}`)).toThrow(/unknown provision/);
  });

  it('carries no procedure: no measures, decision kinds, grounds or accountability', () => {
    expect(N.procedural).toBe(false);
    expect(N.measures).toEqual([]);
    expect(N.decisionKinds).toEqual([]);
    expect(N.accountability).toEqual([]);
    expect(N.minSupervisorsPerMeasure).toBeNull();
  });

  it('names its sources for every loaded article', () => {
    expect(N.provenance.map((s) => s.code)).toEqual(['S1', 'S2', 'S3', 'S4', 'S5']);
  });

  it('行政执法监督条例第二条 the scope: internal supervision of the enforcement work of departments, 派出机关, lower governments and authorised organisations', () => {
    const p = getProvision(N, 'art2');
    expect(p.citation).toEqual({
      zh: '《行政执法监督条例》第二条',
      short: '第二条',
      en: 'Art. 2 of the Regulations on Law-Enforcement Supervision',
    });
    expect(p.text).toBe(
      '县级以上人民政府依法对本级人民政府所属部门、派出机关和下级人民政府以及法律法规授权的具有管理公共事务职能的组织的行政执法工作开展的行政系统内部监督，适用本条例。',
    );
  });

  it('行政执法监督条例第六条 the 司法行政部门 is the supervision body; 第二款 is kept exactly as far as recovered and marked partial', () => {
    expect(cite('art6.1', N).zh).toBe('《行政执法监督条例》第六条第一款');
    expect(getProvision(N, 'art6.1').text).toContain(
      '县级以上人民政府司法行政部门是本级人民政府的行政执法监督机构',
    );
    const p2 = getProvision(N, 'art6.2');
    expect(p2.text).toBe('设在乡镇（街道）的司法所协');
    expect(p2.level === 'paragraph' && p2.paragraph.partial?.missing).toBe('tail');
    expect(N.articles[5].paragraphs[0].partial).toBeUndefined();
  });

  it('行政执法监督条例第三十七条 the paragraphs before the recovered one are missing, so it is cited by its article only', () => {
    const p = getProvision(N, 'art37.1');
    expect(p.level === 'paragraph' && p.paragraph.partial?.missing).toBe('head');
    expect(p.citation.short).toBe('第三十七条');
    expect(p.text).toContain('行政执法监督信息系统');
  });

  it('行政执法监督条例第三十九条至第四十一条 the legal responsibility of the supervision body, its staff, and who obstructs it', () => {
    expect(getProvision(N, 'art39').text).toContain('责令限期改正');
    expect(getProvision(N, 'art40').text).toContain('滥用职权、玩忽职守、徇私舞弊');
    expect(getProvision(N, 'art41').text).toContain('拒绝、阻挠行政执法监督人员开展监督');
    expect(getProvision(N, 'art42').article.paragraphs).toHaveLength(3);
  });

  it('行政执法监督条例第四十三条 is kept to the words recovered and marked partial', () => {
    const p = getProvision(N, 'art43');
    expect(p.text).toBe('行政执法监督工作中涉及行政执');
    expect(p.article.paragraphs[0].partial?.missing).toBe('tail');
  });
});

describe('validatePack: completeness and the procedure', () => {
  it('a pack whose loaded articles and missing list disagree is refused', () => {
    const p = copy(N);
    p.completeness.missingArticles = p.completeness.missingArticles.filter((n) => n !== 44);
    expect(codes(p)).toContain('bad_completeness');
  });

  it('the partial articles must be those with a partial paragraph', () => {
    const p = copy(N);
    p.completeness.partialArticles = [6, 43];
    expect(codes(p)).toEqual(['bad_completeness']);
  });

  it('an incomplete pack cannot carry the procedure', () => {
    const p = copy(N);
    p.procedural = true;
    expect(codes(p)).toContain('bad_completeness');
  });

  it('a pack that carries no procedure must not hold measures or decision kinds', () => {
    const p = copy(N);
    p.measures = structuredClone(JINCHENG_2021.measures) as typeof p.measures;
    expect(codes(p)).toContain('bad_completeness');
  });

  it('a procedural pack must be complete: the Jincheng pack with an article removed is refused', () => {
    const p = copy(JINCHENG_2021);
    p.completeness.missingArticles = [19];
    p.completeness.complete = false;
    p.articles = p.articles.slice(0, 18);
    expect(codes(p)).toContain('bad_completeness');
  });

  it('a missing article loaded later is data only: adding its text and dropping it from the list validates', () => {
    const p = copy(N);
    const art44 = {
      ...structuredClone(p.articles[12]),
      id: 'art44',
      number: 44,
      numberZh: '第四十四条',
      paragraphs: [{ id: 'art44.1', number: 1, text: '测试文本。', items: [] }],
    };
    p.articles.push(art44 as (typeof p.articles)[number]);
    p.completeness.missingArticles = p.completeness.missingArticles.filter((n) => n !== 44);
    expect(validatePack(p as RulePack)).toEqual([]);
  });
});

describe('lawGoverning: which law governs a case by its date', () => {
  it('2026-01-31: no text in force; the steps run under the lapsed Jincheng measures, only under a recorded basis', () => {
    const law = lawGoverning('2026-01-31', PACKS);
    expect(law.text).toBeUndefined();
    expect(law.procedure).toBe(JINCHENG_2021);
    expect(law.procedureNeedsBasis).toBe(true);
    expect(law.cites).toEqual([]);
    expect(law.note).toBeNull();
  });

  it('行政执法监督条例第二条、第六条 2026-02-01: the national regulation governs and its scope and supervision body are cited', () => {
    const law = lawGoverning('2026-02-01', PACKS);
    expect(law.text).toBe(N);
    expect(law.cites.map((c) => c.citation.zh)).toEqual([
      '《行政执法监督条例》第二条',
      '《行政执法监督条例》第六条第一款',
    ]);
    expect(law.cites.every((c) => !c.partial)).toBe(true);
    // the procedure is not the national pack: the steps still run under Jincheng, under a basis
    expect(law.procedure).toBe(JINCHENG_2021);
    expect(law.procedureNeedsBasis).toBe(true);
    expect(law.procedureNotLoaded).toEqual({ from: 7, to: 36 });
    expect(law.note?.zh).toBe(
      '《行政执法监督条例》的程序条款（第七条至第三十六条）未载入：程序依《晋城市行政执法监督暂行办法》及记录的继续适用依据办理，不以其条文冒充《行政执法监督条例》的规定。',
    );
    expect(law.note?.en).toContain('Arts. 7–36');
  });

  it('packInForce for the procedure never picks the national pack', () => {
    expect(packInForce(PACKS, '2026-02-01')).toBeUndefined();
    expect(packInForce(PACKS, '2023-06-01')).toBe(JINCHENG_2021);
  });

  it('2023-06-01: the Jincheng measures govern both text and procedure', () => {
    const law = lawGoverning('2023-06-01', PACKS);
    expect(law.text).toBe(JINCHENG_2021);
    expect(law.procedure).toBe(JINCHENG_2021);
    expect(law.procedureNeedsBasis).toBe(false);
    expect(law.cites.map((c) => c.citation.short)).toEqual(['第二条', '第四条第二款']);
    expect(law.note).toBeNull();
  });

  it('refuses a date that is not a date', () => {
    expect(() => lawGoverning('2026-02-30', PACKS)).toThrow(/invalid date/);
  });
});
