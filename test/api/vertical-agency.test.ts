// 《行政执法监督条例》第四十二条第二款 through the real routes: a case the national regulation governs
// against a vertically managed agency gets no notice; after investigation the supervisors tell the
// agency's higher competent department the problems found, in a numbered letter, and close the case.
// A case registered before 2026-02-01 keeps the Jincheng procedure, notice and all.
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../apps/api/src/db/sql.ts';
import { trackingHash } from '../../apps/api/src/domains/cases/tracking.ts';
import { type Client, startTestApp, type TestApp } from '../helpers/app.ts';
import { NOTICE_FACTS } from '../helpers/notice.ts';

let t: TestApp;
let ids: Record<string, string>;
beforeAll(async () => {
  t = await startTestApp({ now: new Date('2026-03-02T02:00:00Z') });
  ids = Object.fromEntries(
    [
      ...(await t.ctx.db.query<{ k: string; id: string }>(sql`SELECT name AS k, id FROM organisations`)),
      ...(await t.ctx.db.query<{ k: string; id: string }>(sql`SELECT username AS k, id FROM users`)),
    ].map((r) => [r.k, r.id]),
  );
});
afterAll(() => t.close());

const TAX = '国家税务总局泽州县税务局';
const ART = 'national-2025:art42.2';

async function step(c: Client, caseId: string, action: Record<string, unknown>, expectStatus = 200) {
  const current = (await c.get(`/api/v1/cases/${caseId}`)).json();
  const res = await c.post(`/api/v1/cases/${caseId}/actions`, { version: current.version, action });
  expect(res.statusCode, `${action.type}: ${res.body}`).toBe(expectStatus);
  return res.json();
}
const offered = async (c: Client, caseId: string) =>
  ((await c.get(`/api/v1/cases/${caseId}`)).json().allowedActions as { type: string }[]).map((a) => a.type);

/** a complaint by a named petitioner against the tax bureau, filed on `day`, filed and investigated */
async function investigated(day: string, summary: string) {
  t.clock.now = new Date(`${day}T02:00:00Z`);
  const filed = await t.anonymous.post('/api/v1/public/petitions', {
    kind: 'complaint',
    petitionerName: '周某某',
    petitionerPhone: '13900000000',
    agencyId: ids[TAX],
    summary,
  });
  expect(filed.statusCode, filed.body).toBe(201);
  const [{ id }] = await t.ctx.db.query<{ id: string }>(sql`
    SELECT c.id FROM supervision_cases c JOIN petitions p ON p.id = c.petition_id
    WHERE p.tracking_hash = ${trackingHash(filed.json().trackingCode)}`);
  const [sup, head] = [await t.login('zezhou-sup1'), await t.login('zezhou-head')];
  await step(sup, id, {
    type: 'draft_filing',
    caseName: '税务行政处罚未告知陈述申辩权利案',
    proposal: 'file',
    reason: '符合立案条件',
  });
  await step(head, id, { type: 'approve_filing', opinion: '同意立案。' });
  await step(sup, id, {
    type: 'record_measure',
    kind: 'consult_files',
    supervisorIds: [ids['zezhou-sup1'], ids['zezhou-sup2']],
    summary: '调阅处罚案卷',
    place: '国家税务总局泽州县税务局档案室',
  });
  return { id, sup, head };
}

const INFORM = {
  type: 'inform_higher_department',
  act: {
    ...NOTICE_FACTS.act,
    name: '作出税务行政处罚决定',
    number: '泽税罚〔2026〕3号',
    madeOn: '2026-02-10',
  },
  found: '该局作出处罚决定前未告知当事人陈述、申辩的权利。',
  problems: ['作出处罚决定前未告知当事人陈述、申辩的权利', '处罚决定书未载明救济途径'],
};

