import { describe, expect, it } from 'vitest';
import { JINCHENG_2021, type PackProblemCode, type RulePack, validatePack } from './index.ts';

// The pack is frozen and readonly; tests break a deep copy of it.
type Mutable<T> = { -readonly [K in keyof T]: T[K] extends object ? Mutable<T[K]> : T[K] };
const copy = (): Mutable<RulePack> => structuredClone(JINCHENG_2021) as Mutable<RulePack>;
const codes = (pack: Mutable<RulePack>): PackProblemCode[] =>
  validatePack(pack as RulePack).map((p) => p.code);

describe('validatePack', () => {
  it('finds nothing wrong with 晋城市行政执法监督暂行办法', () => {
    expect(validatePack(JINCHENG_2021)).toEqual([]);
    expect(validatePack(copy() as RulePack)).toEqual([]);
  });

  it('第十三条 catches a dangling ground id', () => {
    const p = copy();
    p.decisionKinds[0].grounds = [...p.decisionKinds[0].grounds, 'art13.1.7'];
    expect(validatePack(p as RulePack)).toContainEqual({
      code: 'dangling_ref',
      where: 'decisionKinds.order_performance.grounds',
      message: 'refers to art13.1.7, which is not in the pack',
    });
  });

  it('catches a duplicate provision id', () => {
    const p = copy();
    p.articles[13].paragraphs[0].items[1].id = 'art14.1.1';
    const problems = validatePack(p as RulePack);
    expect(problems).toContainEqual(expect.objectContaining({ code: 'duplicate_id', where: 'art14.1.1' }));
    // The duplicate also leaves the grounds of 确认违法 pointing at a missing art14.1.2.
    expect(problems).toContainEqual(
      expect.objectContaining({ code: 'dangling_ref', where: 'decisionKinds.confirm_illegal.grounds' }),
    );
  });

  it('第十四条 catches the seed numbering (三) for the second item', () => {
    const p = copy();
    p.articles[13].paragraphs[0].items[1].numberZh = '（三）';
    expect(codes(p)).toEqual(['bad_numbering']);
  });

  it('catches half-width punctuation left in the text', () => {
    const p = copy();
    p.articles[14].paragraphs[0].items[0].text = '不具备行政主体资格;';
    expect(codes(p)).toEqual(['bad_text']);
  });

  it('catches a ground that is a paragraph, not an item', () => {
    const p = copy();
    p.decisionKinds[4].grounds = ['art15.1'];
    expect(codes(p)).toContain('not_an_item');
  });

  it('第十四条 and 第十五条 catches a ground shared by decisions with incompatible effects', () => {
    const p = copy();
    p.decisionKinds[4].grounds = [...p.decisionKinds[4].grounds, 'art14.1.1'];
    const problems = validatePack(p as RulePack);
    expect(problems).toEqual([
      {
        code: 'grounds_conflict',
        where: 'decisionKinds.grounds.art14.1.1',
        message: 'art14.1.1 allows decisions with incompatible effects: confirm_illegal, confirm_void',
      },
    ]);
  });

  it('第十三条 accepts orders and revocation sharing grounds, but not a ground that is also an exclusion', () => {
    const p = copy();
    p.decisionKinds[2].excludedWhere = ['art13.1.1'];
    expect(codes(p)).toEqual(['grounds_conflict']);
  });

  it('catches a flag without its citation, and flags that contradict the effect', () => {
    const p = copy();
    p.decisionKinds[4].citations = {};
    expect(codes(p)).toEqual(['flag_inconsistent']);
    const q = copy();
    q.decisionKinds[3].voidFromStart = true;
    q.decisionKinds[3].citations = { ...q.decisionKinds[3].citations, voidFromStart: 'art15.2' };
    expect(codes(q)).toEqual(['flag_inconsistent', 'flag_inconsistent']);
  });

  it('第十三条 catches a revocation no order can lead to', () => {
    const p = copy();
    p.decisionKinds[1].grounds = ['art13.1.1'];
    p.decisionKinds[0].grounds = ['art13.1.1'];
    expect(codes(p)).toEqual(['flag_inconsistent']);
  });

  it('第十六条至第十八条 catches accountability grounds outside their article and broken ladders', () => {
    const p = copy();
    p.accountability[2].grounds = [...p.accountability[2].grounds, 'art17.1.1'];
    const problems = validatePack(p as RulePack);
    expect(problems.map((x) => x.code)).toEqual(['not_an_item', 'grounds_conflict']);
    const q = copy();
    q.accountability[1].ladder[0].combination = 'single';
    q.accountability[0].ladder[3].level = 3;
    expect(codes(q).sort()).toEqual(['bad_ladder', 'bad_ladder']);
  });

  it('catches duplicate codes, a dangling correction and bad dates', () => {
    const p = copy();
    p.measures[1].code = 'hear_report';
    p.corrections[0].provisionIds = ['art14.1.9'];
    p.effectiveUntil = '2021-11-30';
    expect(codes(p).sort()).toEqual(['bad_metadata', 'dangling_ref', 'duplicate_code']);
  });
});
