import { JINCHENG_2021 } from '@jiandu/regulation';
import { describe, expect, it } from 'vitest';
import type { MatterFacts } from './facts.ts';
import { decideMeasure, nextMeasures } from './ladder.ts';
import { decideMatter } from './lifecycle.ts';
import { foreignGrounds, groundsOf } from './subjects.ts';

const env = (today: string, certificateStatus: 'valid' | 'seized' | null = 'valid') => ({
  today,
  pack: JINCHENG_2021,
  certificateStatus,
});
const open = (subject: MatterFacts['subject'], grounds: string[]): MatterFacts => ({
  subject,
  state: 'open',
  grounds,
  measures: [],
  pendingDraft: false,
  correction: null,
});
const take = (m: MatterFacts, kind: string, today: string, extra: object = {}) => {
  const d = decideMeasure(m, { kind, ...extra }, env(today));
  if (!d.ok) throw new Error(`${kind}: ${d.zh}`);
  return d.facts;
};

describe('第十六条 an agency', () => {
  it('第十六条: the grounds are its items (一) to (十一), and only those', () => {
    expect(groundsOf(JINCHENG_2021, 'agency')).toHaveLength(11);
    expect(groundsOf(JINCHENG_2021, 'agency')).toContain('art16.1.10');
    expect(foreignGrounds(JINCHENG_2021, 'agency', ['art16.1.10', 'art17.1.1'])).toEqual(['art17.1.1']);
  });

  it('第十六条: 责令限期改正 comes first and sets a deadline after today', () => {
    const m = open('agency', ['art16.1.10']);
    expect(decideMeasure(m, { kind: 'circulate_criticism' }, env('2026-11-26'))).toMatchObject({
      ok: false,
      status: 409,
      article: 'art16.1',
    });
    expect(decideMeasure(m, { kind: 'order_correction_deadline' }, env('2026-11-26'))).toMatchObject({
      ok: false,
      status: 422,
      field: 'deadline',
    });
    expect(
      decideMeasure(m, { kind: 'order_correction_deadline', deadline: '2026-11-26' }, env('2026-11-26')),
    ).toMatchObject({ ok: false, field: 'deadline' });
    const next = take(m, 'order_correction_deadline', '2026-11-26', { deadline: '2026-12-10' });
    expect(next.measures).toEqual([
      { kind: 'order_correction_deadline', on: '2026-11-26', deadline: '2026-12-10' },
    ]);
  });

  it('第十六条: 通报批评 only when not corrected by the deadline (逾期不改正)', () => {
    const m = take(open('agency', ['art16.1.10']), 'order_correction_deadline', '2026-11-26', {
      deadline: '2026-12-10',
    });
    // the order's deadline still runs: time refuses (422); with no order at all, the record (409)
    const before = decideMeasure(m, { kind: 'circulate_criticism' }, env('2026-12-10'));
    expect(before).toMatchObject({ ok: false, status: 422, article: 'art16.1', field: 'kind' });
    expect(
      decideMeasure(open('agency', ['art16.1.10']), { kind: 'circulate_criticism' }, env('2026-12-10')),
    ).toMatchObject({ ok: false, status: 409, article: 'art16.1' });
    expect(decideMeasure(m, { kind: 'circulate_criticism' }, env('2026-12-11')).ok).toBe(true);
  });

  it('第十六条: a correction reported by the deadline ends the ladder; one reported late does not', () => {
    const m = take(open('agency', ['art16.1.1']), 'order_correction_deadline', '2026-11-26', {
      deadline: '2026-12-10',
    });
    const inTime = decideMatter(
      m,
      { type: 'record_correction', reportedOn: '2026-12-09' },
      env('2026-12-12'),
    );
    if (!inTime.ok) throw new Error(inTime.zh);
    expect(decideMeasure(inTime.facts, { kind: 'circulate_criticism' }, env('2026-12-12'))).toMatchObject({
      ok: false,
      status: 409,
    });
    expect(decideMatter(inTime.facts, { type: 'close', reason: '已改正' }, env('2026-12-12')).ok).toBe(true);
    const late = decideMatter(m, { type: 'record_correction', reportedOn: '2026-12-11' }, env('2026-12-12'));
    if (!late.ok) throw new Error(late.zh);
    expect(decideMeasure(late.facts, { kind: 'circulate_criticism' }, env('2026-12-12')).ok).toBe(true);
  });

  it('第十六条: 处分 only if serious, with reasons; referral only where a crime is suspected', () => {
    const m = take(open('agency', ['art16.1.8']), 'order_correction_deadline', '2026-11-26', {
      deadline: '2026-12-10',
    });
    expect(decideMeasure(m, { kind: 'sanction_responsible_persons' }, env('2026-11-27'))).toMatchObject({
      ok: false,
      status: 422,
      field: 'reasons',
    });
    expect(
      decideMeasure(
        m,
        { kind: 'sanction_responsible_persons', reasons: '多次拒不移送涉嫌犯罪案件' },
        env('2026-11-27'),
      ).ok,
    ).toBe(true);
    expect(decideMeasure(m, { kind: 'criminal_referral', reasons: ' ' }, env('2026-11-27'))).toMatchObject({
      ok: false,
      field: 'reasons',
    });
  });

  it('第十六条: the agency ladder has no 批评教育 (that is 第十七条)', () => {
    expect(
      decideMeasure(open('agency', ['art16.1.1']), { kind: 'criticism_education' }, env('2026-11-26')),
    ).toMatchObject({ ok: false, status: 422, article: 'art16.1', field: 'kind' });
  });

  it('第十六条: an order awaiting its deadline cannot be closed', () => {
    const m = take(open('agency', ['art16.1.1']), 'order_correction_deadline', '2026-11-26', {
      deadline: '2026-12-10',
    });
    // the deadline still runs: a legal condition of time, 422 (docs/ARCHITECTURE.md, status codes)
    expect(decideMatter(m, { type: 'close', reason: '结束' }, env('2026-12-01'))).toMatchObject({
      ok: false,
      status: 422,
    });
    expect(decideMatter(m, { type: 'close', reason: '逾期未改，已另行处理' }, env('2026-12-11')).ok).toBe(
      true,
    );
  });
});