describe('行政执法监督条例第四十二条第二款 a vertically managed agency', () => {
  it('行政执法监督条例第四十二条第二款: no notice (422 citing the article); the letter to the higher department is offered, waited for, issued and numbered; then the case closes', async () => {
    const { id, sup } = await investigated('2026-03-02', '税务局罚款前未告知陈述申辩权利，我叫周某某');
    const actions = await offered(sup, id);
    expect(actions).toContain('inform_higher_department');
    expect(actions).not.toContain('issue_notice');
    const refused = await step(
      sup,
      id,
      { type: 'issue_notice', ...NOTICE_FACTS, findings: ['art13.1.3'], deadline: '2026-03-20' },
      422,
    );
    expect(refused).toMatchObject({ article: ART, article_text: '《行政执法监督条例》第四十二条第二款' });
    expect(refused.detail).toContain('国家税务总局晋城市税务局');

    // who acts next: the case page and the inbox name the new step
    const page = (await sup.get(`/api/v1/cases/${id}`)).json();
    expect(
      page.waiting.some((w: { actions: string[] }) => w.actions.includes('inform_higher_department')),
    ).toBe(true);
    const inbox = (await sup.get('/api/v1/inbox')).json();
    const task = inbox.items.find((i: { link: string }) => i.link === `/cases/${id}`);
    expect(task?.detail).toContain('将发现的问题告知上一级主管部门');
    expect(task?.detail).not.toContain('发出行政执法监督通知书');

    // bad input names the field, and nothing changes
    const before = (await sup.get(`/api/v1/cases/${id}`)).json().version;
    const bad = await step(sup, id, { ...INFORM, problems: [' '] }, 422);
    expect(bad).toMatchObject({ article: ART, fields: [{ field: 'action.problems' }] });
    const missing = await step(sup, id, { ...INFORM, found: undefined }, 400);
    expect(JSON.stringify(missing.fields)).toContain('found');
    expect((await sup.get(`/api/v1/cases/${id}`)).json().version).toBe(before);

    const done = await step(sup, id, INFORM);
    expect(done.state).toBe('investigating');
    const docs = (await sup.get(`/api/v1/cases/${id}/documents`)).json().items as {
      id: string;
      kind: string;
      number: string | null;
      article: string | null;
    }[];
    const letter = docs.find((d) => d.kind === 'higher_department_letter');
    expect(letter?.number).toMatch(/^泽执监函〔2026〕\d+号$/);
    expect(letter?.article).toBe(ART);
    const xml = strFromU8(
      unzipSync((await sup.get(`/api/v1/documents/${letter!.id}/docx`)).rawPayload)['word/document.xml'],
    );
    const words = xml.replace(/<[^>]+>/g, '');
    for (const s of [
      '国家税务总局晋城市税务局',
      TAX,
      '泽税罚〔2026〕3号',
      '第四十二条第二款',
      '一、作出处罚决定前未告知当事人陈述、申辩的权利。',
    ])
      expect(words).toContain(s);
    for (const s of ['周某某', '13900000000', '我叫']) expect(words).not.toContain(s);

    // the step is in the timeline with the national article; told once; then closed
    const steps = (await sup.get(`/api/v1/cases/${id}`)).json().timeline as {
      action: string;
      article: string;
      articleText: string;
    }[];
    expect(steps.at(-1)).toMatchObject({
      action: 'inform_higher_department',
      article: ART,
      articleText: '《行政执法监督条例》第四十二条第二款',
    });
    expect(await offered(sup, id)).not.toContain('inform_higher_department');
    await step(sup, id, INFORM, 409);
    const closed = await step(sup, id, { type: 'close', note: '问题已告知上一级主管部门' });
    expect(closed.state).toBe('closed');
    // the agency never sees the case: nothing was addressed to it
    expect((await (await t.login('zezhou-liaison')).get(`/api/v1/cases/${id}`)).statusCode).toBe(404);
  });

  it('行政执法监督条例第四十二条第二款: a case registered before 2026-02-01 keeps the Jincheng procedure — a notice, no letter', async () => {
    const { id } = await investigated('2025-11-03', '税务局检查时未出示证件');
    t.clock.now = new Date('2026-03-02T02:00:00Z');
    const s = await t.login('zezhou-sup1');
    const actions = await offered(s, id);
    expect(actions).toContain('issue_notice');
    expect(actions).not.toContain('inform_higher_department');
    const refused = await step(s, id, INFORM, 422);
    expect(refused.article).toBe(ART);
  });
});
