// The supervision case procedure through the API: a complaint from the public form to a
// sealed decision, a review at the city organ, and the public status page (第七条, 第九条,
// 第十条, 第十三条).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../apps/api/src/db/sql.ts';
import { libreOfficeAvailable } from '../../apps/api/src/documents/pdf/converter.ts';
import { type Client, startTestApp, type TestApp } from '../helpers/app.ts';
import { NOTICE_FACTS } from '../helpers/notice.ts';

let t: TestApp;
let ids: Record<string, string>;
beforeAll(async () => {
  t = await startTestApp({ now: new Date('2024-09-02T02:00:00Z') });
  ids = Object.fromEntries(
    [
      ...(await t.ctx.db.query<{ k: string; id: string }>(sql`SELECT name AS k, id FROM organisations`)),
      ...(await t.ctx.db.query<{ k: string; id: string }>(sql`SELECT username AS k, id FROM users`)),
    ].map((r) => [r.k, r.id]),
  );
});
afterAll(() => t.close());

/** Moves the clock; sessions idle out across days, so clients log in again afterwards. */
const at = (day: string) => {
  t.clock.now = new Date(`${day}T02:00:00Z`);
};
async function step(c: Client, caseId: string, action: Record<string, unknown>, expectStatus = 200) {
  const current = (await c.get(`/api/v1/cases/${caseId}`)).json();
  const res = await c.post(`/api/v1/cases/${caseId}/actions`, { version: current.version, action });
  expect(res.statusCode, `${action.type}: ${res.body}`).toBe(expectStatus);
  return res.json();
}

