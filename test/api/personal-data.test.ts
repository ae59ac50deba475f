// A petitioner's identity (第九条; 举报人保密): whole only to the organ handling the case, masked
// for the other staff whose jurisdiction covers it, never to the agency concerned, never in
// lists, and never in the server's log — nor a password or a tracking code.
import { Writable } from 'node:stream';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maskName, maskPhone } from '../../apps/api/src/access/personal-data.ts';
import { sql } from '../../apps/api/src/db/sql.ts';
import { loggedUrl } from '../../apps/api/src/http/log-fields.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { NOTICE_FACTS } from '../helpers/notice.ts';

const NAME = '欧阳明华';
const PHONE = '13912345678';
let t: TestApp;
let log = '';
let caseId: string;
let code: string;

beforeAll(async () => {
  const stream = new Writable({
    write(chunk, _enc, done) {
      log += chunk;
      done();
    },
  });
  t = await startTestApp({ now: new Date('2024-09-02T02:00:00Z'), logger: { level: 'info', stream } });
  const [agency] = await t.ctx.db.query<{ id: string }>(
    sql`SELECT id FROM organisations WHERE name = '泽州县市场监督管理局'`,
  );
  const filed = await t.anonymous.post('/api/v1/public/petitions', {
    kind: 'report',
    petitionerName: NAME,
    petitionerPhone: PHONE,
    agencyId: agency.id,
    summary: '举报执法人员违规收费。',
  });
  expect(filed.statusCode).toBe(201);
  code = filed.json().trackingCode;
  [{ id: caseId }] = await t.ctx.db.query<{ id: string }>(sql`
    SELECT c.id FROM supervision_cases c JOIN petitions p ON p.id = c.petition_id WHERE p.petitioner_name = ${NAME}`);
});
afterAll(() => t.close());

const petitionAs = async (user: string) => {
  const res = await (await t.login(user)).get(`/api/v1/cases/${caseId}`);
  expect(res.statusCode).toBe(200);
  return res.json().petition as {
    identity: string;
    petitionerName: string | null;
    petitionerPhone: string | null;
  };
};

