import { describe, expect, it } from 'vitest';
import { allowedVisitActions, decideVisit, newVisit, planRefusal, type VisitFacts } from './visit.ts';

const env = { today: '2026-11-26', actorId: 'a', validSupervisorIds: new Set(['a', 'b', 'c']) };
const planned = newVisit({
  unannounced: false,
  plannedOn: '2026-11-26',
  checklist: [
    { id: 'k1', item: '执法主体资格' },
    { id: 'k2', item: '执法程序' },
  ],
});

function run(f: VisitFacts, ...actions: Parameters<typeof decideVisit>[1][]): VisitFacts {
  return actions.reduce((acc, a) => {
    const d = decideVisit(acc, a, env);
    if (!d.ok) throw new Error(d.refusal.reasonEn);
    return d.facts;
  }, f);
}

const started = run(planned, { type: 'start', supervisorIds: ['a', 'b'] });
const checked = run(started, {
  type: 'record_checklist',
  items: [
    { id: 'k1', result: 'compliant' },
    { id: 'k2', result: 'problem', note: '未告知陈述申辩权利' },
  ],
});
const found = run(checked, {
  type: 'record_findings',
  findings: [{ id: 'f1', text: '行政检查未出示执法证件', problem: true }],
});

describe('on-site visits (第八条（二）, 第七条)', () => {
  it('第八条（二）: an announced visit needs a planned day; an unannounced (不打招呼) one does not', () => {
    expect(planRefusal({ unannounced: false, plannedOn: null }, env.today)).toMatchObject({
      article: 'art8.1.2',
      field: 'plannedOn',
    });
    expect(planRefusal({ unannounced: true, plannedOn: null }, env.today)).toBeNull();
    expect(planRefusal({ unannounced: false, plannedOn: '2026-11-25' }, env.today)).not.toBeNull();
    const early = { ...planned, plannedOn: '2026-12-01' };
    expect(decideVisit(early, { type: 'start', supervisorIds: ['a', 'b'] }, env)).toMatchObject({
      ok: false,
      refusal: { field: 'plannedOn' },
    });
    const surprise = newVisit({ unannounced: true, plannedOn: null, checklist: [] });
    expect(decideVisit(surprise, { type: 'start', supervisorIds: ['a', 'b'] }, env)).toMatchObject({
      ok: true,
      facts: { state: 'under_way', startedOn: '2026-11-26' },
    });
  });

  it('第七条: at least two supervisors with valid credentials, the recorder among them', () => {
    for (const ids of [['a'], ['a', 'a'], ['a', 'x'], ['b', 'c']])
      expect(decideVisit(planned, { type: 'start', supervisorIds: ids }, env)).toMatchObject({
        ok: false,
        status: 422,
        refusal: { article: 'art7.2', field: 'supervisorIds' },
      });
    expect(started.supervisorIds).toEqual(['a', 'b']);
  });

  it('第七条（四）: findings rest on a checklist gone through', () => {
    expect(
      decideVisit(
        started,
        { type: 'record_findings', findings: [{ id: 'f', text: 't', problem: false }] },
        env,
      ),
    ).toMatchObject({ ok: false, refusal: { field: 'checklist' } });
    expect(
      decideVisit(started, { type: 'record_checklist', items: [{ id: 'zz', result: 'problem' }] }, env).ok,
    ).toBe(false);
    expect(found.state).toBe('findings_recorded');
    expect(checked.checklist[1]).toMatchObject({ result: 'problem', note: '未告知陈述申辩权利' });
  });

  it('第八条（二）: a visit is not closed without findings', () => {
    for (const f of [planned, started])
      expect(decideVisit(f, { type: 'close', conclusion: '' }, env)).toMatchObject({
        ok: false,
        refusal: { article: 'art8.1.2', field: 'findings' },
      });
  });

  it('第七条（七）: follow-ups have a deadline after today and are handled before closing', () => {
    expect(
      decideVisit(
        found,
        { type: 'add_follow_up', id: 'u1', task: '整改', due: '2026-11-26', findingId: 'f1' },
        env,
      ),
    ).toMatchObject({ ok: false, refusal: { field: 'due' } });
    const fu = run(found, {
      type: 'add_follow_up',
      id: 'u1',
      task: '整改',
      due: '2026-12-10',
      findingId: 'f1',
    });
    expect(fu.state).toBe('follow_up');
    expect(decideVisit(fu, { type: 'close', conclusion: '' }, env)).toMatchObject({
      ok: false,
      refusal: { article: 'art7.1.7', field: 'followUps' },
    });
    const done = run(
      fu,
      { type: 'complete_follow_up', followUpId: 'u1', note: '已整改' },
      { type: 'close', conclusion: '完成' },
    );
    expect(done).toMatchObject({ state: 'closed', closedOn: '2026-11-26', conclusion: '完成' });
    expect(allowedVisitActions(done)).toEqual(['open_case']);
  });

  it('第八条: a problem found opens one case, once; a clean record opens none', () => {
    const withCase = run(found, { type: 'open_case', findingId: 'f1', caseId: 'c1' });
    expect(withCase.findings[0].caseId).toBe('c1');
    expect(decideVisit(withCase, { type: 'open_case', findingId: 'f1', caseId: 'c2' }, env).ok).toBe(false);
    const clean = run(checked, {
      type: 'record_findings',
      findings: [{ id: 'f2', text: '未发现问题', problem: false }],
    });
    expect(decideVisit(clean, { type: 'open_case', findingId: 'f2', caseId: 'c3' }, env)).toMatchObject({
      ok: false,
      refusal: { field: 'findingId' },
    });
  });

  it('a refused step changes nothing and states follow the table', () => {
    const before = JSON.stringify(planned);
    decideVisit(planned, { type: 'record_findings', findings: [] }, env);
    expect(JSON.stringify(planned)).toBe(before);
    expect(decideVisit(planned, { type: 'record_findings', findings: [] }, env)).toMatchObject({
      status: 409,
    });
  });
});