describe('第九条 a complaint from the public form to review at the city organ', () => {
  it('walks the whole procedure', async () => {
    at('2024-09-02');
    const filed = await t.anonymous.post('/api/v1/public/petitions', {
      kind: 'complaint',
      petitionerName: '张三',
      petitionerPhone: '13800000000',
      agencyId: ids.泽州县市场监督管理局,
      occurredOn: '2024-08-20',
      summary: '对我店的行政处罚未告知陈述申辩权利。',
    });
    expect(filed.statusCode).toBe(201);
    const code = filed.json().trackingCode as string;
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect((await t.anonymous.get(`/api/v1/public/petitions/${code}`)).json()).toMatchObject({
      state: 'registered',
      outcome: null,
    });

    let [sup, head, liaison] = await Promise.all([
      t.login('zezhou-sup1'),
      t.login('zezhou-head'),
      t.login('zezhou-liaison'),
    ]);
    const list = (await sup.get('/api/v1/cases')).json();
    const caseId = list.items[0].id as string;
    const c0 = (await sup.get(`/api/v1/cases/${caseId}`)).json();
    expect(c0).toMatchObject({
      state: 'registered',
      organ: { name: '泽州县司法局' },
      pack: { id: 'jincheng-2021', inForce: false, lapsedOn: '2023-12-01' },
    });
    // the measures lapsed after 2023-11-30: the case shows it rather than applying them silently
    expect(c0.allowedActions.map((a: { type: string }) => a.type)).toEqual([
      'draft_filing',
      'merge_duplicate',
    ]);
    expect(c0.petition.petitionerName).toBe('张三');

    // the agency does not see a case before a notice is addressed to it
    expect((await liaison.get(`/api/v1/cases/${caseId}`)).statusCode).toBe(404);
    // another county does not see it at all
    expect((await (await t.login('gaoping-sup1')).get(`/api/v1/cases/${caseId}`)).statusCode).toBe(404);

    await step(sup, caseId, {
      type: 'draft_filing',
      caseName: '检查时未出示执法证件案',
      proposal: 'file',
      reason: '反映程序违法，属于监督范围',
    });
    // 第九条（一）: the drafter's colleague cannot approve; the organ head does
    const refused = await step(
      sup,
      caseId,
      { type: 'approve_filing', opinion: '同意立案，由杨帆、周杰承办。' },
      403,
    );
    expect(refused.article).toBe('art9.1.1');
    await step(head, caseId, { type: 'approve_filing', opinion: '同意立案，由杨帆、周杰承办。' });

    // 第七条: two supervisors
    const one = await step(
      sup,
      caseId,
      { type: 'record_measure', kind: 'inquiry', supervisorIds: [ids['zezhou-sup1']], summary: '询问' },
      422,
    );
    expect(one).toMatchObject({ article: 'art7.2', fields: [{ field: 'action.supervisorIds' }] });
    await step(sup, caseId, {
      type: 'record_measure',
      kind: 'inquiry',
      supervisorIds: [ids['zezhou-sup1'], ids['zezhou-sup2']],
      summary: '询问执法人员',
      place: '泽州县市场监督管理局会议室',
      persons: [{ name: '李某', role: '执法人员' }],
    });

    await step(sup, caseId, {
      type: 'issue_notice',
      ...NOTICE_FACTS,
      findings: ['art13.1.3'],
      deadline: '2024-09-20',
    });
    const seen = (await liaison.get(`/api/v1/cases/${caseId}`)).json();
    expect(seen.state).toBe('notice_issued');
    // the agency reads neither the petition nor who filed it (举报人保密)
    expect(seen.petition).toBeNull();
    expect(seen.allowedActions.map((a: { type: string }) => a.type)).toEqual(['report_handling']);

    // the deadline passes unhandled (第九条（四）)
    at('2024-09-19');
    [sup, head, liaison] = await Promise.all([
      t.login('zezhou-sup1'),
      t.login('zezhou-head'),
      t.login('zezhou-liaison'),
    ]);
    expect((await step(sup, caseId, { type: 'escalate_unhandled' }, 422)).article).toBe('art9.1.4');
    at('2024-09-23');
    [sup, head, liaison] = await Promise.all([
      t.login('zezhou-sup1'),
      t.login('zezhou-head'),
      t.login('zezhou-liaison'),
    ]);
    const overdue = (await sup.get('/api/v1/cases?overdue=true')).json();
    expect(overdue.items.map((c: { id: string }) => c.id)).toEqual([caseId]);
    expect(overdue.items[0].overdue).toBe(true);
    const onTime = (await sup.get('/api/v1/cases?overdue=false')).json();
    expect(onTime.items.map((c: { id: string }) => c.id)).not.toContain(caseId);
    await step(sup, caseId, { type: 'escalate_unhandled' });

    // 第十三条: the decision on its grounds, approved, sealed (第十条), served
    const wrong = await step(
      sup,
      caseId,
      { type: 'draft_decision', kind: 'revoke', grounds: ['art13.1.3'] },
      422,
    );
    expect(wrong.article).toBe('art13.1');
    await step(sup, caseId, {
      type: 'draft_decision',
      kind: 'order_correction',
      remedy: 'correct',
      grounds: ['art13.1.3'],
      deadline: '2024-10-31',
    });
    await step(head, caseId, { type: 'approve_decision' });
    at('2024-09-27');
    [sup, head, liaison] = await Promise.all([
      t.login('zezhou-sup1'),
      t.login('zezhou-head'),
      t.login('zezhou-liaison'),
    ]);
    expect(
      (
        await step(
          sup,
          caseId,
          { type: 'serve_decision', servedOn: '2024-09-27', receivedOn: '2024-09-27' },
          409,
        )
      ).article,
    ).toBe('art10.1');
    if (!libreOfficeAvailable()) {
      // sealing stamps the seal on the PDF, which needs LibreOffice (第十条); the rest waits for it
      console.warn('LibreOffice is missing: the journey stops before sealing');
      return;
    }
    await step(head, caseId, { type: 'seal_decision' });
    const decided = await step(sup, caseId, {
      type: 'serve_decision',
      servedOn: '2024-09-27',
      receivedOn: '2024-09-27',
    });
    expect(decided.state).toBe('decided');
    const review = decided.deadlines.find((d: { kind: string }) => d.kind === 'review');
    expect(review).toMatchObject({ due: '2024-10-10', article: 'art10.2', open: true });
    expect(review.basis.zh).toContain('期间开始之日不计算在内');

    // 第十条第二款: the agency applies within five working days; the city organ reviews
    at('2024-10-10');
    [sup, head, liaison] = await Promise.all([
      t.login('zezhou-sup1'),
      t.login('zezhou-head'),
      t.login('zezhou-liaison'),
    ]);
    await step(liaison, caseId, { type: 'apply_review', appliedOn: '2024-10-10' });
    const reviewer = await t.login('city-reviewer');
    const r = (await reviewer.get(`/api/v1/cases/${caseId}`)).json();
    expect(r.allowedActions.map((a: { type: string }) => a.type)).toEqual(['decide_review']);
    // the county organ cannot decide its own review
    expect((await step(head, caseId, { type: 'decide_review', outcome: 'revoked' }, 403)).article).toBe(
      'art10.2',
    );
    await step(reviewer, caseId, { type: 'decide_review', outcome: 'upheld' });

    const status = (await t.anonymous.get(`/api/v1/public/petitions/${code.toLowerCase()}`)).json();
    expect(status).toMatchObject({ state: 'decided', outcome: { zh: expect.stringContaining('决定') } });
    expect(JSON.stringify(status)).not.toContain('张三');
    // the petitioner's timeline: what happened and when, never who or what was found
    expect(status.timeline.map((s: { key: string }) => s.key)).toEqual([
      'received',
      'filed',
      'notice',
      'decided',
    ]);
    expect(status.timeline[0]).toMatchObject({ zh: '已收到，登记办理', on: '2024-09-02' });
    for (const word of ['杨帆', '吴磊', '陈述', '申辩'])
      expect(JSON.stringify(status.timeline)).not.toContain(word);

    const final = (await sup.get(`/api/v1/cases/${caseId}`)).json();
    expect(final.timeline.map((s: { action: string }) => s.action)).toEqual([
      'register',
      'draft_filing',
      'approve_filing',
      'record_measure',
      'issue_notice',
      'escalate_unhandled',
      'draft_decision',
      'approve_decision',
      'seal_decision',
      'serve_decision',
      'apply_review',
      'decide_review',
    ]);
    const audit = await t.ctx.db.query<{ action: string; article: string }>(
      sql`SELECT action, article FROM audit_events WHERE entity_id = ${caseId} ORDER BY seq`,
    );
    expect(audit.map((a) => a.action)).toEqual([
      'petition.register',
      ...final.timeline.slice(1).map((s: { action: string }) => `case.${s.action}`),
    ]);
    expect(JSON.stringify(audit)).not.toContain('张三');
  });
});

