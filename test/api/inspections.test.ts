// On-site visits (第八条（二）) and special campaigns (第七条): two credentialed supervisors,
// findings before closing, cases opened from findings, scope and refusals that write nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../apps/api/src/audit/verify.ts';
import { sql } from '../../apps/api/src/db/sql.ts';
import { seedDemoInspections } from '../../apps/api/src/seeds/demo-inspections.ts';
import { type Client, startTestApp, type TestApp } from '../helpers/app.ts';
import { upload } from '../helpers/multipart.ts';

let t: TestApp;
let sup1: Client;
let sup2: Client;
let ids: Record<string, string>;
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);
const PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

beforeAll(async () => {
  t = await startTestApp();
  sup1 = await t.login('zezhou-sup1');
  sup2 = await t.login('zezhou-sup2');
  ids = Object.fromEntries(
    (
      await t.ctx.db.query<{ k: string; id: string }>(sql`SELECT name AS k, id FROM organisations
        UNION ALL SELECT username AS k, id FROM users`)
    ).map((r) => [r.k, r.id]),
  );
});
afterAll(() => t.close());

const count = async (table: 'inspections' | 'campaigns' | 'inspection_photos') =>
  (await t.ctx.db.query<{ n: number }>(sql`SELECT count(*)::int AS n FROM ${sql.raw(table)}`))[0].n;

