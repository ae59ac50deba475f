// 第九条第（一）项: the head approves the 立案审批表 having seen it — the drafted form previewed
// (marked 草稿, without a number, none drawn), the drafter's reason — and in words of his or her
// own, printed on the issued form with the head's name and day.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../apps/api/src/db/sql.ts';
import { libreOfficeAvailable } from '../../apps/api/src/documents/pdf/converter.ts';
import { seedDemoCases } from '../../apps/api/src/seeds/demo-cases.ts';
import { type Client, startTestApp, type TestApp } from '../helpers/app.ts';
import { NOTICE_FACTS } from '../helpers/notice.ts';
import { caseBySummary } from '../helpers/records.ts';

const HAS_PDF = libreOfficeAvailable() && fs.existsSync('/usr/bin/pdftotext');
if (!HAS_PDF) console.warn('LibreOffice or poppler is missing: the filing approval tests are skipped');

const OPINION = '同意立案，由杨帆、周杰承办。';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiandu-approval-test-'));
let t: TestApp;
let sup: Client;
let head: Client;
let caseId: string;
let agencyId: string;

beforeAll(async () => {
  t = await startTestApp({ now: new Date('2024-09-02T02:00:00Z') });
  [sup, head] = await Promise.all([t.login('zezhou-sup1'), t.login('zezhou-head')]);
  [{ id: agencyId }] = await t.ctx.db.query<{ id: string }>(
    sql`SELECT id FROM organisations WHERE name = '泽州县市场监督管理局'`,
  );
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** the PDF's text, without the spaces pdftotext puts between Chinese and digits */
function pdfText(pdf: Uint8Array): string {
  const file = path.join(dir, 'doc.pdf');
  fs.writeFileSync(file, pdf);
  return execFileSync('/usr/bin/pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(
    /\s+/g,
    '',
  );
}
const version = async () => (await sup.get(`/api/v1/cases/${caseId}`)).json().version as number;
const act = async (c: Client, action: Record<string, unknown>) =>
  c.post(`/api/v1/cases/${caseId}/actions`, { version: await version(), action });
const preview = (c: Client, kind: string, action?: object) =>
  c.get(
    `/api/v1/cases/${caseId}/documents/preview?kind=${kind}${action ? `&action=${encodeURIComponent(JSON.stringify(action))}` : ''}`,
  );
/** what an approval or a preview could change: the case, its documents, numbers and audit trail */
const footprint = async () =>
  (
    await t.ctx.db.query(sql`SELECT
      (SELECT version FROM supervision_cases WHERE id = ${caseId}) AS version,
      (SELECT count(*)::int FROM documents) AS documents,
      (SELECT coalesce(sum(last_n), 0)::int FROM document_sequences) AS numbers,
      (SELECT count(*)::int FROM audit_events) AS events`)
  )[0];

describe.skipIf(!HAS_PDF)('第九条第（一）项 the head approves the filing form having seen it', () => {
  it('第九条第（一）项: the supervisor drafts the form with the reason', async () => {
    const filed = await t.anonymous.post('/api/v1/public/petitions', {
      kind: 'complaint',
      petitionerName: '张三',
      agencyId,
      summary: '检查时执法人员未出示执法证件。',
    });
    expect(filed.statusCode).toBe(201);
    caseId = await caseBySummary(t, '未出示执法证件');
    const r = await act(sup, {
      type: 'draft_filing',
      caseName: '泽州县市场监督管理局检查时未出示执法证件案',
      proposal: 'file',
      reason: '反映执法程序违法，属于本机关监督范围',
    });
    expect(r.statusCode, r.body).toBe(200);
  });

  it('第九条第（一）项: the head’s opinion is required — refused naming the field, nothing changes', async () => {
    const before = await footprint();
    const blank = await act(head, { type: 'approve_filing', opinion: '   ' });
    expect(blank.statusCode).toBe(422);
    expect(blank.json()).toMatchObject({ article: 'art9.1.1', fields: [{ field: 'action.opinion' }] });
    const missing = await act(head, { type: 'approve_filing' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().fields.map((f: { field: string }) => f.field)).toContain('action.opinion');
    const long = await act(head, { type: 'approve_filing', opinion: '同'.repeat(501) });
    expect(long.statusCode).toBe(400);
    expect(long.json().fields.map((f: { field: string }) => f.field)).toContain('action.opinion');
    expect(await footprint()).toEqual(before);
  });

  it('预览: the drafted form as PDF, marked 草稿, without a number, drawing none and writing nothing', async () => {
    const before = await footprint();
    const res = await preview(head, 'filing_approval_form');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    // shown in the approval dialog's frame, not saved
    expect(res.headers['content-disposition']).toMatch(/^inline/);
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'self'");
    const text = pdfText(res.rawPayload);
    expect(text).toContain('草稿');
    expect(text).toContain('反映执法程序违法，属于本机关监督范围，拟立案调查。');
    expect(text).toContain('泽执监立〔2024〕号');
    expect(text).not.toMatch(/〔2024〕\d+号/);
    expect(text).not.toContain('同意立案');
    expect(await footprint()).toEqual(before);
  });

  it('预览, 第二条: another county and the agency do not find it; the city sees the petitioner masked', async () => {
    const other = await t.login('gaoping-sup1');
    expect((await preview(other, 'filing_approval_form')).statusCode).toBe(404);
    // the agency does not yet see a case filed against it, let alone the draft
    expect((await preview(await t.login('zezhou-liaison'), 'filing_approval_form')).statusCode).toBe(404);
    const city = pdfText((await preview(await t.login('city-sup1'), 'filing_approval_form')).rawPayload);
    expect(city).toContain('张**');
    expect(city).not.toContain('张三');
    // a document the draft does not lead to is refused, naming the field
    const notice = await preview(head, 'supervision_notice');
    expect(notice.statusCode).toBe(409);
    expect(notice.json().fields[0].field).toBe('kind');
  });

  it('第九条第（一）项: the head’s opinion is printed on the issued form, which takes the first number', async () => {
    const r = await act(head, { type: 'approve_filing', opinion: OPINION });
    expect(r.statusCode, r.body).toBe(200);
    const c = (await sup.get(`/api/v1/cases/${caseId}`)).json();
    expect(c.facts.filing.approval).toMatchObject({ opinion: OPINION, on: '2024-09-02' });
    const docs = (await sup.get(`/api/v1/cases/${caseId}/documents`)).json().items;
    const form = docs.find((d: { kind: string }) => d.kind === 'filing_approval_form');
    // the previews drew no number: the form issued is the first of the year
    expect(form.number).toBe('泽执监立〔2024〕1号');
    const text = pdfText((await sup.get(`/api/v1/documents/${form.id}/pdf`)).rawPayload);
    expect(text).toContain(OPINION);
    expect(text).toContain('签名：吴磊2024年9月2日');
    expect(text).not.toContain('草稿');
    // the approval and its opinion are in the audit trail, written with the step
    const [event] = await t.ctx.db.query<{ after: { action: { opinion: string }; documents: unknown[] } }>(
      sql`SELECT after FROM audit_events WHERE entity_id = ${caseId} AND action = 'case.approve_filing'`,
    );
    expect(event.after.action.opinion).toBe(OPINION);
    expect(event.after.documents).toHaveLength(1);
  });

  it('预览: a notice as its dialog holds it, before issue; issued, it takes the number the preview left; the agency previews nothing', async () => {
    const people = (await sup.get(`/api/v1/cases/${caseId}/supervisors`)).json().items as { id: string }[];
    const m = await act(sup, {
      type: 'record_measure',
      kind: 'inquiry',
      supervisorIds: people.slice(0, 2).map((p) => p.id),
      summary: '询问执法人员。',
      place: '泽州县市场监督管理局会议室',
      persons: [{ name: '李某', role: '执法人员' }],
    });
    expect(m.statusCode, m.body).toBe(200);
    const notice = { type: 'issue_notice', ...NOTICE_FACTS, findings: ['art13.1.3'], deadline: '2024-09-20' };
    const before = await footprint();
    const res = await preview(sup, 'supervision_notice', notice);
    expect(res.statusCode, res.body).toBe(200);
    const text = pdfText(res.rawPayload);
    expect(text).toContain('草稿');
    expect(text).toContain('泽执监通〔2024〕号');
    expect(text).toContain('2024年9月20日');
    expect(await footprint()).toEqual(before);
    // the step's input is checked as the step's own, naming the field
    const bad = await preview(sup, 'supervision_notice', {
      type: 'issue_notice',
      ...NOTICE_FACTS,
      findings: ['art13.1.3'],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields[0].field).toBe('query.action.deadline');
    const issued = await act(sup, notice);
    expect(issued.statusCode, issued.body).toBe(200);
    const docs = (await sup.get(`/api/v1/cases/${caseId}/documents`)).json().items;
    expect(docs.find((d: { kind: string }) => d.kind === 'supervision_notice').number).toBe(
      '泽执监通〔2024〕1号',
    );
    // the agency, now addressed, reads the notice issued but previews nothing of the organ's drafts
    const refused = await preview(await t.login('zezhou-liaison'), 'filing_approval_form');
    expect(refused.statusCode).toBe(403);
    expect(refused.body).not.toContain('张三');
  });

  it('预览, 第九条第（四）项: the decision as the supervisor drafts it, naming the act the notice named, before it goes to the head', async () => {
    // the demo's city case waits for its decision (第九条（四）: the notice went unhandled)
    const NOW = new Date('2026-11-26T02:00:00Z');
    const demo = await startTestApp({ now: NOW });
    await seedDemoCases(demo.ctx.db, NOW);
    const city = await demo.login('city-sup1');
    const id = await caseBySummary(demo, '强制拆除广告牌');
    const draft = {
      type: 'draft_decision',
      kind: 'order_correction',
      remedy: 'correct',
      grounds: ['art13.1.3'],
      deadline: '2026-12-31',
      statement: '该局作出强制拆除决定前未书面催告当事人履行义务。',
    };
    const before = (await city.get(`/api/v1/cases/${id}`)).json().version;
    const res = await city.get(
      `/api/v1/cases/${id}/documents/preview?kind=supervision_decision&action=${encodeURIComponent(JSON.stringify(draft))}`,
    );
    expect(res.statusCode, res.body).toBe(200);
    const text = pdfText(res.rawPayload);
    expect(text).toContain('草稿');
    expect(text).toContain('晋城市立新广告有限公司作出强制拆除决定并实施强制拆除（晋城管强拆〔2026〕9号）');
    expect(text).toContain('该局作出强制拆除决定前未书面催告当事人履行义务。');
    expect(text).toContain('责令你单位于2026年12月31日前对上述行政执法行为予以改正');
    expect((await city.get(`/api/v1/cases/${id}`)).json().version).toBe(before);
    await demo.close();
  });
});
