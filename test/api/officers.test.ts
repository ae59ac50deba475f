// Officers, supervisors and their certificates through the API (第七条第二款, 第七条（八）,
// 第十六条（七）, 第十七条), and the public certificate check.
import { createHash } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../apps/api/src/audit/verify.ts';
import { sql } from '../../apps/api/src/db/sql.ts';
import { libreOfficeAvailable } from '../../apps/api/src/documents/pdf/converter.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { caseBySummary } from '../helpers/records.ts';

let t: TestApp;
let ids: Record<string, string>;
beforeAll(async () => {
  t = await startTestApp({ now: new Date('2026-11-26T02:00:00Z') });
  ids = Object.fromEntries(
    [
      ...(await t.ctx.db.query<{ k: string; id: string }>(sql`SELECT name AS k, id FROM organisations`)),
      ...(await t.ctx.db.query<{ k: string; id: string }>(sql`SELECT username AS k, id FROM users`)),
    ].map((r) => [r.k, r.id]),
  );
});
afterAll(() => t.close());

interface Cert {
  id: string;
  number: string;
  status: string;
  version: number;
  history: { to: string; reason: string; article: string }[];
  actions: { seize: boolean; return: boolean; revoke: boolean };
}
const officer = (body: { certificates: Cert[] }) => body.certificates[0];

