// Attachments: type judged by content, size bounded, stored with their hash, served as
// downloads only to those who may see the case; the petitioner's never to the agency.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../apps/api/src/db/sql.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { multipart, upload } from '../helpers/multipart.ts';

let t: TestApp;
let code: string;
let caseId: string;
beforeAll(async () => {
  t = await startTestApp();
  const [agency] = await t.ctx.db.query<{ id: string }>(
    sql`SELECT id FROM organisations WHERE name = '泽州县市场监督管理局'`,
  );
  code = (
    await t.anonymous.post('/api/v1/public/petitions', {
      kind: 'complaint',
      petitionerName: '王五',
      agencyId: agency.id,
      summary: '附件测试',
    })
  ).json().trackingCode;
  [{ id: caseId }] = await t.ctx.db.query<{ id: string }>(
    sql`SELECT id FROM supervision_cases ORDER BY created_at DESC LIMIT 1`,
  );
});
afterAll(() => t.close());

const PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

describe('第九条 petition attachments', () => {
  it('accepts a PDF by its content, with a safe name and its hash', async () => {
    const res = await upload(
      t.anonymous,
      `/api/v1/public/petitions/${code}/attachments`,
      '../../etc/处罚决定书.pdf',
      PDF,
    );
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      fileName: '处罚决定书.pdf',
      size: PDF.length,
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
  });

  it('refuses what is not what its name says, and executables', async () => {
    const html = await upload(
      t.anonymous,
      `/api/v1/public/petitions/${code}/attachments`,
      'evidence.pdf',
      Buffer.from('<html><script>alert(1)</script>'),
    );
    expect(html.statusCode).toBe(415);
    expect(html.json().fields[0].field).toBe('file');
    const exe = await upload(
      t.anonymous,
      `/api/v1/public/petitions/${code}/attachments`,
      'photo.jpg',
      Buffer.from('MZ\x90\x00\x03'),
    );
    expect(exe.statusCode).toBe(415);
  });

  it('refuses an oversized file with 413, and writes nothing', async () => {
    const [{ n: before }] = await t.ctx.db.query<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM attachments`,
    );
    const big = Buffer.concat([PDF, Buffer.alloc(11 * 1024 * 1024, 0x20)]);
    const res = await upload(t.anonymous, `/api/v1/public/petitions/${code}/attachments`, 'big.pdf', big);
    expect(res.statusCode).toBe(413);
    const [{ n: after }] = await t.ctx.db.query<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM attachments`,
    );
    expect(after).toBe(before);
  });

  it('refuses JSON where a file is expected', async () => {
    const res = await t.anonymous.post(`/api/v1/public/petitions/${code}/attachments`, { file: 'x' });
    expect(res.statusCode).toBe(415);
  });

  it('serves staff a download, never inline; hides the petitioner’s files from the agency', async () => {
    const sup = await t.login('zezhou-sup1');
    const ev = await upload(
      sup,
      `/api/v1/cases/${caseId}/attachments`,
      '现场照片.png',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]),
    );
    expect(ev.statusCode).toBe(201);
    const list = (await sup.get(`/api/v1/cases/${caseId}/attachments`)).json().items;
    expect(list.map((a: { source: string }) => a.source)).toEqual(['petitioner', 'staff']);
    const dl = await sup.get(`/api/v1/cases/${caseId}/attachments/${list[0].id}`);
    expect(dl.statusCode).toBe(200);
    expect(dl.headers['content-type']).toBe('application/pdf');
    expect(dl.headers['content-disposition']).toMatch(/^attachment;/);
    expect(dl.rawPayload.equals(PDF)).toBe(true);
    // another county does not see the case at all
    const gp = await t.login('gaoping-sup1');
    expect((await gp.get(`/api/v1/cases/${caseId}/attachments/${list[0].id}`)).statusCode).toBe(404);
    expect((await upload(gp, `/api/v1/cases/${caseId}/attachments`, 'x.pdf', PDF)).statusCode).toBe(404);
  });

  it('第九条: what the petitioner hands in when staff register the petition is the petitioner’s, never the agency’s to see', async () => {
    const [agency] = await t.ctx.db.query<{ id: string }>(
      sql`SELECT id FROM organisations WHERE name = '泽州县市场监督管理局'`,
    );
    const sup = await t.login('zezhou-sup1');
    const reg = await sup.post('/api/v1/petitions', {
      channel: 'paper',
      kind: 'complaint',
      petitionerName: '孙七',
      agencyId: agency.id,
      summary: '来信附处罚决定书复印件',
    });
    expect(reg.statusCode, reg.body).toBe(201);
    const staffCase = reg.json().caseId as string;
    const res = await upload(sup, `/api/v1/cases/${staffCase}/petition-attachments`, '来信.pdf', PDF);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ source: 'petitioner', fileName: '来信.pdf' });
    const liaison = await t.login('zezhou-liaison');
    const seen = await liaison.get(`/api/v1/cases/${staffCase}/attachments`);
    expect(seen.body).not.toContain('来信');
    // the agency does not find a petition not yet addressed to it, nor does another county
    expect(
      (await upload(liaison, `/api/v1/cases/${staffCase}/petition-attachments`, 'x.pdf', PDF)).statusCode,
    ).toBe(404);
    const gp = await t.login('gaoping-sup1');
    expect(
      (await upload(gp, `/api/v1/cases/${staffCase}/petition-attachments`, 'x.pdf', PDF)).statusCode,
    ).toBe(404);
  });

  it('第九条: the public attaches only to its own fresh petition — five files at most, within 24 hours', async () => {
    const [agency] = await t.ctx.db.query<{ id: string }>(
      sql`SELECT id FROM organisations WHERE name = '泽州县市场监督管理局'`,
    );
    const fresh = (
      await t.anonymous.post('/api/v1/public/petitions', {
        kind: 'complaint',
        petitionerName: '周八',
        agencyId: agency.id,
        summary: '附件上限测试',
      })
    ).json().trackingCode as string;
    const to = `/api/v1/public/petitions/${fresh}/attachments`;
    // one petitioner at home, apart from the uploads above (ten a minute per address)
    const fromHome = (url: string, name: string) =>
      t.anonymous.request({ method: 'POST', url, remoteAddress: '198.51.100.9', ...multipart(name, PDF) });
    for (let i = 1; i <= 5; i++) expect((await fromHome(to, `${i}.pdf`)).statusCode).toBe(201);
    const sixth = await fromHome(to, '6.pdf');
    expect(sixth.statusCode).toBe(409);
    expect(sixth.json().fields[0].field).toBe('file');
    // a code that is no petition's finds nothing
    expect(
      (await fromHome('/api/v1/public/petitions/ZZZZ-ZZZZ-ZZZZ-ZZZ9/attachments', 'x.pdf')).statusCode,
    ).toBe(404);
    // a day later the code adds nothing more
    const saved = t.clock.now;
    t.clock.now = new Date(saved.getTime() + 25 * 3600_000);
    const late = await fromHome(`/api/v1/public/petitions/${code}/attachments`, 'late.pdf');
    t.clock.now = saved;
    expect(late.statusCode).toBe(409);
    expect(late.json().fields[0].field).toBe('code');
  });
});