describe('第十七条 an officer', () => {
  it('第十七条: any of 批评教育, 离岗培训, 调离执法岗位, 暂扣行政执法证件 may come first', () => {
    for (const kind of [
      'criticism_education',
      'off_duty_training',
      'transfer_from_post',
      'seize_certificate',
    ])
      expect(decideMeasure(open('officer', ['art17.1.2']), { kind }, env('2026-11-26')).ok).toBe(true);
  });

  it('第十七条: 处分 and referral need a first measure and written reasons', () => {
    const m = open('officer', ['art17.1.5']);
    expect(decideMeasure(m, { kind: 'sanction', reasons: '截留罚没款' }, env('2026-11-26'))).toMatchObject({
      ok: false,
      status: 409,
      article: 'art17.1',
    });
    const after = take(m, 'transfer_from_post', '2026-11-26');
    expect(decideMeasure(after, { kind: 'sanction' }, env('2026-11-26'))).toMatchObject({ field: 'reasons' });
    expect(decideMeasure(after, { kind: 'sanction', reasons: '截留罚没款' }, env('2026-11-26')).ok).toBe(
      true,
    );
    expect(
      decideMeasure(after, { kind: 'criminal_referral', reasons: '涉嫌挪用公款' }, env('2026-11-26')).ok,
    ).toBe(true);
  });

  it('第十七条, 第七条（八）: a certificate that is not valid cannot be seized', () => {
    expect(
      decideMeasure(
        open('officer', ['art17.1.2']),
        { kind: 'seize_certificate' },
        env('2026-11-26', 'seized'),
      ),
    ).toMatchObject({ ok: false, status: 409, article: 'art7.1.8' });
  });

  it('第十七条: the same measure is not given twice, and a pending draft blocks another', () => {
    const m = take(open('officer', ['art17.1.8']), 'criticism_education', '2026-11-26');
    expect(decideMeasure(m, { kind: 'criticism_education' }, env('2026-11-26'))).toMatchObject({
      status: 409,
    });
    expect(
      decideMeasure({ ...m, pendingDraft: true }, { kind: 'off_duty_training' }, env('2026-11-26')),
    ).toMatchObject({ status: 409 });
  });
});

describe('第十八条 a supervisor', () => {
  it('第十八条: 批评教育 and 责令改正, then 处分 if serious', () => {
    const m = open('supervisor', ['art18.1.1']);
    expect(decideMeasure(m, { kind: 'sanction', reasons: '严重失职' }, env('2026-11-26'))).toMatchObject({
      ok: false,
      article: 'art18.1',
    });
    const next = nextMeasures(m, env('2026-11-26'));
    expect(next.filter((x) => x.allowed).map((x) => x.code)).toEqual([
      'criticism_education',
      'order_correction',
    ]);
    expect(next.find((x) => x.code === 'sanction')?.refusal?.article).toBe('art18.1');
    const after = take(m, 'order_correction', '2026-11-26');
    expect(decideMeasure(after, { kind: 'sanction', reasons: '严重失职' }, env('2026-11-26')).ok).toBe(true);
    expect(decideMeasure(after, { kind: 'seize_certificate' }, env('2026-11-26'))).toMatchObject({
      status: 422,
    });
  });
});

describe('第四章 the lifecycle', () => {
  it('第十六条至第十八条: a proposal is confirmed or dismissed, each with a reason', () => {
    const p: MatterFacts = { ...open('agency', ['art16.1.10']), state: 'proposed' };
    expect(decideMatter(p, { type: 'confirm', reason: ' ' }, env('2026-11-26'))).toMatchObject({
      field: 'reason',
    });
    expect(decideMatter(p, { type: 'confirm', reason: '核实属实' }, env('2026-11-26'))).toMatchObject({
      ok: true,
      facts: { state: 'open' },
    });
    expect(decideMatter(p, { type: 'dismiss', reason: '已说明正当理由' }, env('2026-11-26'))).toMatchObject({
      facts: { state: 'dismissed' },
    });
    expect(
      decideMeasure(p, { kind: 'order_correction_deadline', deadline: '2026-12-01' }, env('2026-11-26')),
    ).toMatchObject({ ok: false, status: 409 });
  });

  it('第十七条: nothing taken, nothing to close', () => {
    expect(
      decideMatter(open('officer', ['art17.1.1']), { type: 'close', reason: '结束' }, env('2026-11-26')),
    ).toMatchObject({ ok: false, status: 409 });
  });
});