describe('第十六条（七） officers and their certificates', () => {
  it('第十六条（七）: an administrator files an officer with an enforcement certificate; bad input names the field', async () => {
    const admin = await t.login('zezhou-admin');
    const body = {
      organisationId: ids.泽州县交通运输局,
      name: '秦川',
      certificate: {
        kind: 'enforcement',
        number: '14052500990001',
        issuingAuthority: '山西省人民政府',
        areas: ['交通运输'],
        validFrom: '2024-01-01',
        validUntil: '2028-12-31',
      },
    };
    const created = await admin.post('/api/v1/officers', body);
    expect(created.statusCode, created.body).toBe(201);
    expect(officer(created.json())).toMatchObject({ status: 'valid', number: '14052500990001' });
    expect((await admin.post('/api/v1/officers', body)).statusCode).toBe(409);
    const wrongKind = await admin.post('/api/v1/officers', {
      ...body,
      organisationId: ids.泽州县司法局,
      certificate: { ...body.certificate, number: '14052500990002' },
    });
    expect(wrongKind.statusCode).toBe(422);
    expect(wrongKind.json().fields[0].field).toBe('certificate.kind');
    const backwards = await admin.post('/api/v1/officers', {
      ...body,
      certificate: { ...body.certificate, number: '14052500990003', validUntil: '2023-01-01' },
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().fields[0].field).toBe('certificate.validUntil');
    const outside = await admin.post('/api/v1/officers', {
      ...body,
      organisationId: ids.高平市交通运输局,
      certificate: { ...body.certificate, number: '14052500990004' },
    });
    expect(outside.statusCode).toBe(400);
    expect((await (await t.login('zezhou-sup1')).post('/api/v1/officers', body)).statusCode).toBe(403);
  });

  it('第二条: officers are seen within the jurisdiction only; expired is read from the date', async () => {
    const zezhou = (await (await t.login('zezhou-sup1')).get('/api/v1/officers?limit=200')).json();
    const names = zezhou.items.map((o: { name: string }) => o.name);
    expect(names).toContain('李建军');
    expect(names).not.toContain('徐鹏');
    const liaison = (await (await t.login('zezhou-liaison')).get('/api/v1/officers?limit=200')).json();
    expect(new Set(liaison.items.map((o: { organisationName: string }) => o.organisationName))).toEqual(
      new Set(['泽州县市场监督管理局']),
    );
    const expired = (await (await t.login('zezhou-sup1')).get('/api/v1/officers?status=expired')).json();
    const expiredNames = expired.items.map((o: { name: string }) => o.name);
    expect(expiredNames).toEqual(expect.arrayContaining(['张伟', '赵磊']));
    // the seized one (刘洋, seeded) shows as seized
    expect(expiredNames).not.toContain('刘洋');
    const seized = (await (await t.login('zezhou-sup1')).get('/api/v1/officers?status=seized')).json();
    expect(seized.items.map((o: { name: string }) => o.name)).toEqual(['刘洋']);
    expect(expired.items.every((o: { certificates: Cert[] }) => o.certificates[0].status === 'expired')).toBe(
      true,
    );
  });

  it('第七条（八）: the organ head seizes a certificate with a reason; it shows as seized at once, publicly too', async () => {
    const head = await t.login('zezhou-head');
    const list = (await head.get(`/api/v1/officers?q=${encodeURIComponent('李建军')}`)).json();
    const cert = officer(list.items[0]);
    expect(cert.actions.seize).toBe(true);
    const noReason = await head.post(`/api/v1/certificates/${cert.id}/actions`, {
      version: cert.version,
      action: 'seize',
      reason: '',
    });
    expect(noReason.statusCode).toBe(400);
    const sup = await t.login('zezhou-sup1');
    expect(
      (
        await sup.post(`/api/v1/certificates/${cert.id}/actions`, {
          version: cert.version,
          action: 'seize',
          reason: '调查',
        })
      ).statusCode,
    ).toBe(403);
    const other = await t.login('gaoping-head');
    expect(
      (
        await other.post(`/api/v1/certificates/${cert.id}/actions`, {
          version: cert.version,
          action: 'seize',
          reason: '调查',
        })
      ).statusCode,
    ).toBe(404);
    const seized = await head.post(`/api/v1/certificates/${cert.id}/actions`, {
      version: cert.version,
      action: 'seize',
      reason: '涉嫌滥用职权，调查期间暂扣',
    });
    expect(seized.statusCode, seized.body).toBe(200);
    expect(seized.json()).toMatchObject({ status: 'seized' });
    const again = await head.post(`/api/v1/certificates/${cert.id}/actions`, {
      version: cert.version + 1,
      action: 'seize',
      reason: '再次',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().article).toBe('art7.1.8');
    const stale = await head.post(`/api/v1/certificates/${cert.id}/actions`, {
      version: cert.version,
      action: 'return',
      reason: '整改',
    });
    expect(stale.statusCode).toBe(409);
    const after = officer((await head.get(`/api/v1/officers/${list.items[0].id}`)).json());
    expect(after.status).toBe('seized');
    expect(after.history).toMatchObject([
      { to: 'seized', reason: '涉嫌滥用职权，调查期间暂扣', article: 'art7.1.8' },
    ]);
    const pub = (await t.anonymous.get(`/api/v1/public/certificates/${cert.number}`)).json();
    expect(pub).toEqual({
      number: cert.number,
      kind: 'enforcement',
      holder: '李建军',
      organisation: '泽州县市场监督管理局',
      issuingAuthority: '山西省人民政府',
      areas: ['市场监管'],
      validFrom: '2021-01-01',
      validUntil: '2029-12-31',
      status: 'seized',
    });
    const back = await head.post(`/api/v1/certificates/${cert.id}/actions`, {
      version: cert.version + 1,
      action: 'return',
      reason: '调查终结，予以发还',
    });
    expect(back.json()).toMatchObject({ status: 'valid' });
    expect((await verifyAuditChain(t.ctx.db)).ok).toBe(true);
  });

  it('the certificate card carries a QR code that opens the public check of that certificate', async () => {
    const sup = await t.login('zezhou-sup1');
    const o = (await sup.get(`/api/v1/officers?q=${encodeURIComponent('李建军')}`)).json().items[0];
    const card = await sup.get(`/api/v1/certificates/${o.certificates[0].id}/card`);
    expect(card.statusCode).toBe(200);
    expect(card.headers['content-type']).toContain('image/svg+xml');
    expect(card.body).toContain('李建军');
    expect(card.body).toContain('行政执法证');
    expect(card.body).toMatch(/<path[^>]+d="M/);
    expect(
      (await (await t.login('gaoping-sup1')).get(`/api/v1/certificates/${o.certificates[0].id}/card`))
        .statusCode,
    ).toBe(404);
  });

  it('the public check answers for a certificate number and nothing else', async () => {
    expect((await t.anonymous.get('/api/v1/public/certificates/NOPE-0000-0000')).statusCode).toBe(404);
    const bad = await t.anonymous.get(`/api/v1/public/certificates/${encodeURIComponent("1' OR '1'='1")}`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields[0].field).toBe('params.number');
  });

  it('第七条第二款: a supervisor without a valid supervision credential cannot take part in a measure', async () => {
    const sup = await t.login('zezhou-sup1');
    const head = await t.login('zezhou-head');
    await t.anonymous.post('/api/v1/public/petitions', {
      kind: 'complaint',
      petitionerName: '钱七',
      agencyId: ids.泽州县交通运输局,
      summary: '扣车超期。',
    });
    const caseId = await caseBySummary(t, '扣车超期');
    const act = async (c: typeof sup, action: Record<string, unknown>) => {
      const v = (await c.get(`/api/v1/cases/${caseId}`)).json().version;
      return c.post(`/api/v1/cases/${caseId}/actions`, { version: v, action });
    };
    expect(
      (
        await act(sup, {
          type: 'draft_filing',
          caseName: '检查时未出示执法证件案',
          proposal: 'file',
          reason: '符合立案条件',
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (await act(head, { type: 'approve_filing', opinion: '同意立案，由杨帆、周杰承办。' })).statusCode,
    ).toBe(200);
    const c = (await sup.get(`/api/v1/cases/${caseId}`)).json();
    await t.ctx.db.query(sql`UPDATE certificates SET valid_until = '2025-12-31'
      WHERE officer_id = (SELECT id FROM officers WHERE user_id = ${ids['zezhou-sup2']})`);
    const res = await sup.post(`/api/v1/cases/${c.id}/actions`, {
      version: c.version,
      action: {
        type: 'record_measure',
        kind: 'consult_files',
        supervisorIds: [ids['zezhou-sup1'], ids['zezhou-sup2']],
        summary: '调取案卷',
      },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().article).toBe('art7.2');
  });
});

describe('第八条（四） qualified agencies', () => {
  it("第八条（四）: the organ head confirms and revokes an agency's qualification; the public list follows", async () => {
    const head = await t.login('zezhou-head');
    const pub = async () =>
      (await t.anonymous.get('/api/v1/public/qualified-agencies?regionCode=140525'))
        .json()
        .items.map((q: { agencyName: string }) => q.agencyName);
    expect(await pub()).toContain('泽州县交通运输局');
    const body = {
      agencyId: ids.泽州县交通运输局,
      legalBasis: '《中华人民共和国道路运输条例》第七条',
      scope: ['交通运输', '道路运输'],
    };
    expect((await (await t.login('zezhou-sup1')).post('/api/v1/qualifications', body)).statusCode).toBe(403);
    const other = await head.post('/api/v1/qualifications', { ...body, agencyId: ids.高平市交通运输局 });
    expect(other.statusCode).toBe(400);
    expect(other.json().article).toBe('art8.1.4');
    const created = await head.post('/api/v1/qualifications', body);
    expect(created.statusCode, created.body).toBe(201);
    const all = (await head.get('/api/v1/qualifications'))
      .json()
      .items.filter((q: { agencyName: string }) => q.agencyName === '泽州县交通运输局');
    // the earlier confirmation ends the day the new one starts; one is current
    expect(all.filter((q: { revokedOn: string | null }) => q.revokedOn === null)).toHaveLength(1);
    expect(all).toHaveLength(2);
    const revoked = await head.post(`/api/v1/qualifications/${created.json().id}/revoke`, {
      reason: '机构改革，职能划转',
    });
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect(
      (await head.post(`/api/v1/qualifications/${created.json().id}/revoke`, { reason: '再次' })).statusCode,
    ).toBe(409);
    expect(await pub()).not.toContain('泽州县交通运输局');
    expect(await pub()).toContain('泽州县市场监督管理局');
    // the public list names agencies, bases and scopes, and nobody
    expect(JSON.stringify((await t.anonymous.get('/api/v1/public/qualified-agencies')).json())).not.toMatch(
      /confirmedBy|userId|吴磊/,
    );
  });

  it('第八条（四）: the organ issues the announcement as a numbered document; sealed, it is public and verifiable', async () => {
    const head = await t.login('zezhou-head');
    expect(
      (await (await t.login('zezhou-sup1')).post('/api/v1/qualifications/announcement')).statusCode,
    ).toBe(403);
    const issued = await head.post('/api/v1/qualifications/announcement');
    expect(issued.statusCode, issued.body).toBe(201);
    expect(issued.json().number).toBe('泽执监公〔2026〕1号');
    const doc = (await head.get(`/api/v1/documents/${issued.json().id}`)).json();
    expect(doc).toMatchObject({
      kind: 'qualification_announcement',
      sealable: true,
      actions: { seal: true },
    });
    const docx = await head.get(`/api/v1/documents/${issued.json().id}/docx`);
    const xml = strFromU8(unzipSync(docx.rawPayload)['word/document.xml']);
    expect(xml).toContain('泽州县市场监督管理局');
    expect(xml).toContain('第八条第（四）项');
    expect(
      (await (await t.login('gaoping-sup1')).get(`/api/v1/documents/${issued.json().id}`)).statusCode,
    ).toBe(404);
    // not public until sealed
    expect((await t.anonymous.get('/api/v1/public/announcements?regionCode=140525')).json().items).toEqual(
      [],
    );
    if (!libreOfficeAvailable()) return;
    expect((await head.post(`/api/v1/documents/${issued.json().id}/seal`)).statusCode).toBe(200);
    const list = (await t.anonymous.get('/api/v1/public/announcements?regionCode=140525')).json().items;
    expect(list).toMatchObject([{ number: '泽执监公〔2026〕1号', government: '泽州县人民政府' }]);
    const pdf = await t.anonymous.get(`/api/v1/public/announcements/${list[0].id}/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(createHash('sha256').update(pdf.rawPayload).digest('hex')).toBe(list[0].sha256);
  });
});