async function plan(body: Record<string, unknown> = {}) {
  const res = await sup1.post('/api/v1/inspections', {
    agencyId: ids.泽州县市场监督管理局,
    subject: '涉企行政检查现场监督',
    plannedOn: '2026-11-26',
    checklist: ['执法主体资格', '出示执法证件'],
    ...body,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

const act = (c: Client, v: { id: string; version: number }, action: unknown) =>
  c.post(`/api/v1/inspections/${v.id}/actions`, { version: v.version, action });

async function startedVisit(body: Record<string, unknown> = {}) {
  const v = await plan(body);
  const res = await act(sup1, v, { type: 'start', supervisorIds: [ids['zezhou-sup1'], ids['zezhou-sup2']] });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

async function withFindings(problem = true, body: Record<string, unknown> = {}) {
  let v = await startedVisit(body);
  v = (
    await act(sup1, v, {
      type: 'record_checklist',
      items: [
        { id: 'k1', result: 'compliant' },
        { id: 'k2', result: problem ? 'problem' : 'compliant' },
      ],
    })
  ).json();
  const res = await act(sup2, v, {
    type: 'record_findings',
    findings: [{ text: problem ? '检查时未出示执法证件' : '未发现问题', problem }],
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

describe('第八条（二） on-site visits', () => {
  it('第七条: an on-site visit needs two supervisors with valid credentials, refused citing 第七条', async () => {
    const v = await plan();
    const one = await act(sup1, v, { type: 'start', supervisorIds: [ids['zezhou-sup1']] });
    expect(one.statusCode).toBe(422);
    expect(one.json()).toMatchObject({ article: 'art7.2', fields: [{ field: 'action.supervisorIds' }] });
    // a head is no supervisor with a credential
    const head = await act(sup1, v, {
      type: 'start',
      supervisorIds: [ids['zezhou-sup1'], ids['zezhou-head']],
    });
    expect(head.statusCode).toBe(422);
    expect(head.json().article).toBe('art7.2');
    const after = (await sup1.get(`/api/v1/inspections/${v.id}`)).json();
    expect(after).toMatchObject({ state: 'planned', version: 1, supervisors: [] });
    const ok = await act(sup1, v, { type: 'start', supervisorIds: [ids['zezhou-sup1'], ids['zezhou-sup2']] });
    expect(ok.json()).toMatchObject({
      state: 'under_way',
      supervisors: [{ name: '杨帆' }, { name: '周杰' }],
    });
  });

  it('第八条（二）: an unannounced visit (不打招呼) needs no planned date; an announced one does', async () => {
    const before = await count('inspections');
    const res = await sup1.post('/api/v1/inspections', {
      agencyId: ids.泽州县市场监督管理局,
      subject: '事先通知的检查',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ article: 'art8.1.2', fields: [{ field: 'plannedOn' }] });
    expect(await count('inspections')).toBe(before);
    const v = await plan({ unannounced: true, plannedOn: undefined });
    expect(v).toMatchObject({ unannounced: true, plannedOn: null });
  });

  it('第八条（二）: the agency to be visited unannounced (不打招呼) learns of it only once it has begun', async () => {
    const liaison = await t.login('zezhou-liaison');
    const v = await plan({ unannounced: true, plannedOn: undefined, subject: '不打招呼的现场监督' });
    expect((await liaison.get(`/api/v1/inspections/${v.id}`)).statusCode).toBe(404);
    expect((await liaison.get('/api/v1/inspections')).body).not.toContain('不打招呼的现场监督');
    const started = await act(sup1, v, {
      type: 'start',
      supervisorIds: [ids['zezhou-sup1'], ids['zezhou-sup2']],
    });
    expect(started.statusCode, started.body).toBe(200);
    expect((await liaison.get(`/api/v1/inspections/${v.id}`)).statusCode).toBe(200);
    // an announced visit is the agency's to know from the start
    const announced = await plan({ subject: '事先通知的现场监督' });
    expect((await liaison.get(`/api/v1/inspections/${announced.id}`)).statusCode).toBe(200);
  });

  it('第八条（二）: a visit is not closed without findings', async () => {
    const v = await startedVisit();
    const res = await act(sup1, v, { type: 'close', conclusion: '结束' });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ article: 'art8.1.2', fields: [{ field: 'action.findings' }] });
    expect((await sup1.get(`/api/v1/inspections/${v.id}`)).json().state).toBe('under_way');
  });

  it('第七条（七）: follow-ups with a deadline are handled before the visit closes, all audited', async () => {
    let v = await withFindings();
    const fu = await act(sup1, v, {
      type: 'add_follow_up',
      task: '限期整改执法证件出示问题',
      due: '2026-12-10',
      findingId: v.findings[0].id,
    });
    expect(fu.statusCode, fu.body).toBe(200);
    v = fu.json();
    expect(v.followUps[0]).toMatchObject({ due: '2026-12-10', overdue: false, doneOn: null });
    expect((await act(sup1, v, { type: 'close', conclusion: '结束' })).json().article).toBe('art7.1.7');
    v = (
      await act(sup1, v, { type: 'complete_follow_up', followUpId: v.followUps[0].id, note: '已整改' })
    ).json();
    const closed = await act(sup1, v, { type: 'close', conclusion: '检查结束，问题已整改' });
    expect(closed.json()).toMatchObject({ state: 'closed', closedOn: '2026-11-26' });
    const events = await t.ctx.db.query<{ action: string }>(
      sql`SELECT action FROM audit_events WHERE entity_id = ${v.id} ORDER BY seq`,
    );
    expect(events.map((e) => e.action)).toEqual([
      'inspection.plan',
      'inspection.start',
      'inspection.record_checklist',
      'inspection.record_findings',
      'inspection.add_follow_up',
      'inspection.complete_follow_up',
      'inspection.close',
    ]);
  });

  it('第八条: a case opened from a finding has the source of the visit, once', async () => {
    const v = await withFindings();
    const res = await sup1.post(`/api/v1/inspections/${v.id}/findings/${v.findings[0].id}/case`, {
      version: v.version,
    });
    expect(res.statusCode, res.body).toBe(201);
    const { caseId, source, inspection } = res.json();
    expect(source).toBe('inspection');
    expect(inspection.findings[0].caseId).toBe(caseId);
    const kase = (await sup1.get(`/api/v1/cases/${caseId}`)).json();
    expect(kase).toMatchObject({ source: 'inspection', state: 'registered' });
    const again = await sup1.post(`/api/v1/inspections/${v.id}/findings/${v.findings[0].id}/case`, {
      version: inspection.version,
    });
    expect(again.statusCode).toBe(422);
    const clean = await withFindings(false);
    const none = await sup1.post(`/api/v1/inspections/${clean.id}/findings/${clean.findings[0].id}/case`, {
      version: clean.version,
    });
    expect(none.statusCode).toBe(422);
    expect(none.json().fields[0].field).toBe('findingId');
  });

  it('第二条: a Gaoping supervisor cannot see or act on a Zezhou visit (404); the city organ sees it', async () => {
    const v = await plan();
    const gaoping = await t.login('gaoping-sup1');
    expect((await gaoping.get(`/api/v1/inspections/${v.id}`)).statusCode).toBe(404);
    expect((await act(gaoping, v, { type: 'close', conclusion: 'x' })).statusCode).toBe(404);
    expect((await gaoping.get('/api/v1/inspections')).json().items).toEqual([]);
    const city = await t.login('city-sup1');
    expect((await city.get(`/api/v1/inspections/${v.id}`)).statusCode).toBe(200);
    expect((await city.get(`/api/v1/inspections/${v.id}`)).json().actions).toEqual([]);
    // and may not visit a county agency itself: that is the county organ's (第二条)
    const own = await city.post('/api/v1/inspections', {
      agencyId: ids.泽州县市场监督管理局,
      subject: '越级检查',
      plannedOn: '2026-11-27',
    });
    expect(own.statusCode).toBe(403);
  });

  it('bad input answers 4xx naming the field, and writes nothing', async () => {
    const before = await count('inspections');
    const events = (await t.ctx.db.query<{ n: number }>(sql`SELECT count(*)::int AS n FROM audit_events`))[0]
      .n;
    for (const [body, field] of [
      [{ agencyId: 'nope', subject: 'x', plannedOn: '2026-11-27' }, 'agencyId'],
      [{ agencyId: ids.泽州县市场监督管理局, subject: '', plannedOn: '2026-11-27' }, 'subject'],
      [{ agencyId: ids.泽州县市场监督管理局, subject: 'x', plannedOn: '2026-02-30' }, 'plannedOn'],
      [{ agencyId: ids.泽州县市场监督管理局, subject: 'x', plannedOn: '2026-11-01' }, 'plannedOn'],
      [{ agencyId: ids.泽州县司法局, subject: 'x', plannedOn: '2026-11-27' }, 'agencyId'],
    ] as const) {
      const res = await sup1.post('/api/v1/inspections', body);
      expect(res.statusCode, JSON.stringify(body)).toBeGreaterThanOrEqual(400);
      expect(res.statusCode).toBeLessThan(500);
      expect(res.json().fields.map((f: { field: string }) => f.field)).toContain(field);
    }
    const v = await startedVisit();
    const due = await act(sup1, v, { type: 'record_findings', findings: [{ text: '', problem: true }] });
    expect(due.statusCode).toBe(400);
    expect(due.json().fields[0].field).toMatch(/^action\.findings/);
    expect(await count('inspections')).toBe(before + 1);
    const after = (await t.ctx.db.query<{ n: number }>(sql`SELECT count(*)::int AS n FROM audit_events`))[0]
      .n;
    expect(after).toBe(events + 2);
  });

  it('第七条（四）: a photo is an image judged by its content; anything else is refused', async () => {
    const v = await startedVisit();
    const before = await count('inspection_photos');
    const pdf = await upload(sup1, `/api/v1/inspections/${v.id}/photos`, '现场.jpg', PDF);
    expect(pdf.statusCode).toBe(415);
    expect(pdf.json().fields[0].field).toBe('file');
    expect(await count('inspection_photos')).toBe(before);
    const png = await upload(sup1, `/api/v1/inspections/${v.id}/photos`, '现场.png', PNG);
    expect(png.statusCode, png.body).toBe(201);
    expect(png.json()).toMatchObject({ mediaType: 'image/png', fileName: '现场.png' });
    const got = await sup1.get(`/api/v1/inspections/${v.id}/photos/${png.json().id}`);
    expect(got.headers['content-type']).toBe('image/png');
    const gaoping = await t.login('gaoping-sup1');
    expect((await upload(gaoping, `/api/v1/inspections/${v.id}/photos`, 'x.png', PNG)).statusCode).toBe(404);
  });
});

describe('第七条 special campaigns (专项监督)', () => {
  it('第七条（七）: a campaign runs over its agencies, opens cases with the campaign as source, and reports', async () => {
    const head = await t.login('zezhou-head');
    const created = await head.post('/api/v1/campaigns', {
      theme: '涉企行政检查',
      scope: '2026年涉企行政检查的主体、程序和频次',
      periodFrom: '2026-11-01',
      periodTo: '2026-12-31',
      agencyIds: [ids.泽州县市场监督管理局],
    });
    expect(created.statusCode, created.body).toBe(201);
    let c = created.json();
    const refused = await sup1.post('/api/v1/inspections', {
      agencyId: ids.泽州县交通运输局,
      subject: '范围外',
      plannedOn: '2026-11-27',
      campaignId: c.id,
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ article: 'art7.1.7', fields: [{ field: 'campaignId' }] });
    c = (
      await head.post(`/api/v1/campaigns/${c.id}/actions`, { version: c.version, action: { type: 'start' } })
    ).json();
    expect(c.state).toBe('running');
    const v = await withFindings(true, { campaignId: c.id });
    const opened = (
      await sup1.post(`/api/v1/inspections/${v.id}/findings/${v.findings[0].id}/case`, { version: v.version })
    ).json();
    expect(opened.source).toBe('campaign');
    const early = await head.post(`/api/v1/campaigns/${c.id}/actions`, {
      version: c.version,
      action: { type: 'summarise', summary: '总结' },
    });
    expect(early.statusCode).toBe(422);
    expect(early.json()).toMatchObject({ article: 'art7.1.7' });
    await act(sup1, opened.inspection, { type: 'close', conclusion: '已立案监督' });
    const report = (await head.get(`/api/v1/campaigns/${c.id}/report`)).json();
    expect(report.totals).toMatchObject({
      agencies: 1,
      visits: 1,
      visitsClosed: 1,
      problems: 1,
      casesOpened: 1,
    });
    expect(report.cases[0]).toMatchObject({ id: opened.caseId, source: 'campaign' });
    const done = await head.post(`/api/v1/campaigns/${c.id}/actions`, {
      version: c.version,
      action: { type: 'summarise', summary: '专项监督发现问题1个，已立案1件。' },
    });
    expect(done.json()).toMatchObject({
      state: 'summarised',
      visits: [{ id: v.id }],
      actions: ['issue_report'],
    });
    const doc = await head.post(`/api/v1/campaigns/${c.id}/report/document`);
    expect(doc.statusCode, doc.body).toBe(201);
    expect(doc.json().number).toMatch(/专〔2026〕1号$/);
    const docx = await head.get(`/api/v1/documents/${doc.json().documentId}/docx`);
    expect(docx.statusCode).toBe(200);
    expect((await head.get(`/api/v1/campaigns/${c.id}`)).json().reportDocumentId).toBe(doc.json().documentId);
    expect((await head.post(`/api/v1/campaigns/${c.id}/report/document`)).statusCode).toBe(409);
    const gaoping = await t.login('gaoping-sup1');
    expect((await gaoping.get(`/api/v1/campaigns/${c.id}/report`)).statusCode).toBe(404);
  });
});

describe('demo campaign 涉企行政检查专项监督', () => {
  it('is built through the use cases, audited, and loads only once', async () => {
    const d = await startTestApp();
    try {
      expect(await seedDemoInspections(d.ctx.db, d.clock.now)).toBe(3);
      expect(await seedDemoInspections(d.ctx.db, d.clock.now)).toBe(0);
      const head = await d.login('zezhou-head');
      const [c] = (await head.get('/api/v1/campaigns')).json().items;
      expect(c).toMatchObject({ theme: '涉企行政检查', state: 'running' });
      const report = (await head.get(`/api/v1/campaigns/${c.id}/report`)).json();
      expect(report.totals).toMatchObject({
        agencies: 2,
        visits: 3,
        visitsClosed: 1,
        problems: 1,
        casesOpened: 1,
      });
      expect(report.cases[0].source).toBe('campaign');
      expect((await verifyAuditChain(d.ctx.db)).ok).toBe(true);
    } finally {
      await d.close();
    }
  });
});