describe('第九条 the petitioner’s identity', () => {
  it('masks names and phone numbers as staff expect', () => {
    // neither the length of the name nor its last character is told
    expect(maskName('张三')).toBe('张**');
    expect(maskName(NAME)).toBe('欧**');
    expect(maskName('泽州县康宁药店')).toBe('泽**');
    expect(maskPhone(PHONE)).toBe('139****5678');
    expect(maskPhone('0356-2021234')).toBe('****1234');
  });

  it('the handling organ’s supervisor and head see it whole', async () => {
    expect(await petitionAs('zezhou-sup1')).toMatchObject({
      identity: 'full',
      petitionerName: NAME,
      petitionerPhone: PHONE,
    });
    expect((await petitionAs('zezhou-head')).petitionerName).toBe(NAME);
  });

  it('the city above, the leader and the administrator see it masked', async () => {
    for (const user of ['city-sup1', 'city-leader', 'city-admin'])
      expect(await petitionAs(user)).toMatchObject({
        identity: 'masked',
        petitionerName: '欧**',
        petitionerPhone: '139****5678',
      });
  });

  it('the agency reads neither the petition nor the organ’s internal steps, nor searches them', async () => {
    const liaison = await t.login('zezhou-liaison');
    // before a notice the agency does not know of the case at all
    expect((await liaison.get(`/api/v1/cases/${caseId}`)).statusCode).toBe(404);
    const [sup, head] = [await t.login('zezhou-sup1'), await t.login('zezhou-head')];
    const act = async (c: typeof sup, action: object) => {
      const v = (await c.get(`/api/v1/cases/${caseId}`)).json().version;
      const r = await c.post(`/api/v1/cases/${caseId}/actions`, { version: v, action });
      expect(r.statusCode, r.body).toBe(200);
    };
    await act(sup, {
      type: 'draft_filing',
      caseName: '检查时未出示执法证件案',
      proposal: 'file',
      reason: '举报执法人员违规收费，符合立案条件。',
    });
    await act(head, { type: 'approve_filing', opinion: '同意立案，由杨帆、周杰承办。' });
    const people = (await sup.get(`/api/v1/cases/${caseId}/supervisors`)).json().items as { id: string }[];
    await act(sup, {
      type: 'record_measure',
      kind: 'consult_files',
      supervisorIds: people.map((p) => p.id),
      summary: '调取案卷',
    });
    await act(sup, {
      type: 'issue_notice',
      ...NOTICE_FACTS,
      findings: ['art13.1.3'],
      deadline: '2024-09-20',
    });
    const page = await liaison.get(`/api/v1/cases/${caseId}`);
    expect(page.statusCode).toBe(200);
    for (const secret of [NAME, PHONE, '违规收费']) expect(page.body).not.toContain(secret);
    const c = page.json();
    expect(c.petition).toBeNull();
    expect(c.facts.filing).toBeUndefined();
    expect(c.facts.measures).toBeUndefined();
    expect(c.facts.notice).toMatchObject({ deadline: '2024-09-20' });
    // only the notice shows, in the organ's name, not the supervisor's
    expect(c.timeline.map((s: { action: string; actorName: string }) => [s.action, s.actorName])).toEqual([
      ['issue_notice', '泽州县司法局'],
    ]);
    // the case goes by the 案由 staff stated, and so does the notice the agency receives
    expect(c.title).toBe('检查时未出示执法证件案');
    const notices = (await liaison.get(`/api/v1/cases/${caseId}/documents`)).json().items as {
      id: string;
      kind: string;
    }[];
    const notice = notices.find((d) => d.kind === 'supervision_notice')!;
    const xml = strFromU8(
      unzipSync((await liaison.get(`/api/v1/documents/${notice.id}/docx`)).rawPayload)['word/document.xml'],
    );
    expect(xml).toContain('检查时未出示执法证件一案');
    expect(xml).not.toContain('违规收费');
    const list = await liaison.get('/api/v1/cases?q=%E8%BF%9D%E8%A7%84%E6%94%B6%E8%B4%B9');
    expect(list.body).not.toContain('违规收费');
    expect(list.json().items.map((i: { id: string }) => i.id)).toContain(caseId);
  });

  it('a document naming the petitioner is served whole only to the handling organ; others read it masked', async () => {
    const [receipt] = await t.ctx.db.query<{ id: string }>(
      sql`SELECT id FROM documents WHERE case_id = ${caseId} AND kind = 'petition_receipt'`,
    );
    const text = async (user: string) => {
      const res = await (await t.login(user)).get(`/api/v1/documents/${receipt.id}/docx`);
      expect(res.statusCode).toBe(200);
      return strFromU8(unzipSync(res.rawPayload)['word/document.xml']);
    };
    expect(await text('zezhou-sup1')).toContain(NAME);
    for (const user of ['city-sup1', 'city-leader']) {
      const masked = await text(user);
      expect(masked).not.toContain(NAME);
      expect(masked).not.toContain(PHONE);
      expect(masked).toContain('欧**');
    }
  });

  it('no case list carries it', async () => {
    for (const user of ['zezhou-sup1', 'city-sup1']) {
      const list = await (await t.login(user)).get('/api/v1/cases?limit=200');
      expect(list.statusCode).toBe(200);
      expect(list.body).not.toContain(NAME);
      expect(list.body).not.toContain(PHONE);
    }
  });

  it('the log holds no name, phone, password or tracking code', async () => {
    const sup = await t.login('zezhou-sup1');
    await sup.get(`/api/v1/cases?q=${encodeURIComponent(NAME)}`);
    await t.anonymous.get(`/api/v1/public/petitions/${code}`);
    await t.anonymous.post('/api/v1/auth/login', { username: 'zezhou-sup1', password: 'Wrong-password-123' });
    expect(log).toContain('/api/v1/public/petitions/:code');
    expect(log).toContain('/api/v1/cases?q=…');
    for (const secret of [NAME, encodeURIComponent(NAME), PHONE, code, 'Wrong-password-123'])
      expect(log).not.toContain(secret);
  });

  it('a logged URL keeps its path and the names of its parameters only', () => {
    expect(loggedUrl('/api/v1/public/petitions/ABCD-EFGH-JKLM-NPQR?x=1')).toBe(
      '/api/v1/public/petitions/:code?x=…',
    );
    expect(loggedUrl('/api/v1/cases?q=%E5%BC%A0&limit=20')).toBe('/api/v1/cases?q=…&limit=…');
    expect(loggedUrl('/api/v1/cases')).toBe('/api/v1/cases');
  });
});
