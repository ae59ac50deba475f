// The warning rules, one test per article they enforce (第十五条 to 第十七条).
import { isValidId, JINCHENG_2021 } from '@jiandu/regulation';
import { describe, expect, it } from 'vitest';
import type { ActContext, Certificate, EnforcementAct } from './act.ts';
import { certificateStatusOn } from './act.ts';
import { checkAct, RULES, rulesDependingOn } from './rules.ts';

const cert = (officerId: string, over: Partial<Certificate> = {}): Certificate => ({
  officerId,
  number: `14050020240${officerId}`,
  areas: ['市场监管'],
  validFrom: '2023-01-01',
  validUntil: '2027-12-31',
  history: [],
  ...over,
});

const act = (over: Partial<EnforcementAct> = {}): EnforcementAct => ({
  kind: 'penalty',
  agencyId: 'agency',
  area: '市场监管',
  caseNumber: '泽市监罚〔2024〕12号',
  decisionDate: '2024-06-03',
  officerIds: ['a', 'b'],
  legalBasis: ['《中华人民共和国价格法》第三十九条'],
  sealPresent: true,
  discretionLevel: '一般',
  deadlines: [{ label: '作出处罚决定', due: '2024-06-10', metOn: '2024-06-03' }],
  fullRecord: true,
  ...over,
});

const ctx = (over: Partial<ActContext> = {}): ActContext => ({
  today: '2024-09-01',
  certificates: new Map([
    ['a', [cert('a')]],
    ['b', [cert('b')]],
  ]),
  qualifications: [{ from: '2020-01-01', until: null, scope: ['市场监管'] }],
  ...over,
});

const rulesOf = (a: EnforcementAct, c: ActContext) => checkAct(a, c).map((w) => w.rule);

describe('warning rules (预警)', () => {
  it('a lawful act raises no warning, and every rule cites an article of the pack', () => {
    expect(checkAct(act(), ctx())).toEqual([]);
    for (const r of RULES) expect(isValidId(r.article, JINCHENG_2021), r.article).toBe(true);
  });

  it('第十六条（七）, 第十七条: an officer whose certificate was seized, revoked or expired on the act date', () => {
    const seized = cert('b', {
      history: [
        { from: '2024-05-01', status: 'seized' },
        { from: '2024-07-01', status: 'valid' },
      ],
    });
    const c = ctx({
      certificates: new Map([
        ['a', [cert('a')]],
        ['b', [seized]],
      ]),
    });
    const w = checkAct(act(), c);
    expect(w).toMatchObject([{ rule: 'officer_certificate', officerId: 'b', article: 'art16.1.7' }]);
    expect(w[0].zh).toContain('被暂扣');
    // returned before the act: no warning
    expect(checkAct(act({ decisionDate: '2024-07-02' }), c)).toEqual([]);
    expect(certificateStatusOn(cert('x', { validUntil: '2024-01-01' }), '2024-06-03')).toBe('expired');
    expect(rulesOf(act(), ctx({ certificates: new Map([['a', [cert('a')]]]) }))).toEqual([
      'officer_certificate',
    ]);
  });

  it("第十六条（七）: a certificate outside the act's area of enforcement", () => {
    expect(
      rulesOf(
        act({ area: '交通运输' }),
        ctx({ qualifications: [{ from: '2020-01-01', until: null, scope: ['交通运输'] }] }),
      ),
    ).toEqual(['officer_certificate', 'officer_certificate']);
  });

  it('第十七条（十）: fewer than two officers, counting each once', () => {
    expect(rulesOf(act({ officerIds: ['a', 'a'] }), ctx())).toEqual(['two_officers']);
  });

  it('第十五条（一）: the agency not qualified on the date, or outside its scope', () => {
    expect(
      rulesOf(act(), ctx({ qualifications: [{ from: '2024-07-01', until: null, scope: ['市场监管'] }] })),
    ).toEqual(['agency_qualified']);
    expect(
      rulesOf(
        act(),
        ctx({ qualifications: [{ from: '2020-01-01', until: '2024-05-31', scope: ['市场监管'] }] }),
      ),
    ).toEqual(['agency_qualified']);
  });

  it('第十五条（二）: no legal basis cited', () => {
    expect(rulesOf(act({ legalBasis: [' '] }), ctx())).toEqual(['legal_basis']);
  });

  it('第十五条（三）: a decision without a seal; an inspection needs none', () => {
    expect(rulesOf(act({ sealPresent: false }), ctx())).toEqual(['seal']);
    expect(rulesOf(act({ sealPresent: false, kind: 'inspection', discretionLevel: null }), ctx())).toEqual(
      [],
    );
  });

  it('第十六条（一）: a deadline met late, or still open past its day', () => {
    expect(
      rulesOf(act({ deadlines: [{ label: '作出处罚决定', due: '2024-06-10', metOn: '2024-06-12' }] }), ctx()),
    ).toEqual(['deadline_overrun']);
    const open = act({ deadlines: [{ label: '送达', due: '2024-08-01', metOn: null }] });
    expect(rulesOf(open, ctx({ today: '2024-07-30' }))).toEqual([]);
    expect(rulesOf(open, ctx({ today: '2024-08-02' }))).toEqual(['deadline_overrun']);
  });

  it('第十七条（八）: no full-process record', () => {
    expect(rulesOf(act({ fullRecord: false }), ctx())).toEqual(['full_record']);
  });

  it('第十六条（二）: a penalty without a discretion benchmark', () => {
    expect(rulesOf(act({ discretionLevel: null }), ctx())).toEqual(['discretion_benchmark']);
  });

  it('a seized certificate re-checks only the rule that reads certificates', () => {
    expect(rulesDependingOn('certificates').map((r) => r.code)).toEqual(['officer_certificate']);
  });
});
