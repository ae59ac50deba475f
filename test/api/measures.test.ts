// 第七条 and 第九条（二）through the API: a measure is recorded with the day it was taken, the
// place and the persons questioned; the case page's timeline shows them to the organ, and the
// agency concerned sees neither the measure nor who was questioned.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../apps/api/src/db/sql.ts';
import { type Client, startTestApp, type TestApp } from '../helpers/app.ts';
import { NOTICE_FACTS } from '../helpers/notice.ts';
import { caseBySummary } from '../helpers/records.ts';

let t: TestApp;
let ids: Record<string, string>;
let caseId: string;
let sup: Client;
let head: Client;
beforeAll(async () => {
  t = await startTestApp({ now: new Date('2024-09-02T02:00:00Z') });
  ids = Object.fromEntries(
    [
      ...(await t.ctx.db.query<{ k: string; id: string }>(sql`SELECT name AS k, id FROM organisations`)),
      ...(await t.ctx.db.query<{ k: string; id: string }>(sql`SELECT username AS k, id FROM users`)),
    ].map((r) => [r.k, r.id]),
  );
  [sup, head] = await Promise.all([t.login('zezhou-sup1'), t.login('zezhou-head')]);
  const filed = await t.anonymous.post('/api/v1/public/petitions', {
    kind: 'complaint',
    petitionerName: '赵六',
    agencyId: ids.泽州县市场监督管理局,
    summary: '扣押货物未出具清单。',
  });
  expect(filed.statusCode).toBe(201);
  caseId = await caseBySummary(t, '未出具清单');
  await act({
    type: 'draft_filing',
    caseName: '扣押货物未出具清单案',
    proposal: 'file',
    reason: '符合立案条件',
  });
  await act({ type: 'approve_filing', opinion: '同意立案，由杨帆、周杰承办。' }, 200, head);
  // the inquiry is written up three days after the filing approval
  t.clock.now = new Date('2024-09-05T02:00:00Z');
  [sup, head] = await Promise.all([t.login('zezhou-sup1'), t.login('zezhou-head')]);
});
afterAll(() => t.close());

async function act(action: Record<string, unknown>, expectStatus = 200, c: Client = sup) {
  const current = (await c.get(`/api/v1/cases/${caseId}`)).json();
  const res = await c.post(`/api/v1/cases/${caseId}/actions`, { version: current.version, action });
  expect(res.statusCode, `${action.type}: ${res.body}`).toBe(expectStatus);
  return res.json();
}

const inquiry = () => ({
  type: 'record_measure',
  kind: 'inquiry',
  supervisorIds: [ids['zezhou-sup1'], ids['zezhou-sup2']],
  summary: '询问执法人员扣押经过。',
  on: '2024-09-04',
  place: '泽州县市场监督管理局三楼会议室',
  persons: [{ name: '刘建军', role: '执法人员，泽州县市场监督管理局' }],
});

describe('第七条 a measure records its day, place and persons', () => {
  it('第七条: a day after today is refused, 422, citing the article and naming the field', async () => {
    const r = await act({ ...inquiry(), on: '2024-09-06' }, 422);
    expect(r).toMatchObject({ article: 'art7.1', fields: [{ field: 'action.on' }] });
    expect(r.detail).toContain('不能晚于今天');
  });

  it('第九条（一）: a day before the filing was approved is refused, 422', async () => {
    const r = await act({ ...inquiry(), on: '2024-09-01' }, 422);
    expect(r).toMatchObject({ article: 'art9.1.1', fields: [{ field: 'action.on' }] });
  });

  it('第七条（三）: an inquiry without a place or without the persons questioned is refused, 422', async () => {
    expect(await act({ ...inquiry(), place: undefined }, 422)).toMatchObject({
      article: 'art7.1.3',
      fields: [{ field: 'action.place' }],
    });
    expect(await act({ ...inquiry(), persons: [] }, 422)).toMatchObject({
      article: 'art7.1.3',
      fields: [{ field: 'action.persons' }],
    });
  });

  it('a person without a name, or a date that is not one, is bad input, 400, naming the field', async () => {
    const r = await act({ ...inquiry(), persons: [{ name: '', role: '当事人' }] }, 400);
    expect(r.fields.map((f: { field: string }) => f.field)).toContain('action.persons.0.name');
    const d = await act({ ...inquiry(), on: '2024-02-30' }, 400);
    expect(d.fields.map((f: { field: string }) => f.field)).toContain('action.on');
  });

  it('第七条（三）: recorded, the case page shows the day, place and persons; the 询问笔录 is issued', async () => {
    await act(inquiry());
    const c = (await sup.get(`/api/v1/cases/${caseId}`)).json();
    expect(c.facts.measures).toEqual([
      {
        kind: 'inquiry',
        supervisorIds: [ids['zezhou-sup1'], ids['zezhou-sup2']],
        on: '2024-09-04',
        place: '泽州县市场监督管理局三楼会议室',
        persons: [{ name: '刘建军', role: '执法人员，泽州县市场监督管理局' }],
      },
    ]);
    const s = c.timeline.find((x: { action: string }) => x.action === 'record_measure');
    expect(s).toMatchObject({
      onDay: '2024-09-05',
      measure: {
        kind: 'inquiry',
        on: '2024-09-04',
        place: '泽州县市场监督管理局三楼会议室',
        persons: [{ name: '刘建军', role: '执法人员，泽州县市场监督管理局' }],
      },
      documents: [{ kind: 'inquiry_record' }],
    });
  });

  it('a measure stored before these were asked still shows, dated the day it was recorded', async () => {
    // consulting the files needs neither place nor persons, and its day defaults to today
    await act({
      type: 'record_measure',
      kind: 'consult_files',
      supervisorIds: [ids['zezhou-sup1'], ids['zezhou-sup2']],
      summary: '调取扣押清单存根',
    });
    const c = (await sup.get(`/api/v1/cases/${caseId}`)).json();
    const steps = c.timeline.filter((x: { action: string }) => x.action === 'record_measure');
    expect(steps[1].measure).toEqual({ kind: 'consult_files', on: '2024-09-05', place: null, persons: [] });
  });

  it('第九条: the agency concerned sees neither the measure nor the persons questioned', async () => {
    await act({ type: 'issue_notice', ...NOTICE_FACTS, findings: ['art13.1.3'], deadline: '2024-09-20' });
    const liaison = await t.login('zezhou-liaison');
    const page = await liaison.get(`/api/v1/cases/${caseId}`);
    expect(page.statusCode).toBe(200);
    for (const secret of ['刘建军', '三楼会议室']) expect(page.body).not.toContain(secret);
  });
});