describe('第九条 a duplicate petition', () => {
  it('is merged into the original, and its petitioner is told so', async () => {
    at('2024-09-02');
    const sup = await t.login('zezhou-sup1');
    const first = (
      await sup.post('/api/v1/petitions', {
        channel: 'phone',
        kind: 'complaint',
        petitionerName: '赵六',
        agencyId: ids.泽州县交通运输局,
        summary: '扣车不开单据',
      })
    ).json();
    const second = await t.anonymous.post('/api/v1/public/petitions', {
      kind: 'complaint',
      petitionerName: '赵六',
      agencyId: ids.泽州县交通运输局,
      summary: '扣车不开单据（再次反映）',
    });
    const code = second.json().trackingCode;
    const [{ id: target }] = await t.ctx.db.query<{ id: string }>(
      sql`SELECT c.id FROM supervision_cases c JOIN petitions p ON p.id = c.petition_id WHERE p.summary LIKE '%再次反映%'`,
    );
    expect(
      (await step(sup, target, { type: 'merge_duplicate', duplicateOf: target }, 400)).fields[0].field,
    ).toBe('action.duplicateOf');
    const merged = await step(sup, target, { type: 'merge_duplicate', duplicateOf: first.caseId });
    expect(merged.state).toBe('closed');
    expect((await t.anonymous.get(`/api/v1/public/petitions/${code}`)).json().outcome.zh).toContain(
      '合并办理',
    );
    const [p] = await t.ctx.db.query<{ duplicate_of: string }>(
      sql`SELECT p.duplicate_of FROM petitions p JOIN supervision_cases c ON c.petition_id = p.id WHERE c.id = ${target}`,
    );
    expect(p.duplicate_of).toBe(first.petitionId);
  });
});

describe('the case list', () => {
  it('filters by source, agency and region within the jurisdiction', async () => {
    at('2024-09-02');
    const city = await t.login('city-sup1');
    const all = (await city.get('/api/v1/cases?limit=200')).json();
    expect(all.total).toBeGreaterThan(0);
    expect((await city.get('/api/v1/cases?source=evaluation')).json().total).toBe(0);
    expect((await city.get('/api/v1/cases?source=petition')).json().total).toBe(all.total);
    const byAgency = (await city.get(`/api/v1/cases?agencyId=${ids.泽州县交通运输局}`)).json();
    expect(byAgency.items.every((c: { agencyName: string }) => c.agencyName === '泽州县交通运输局')).toBe(
      true,
    );
    expect((await city.get('/api/v1/cases?regionCode=140581')).json().total).toBe(0);
    expect((await (await t.login('gaoping-sup1')).get('/api/v1/cases?regionCode=140525')).json().total).toBe(
      0,
    );
    expect((await city.get('/api/v1/cases?source=nonsense')).statusCode).toBe(400);
  });
});

describe('bad input and concurrency', () => {
  it('public form: a complaint cannot be anonymous; fields are named', async () => {
    const res = await t.anonymous.post('/api/v1/public/petitions', {
      kind: 'complaint',
      anonymous: true,
      agencyId: ids.泽州县交通运输局,
      summary: 'x',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields.map((f: { field: string }) => f.field)).toContain('anonymous');
    const report = await t.anonymous.post('/api/v1/public/petitions', {
      kind: 'report',
      anonymous: true,
      agencyId: ids.泽州县交通运输局,
      summary: '匿名举报',
    });
    expect(report.statusCode).toBe(201);
  });

  it('an unknown tracking code is a 404, a malformed one a 400', async () => {
    expect((await t.anonymous.get('/api/v1/public/petitions/AAAA-BBBB-CCCC-DDDD')).statusCode).toBe(404);
    expect((await t.anonymous.get('/api/v1/public/petitions/nope')).statusCode).toBe(400);
  });

  it('two people acting on one case at once cannot both win; a refused step changes nothing', async () => {
    at('2024-09-02');
    const sup = await t.login('zezhou-sup1');
    const reg = await sup.post('/api/v1/petitions', {
      channel: 'hotline_12345',
      kind: 'complaint',
      petitionerName: '李四',
      agencyId: ids.泽州县应急管理局,
      summary: '12345转办',
    });
    expect(reg.statusCode).toBe(201);
    const caseId = reg.json().caseId;
    const version = reg.json().case.version;
    const sup2 = await t.login('zezhou-sup2');
    const [a, b] = await Promise.all([
      sup.post(`/api/v1/cases/${caseId}/actions`, {
        version,
        action: { type: 'draft_filing', caseName: '检查时未出示执法证件案', proposal: 'file', reason: '甲' },
      }),
      sup2.post(`/api/v1/cases/${caseId}/actions`, {
        version,
        action: {
          type: 'draft_filing',
          caseName: '检查时未出示执法证件案',
          proposal: 'not_file',
          reason: '乙',
        },
      }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const before = (await sup.get(`/api/v1/cases/${caseId}`)).json();
    const [{ seq }] = await t.ctx.db.query<{ seq: number }>(sql`SELECT seq FROM audit_head`);
    const bad = await sup.post(`/api/v1/cases/${caseId}/actions`, {
      version: before.version,
      action: { type: 'issue_notice', ...NOTICE_FACTS, findings: ['art13.1.1'], deadline: '2024-09-30' },
    });
    expect(bad.statusCode).toBe(409);
    const after = (await sup.get(`/api/v1/cases/${caseId}`)).json();
    expect(after).toEqual(before);
    expect((await t.ctx.db.query<{ seq: number }>(sql`SELECT seq FROM audit_head`))[0].seq).toBe(seq);
  });
});

describe('第九条 the public status page', () => {
  it('answers a wrong tracking code in the public’s words, with nothing of jurisdictions', async () => {
    const res = await t.anonymous.get('/api/v1/public/petitions/AAAA-BBBB-CCCC-DDDD');
    expect(res.statusCode).toBe(404);
    expect(res.json().detail).toContain('请核对查询码');
    expect(res.body).not.toContain('管辖');
  });
});
