// Official documents through the API: issued by the steps that call for them, numbered per
// organ, kind and year without gaps, sealed with the government's supervision seal, served,
// verified by anyone holding the PDF, cancelled without losing the number, and archived
// (第九条, 第十条, 第十二条).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCheckpointLines } from '../../apps/api/src/audit/checkpoint.ts';
import { loadOrCreateSigningKey } from '../../apps/api/src/audit/signing-key.ts';
import { takeCheckpoint } from '../../apps/api/src/audit/take-checkpoint.ts';
import { verifyAuditChain } from '../../apps/api/src/audit/verify.ts';
import { verifyCheckpoints } from '../../apps/api/src/audit/verify-checkpoints.ts';
import { sql } from '../../apps/api/src/db/sql.ts';
import { verifyArchive } from '../../apps/api/src/documents/archive-manifest.ts';
import { libreOfficeAvailable } from '../../apps/api/src/documents/pdf/converter.ts';
import { issueDocuments } from '../../apps/api/src/domains/documents/issue.ts';
import { type Client, startTestApp, type TestApp } from '../helpers/app.ts';
import { upload } from '../helpers/multipart.ts';
import { NOTICE_FACTS } from '../helpers/notice.ts';
import { caseBySummary } from '../helpers/records.ts';
import { asReplica, rechain } from '../helpers/tamper.ts';

const HAS_PDF = libreOfficeAvailable();
if (!HAS_PDF)
  console.warn('LibreOffice is missing: the PDF, seal, verification and archive tests are skipped');

let t: TestApp;
let ids: Record<string, string>;
let caseId: string;
let anonCase: string;
let anonRegion: string;
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
});
afterAll(() => t.close());

const at = async (day: string) => {
  t.clock.now = new Date(`${day}T02:00:00Z`);
  [sup, head] = await Promise.all([t.login('zezhou-sup1'), t.login('zezhou-head')]);
};
async function step(c: Client, action: Record<string, unknown>, expectStatus = 200) {
  const current = (await c.get(`/api/v1/cases/${caseId}`)).json();
  const res = await c.post(`/api/v1/cases/${caseId}/actions`, { version: current.version, action });
  expect(res.statusCode, `${action.type}: ${res.body}`).toBe(expectStatus);
  return res.json();
}
const docs = async (c: Client = sup) =>
  (await c.get(`/api/v1/cases/${caseId}/documents`)).json().items as {
    id: string;
    kind: string;
    number: string | null;
    sealed: { pdfSha256: string } | null;
    cancelled: { reason: string } | null;
    services: { method: string; receivedOn: string }[];
    actions: { seal: boolean; serve: boolean; cancel: boolean };
  }[];
const doc = async (kind: string) => (await docs()).filter((d) => d.kind === kind && !d.cancelled).at(-1)!;
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

describe('第九条 documents issued by the steps of the procedure', () => {
  it('第九条: a named petitioner gets a receipt; an anonymous report gets none', async () => {
    await at('2024-09-02');
    const anon = await t.anonymous.post('/api/v1/public/petitions', {
      kind: 'report',
      anonymous: true,
      agencyId: ids.泽州县市场监督管理局,
      summary: '匿名举报：执法人员收受好处。',
    });
    expect(anon.statusCode).toBe(201);
    anonCase = await caseBySummary(t, '收受好处');
    [{ region_code: anonRegion }] = await t.ctx.db.query<{ region_code: string }>(
      sql`SELECT region_code FROM supervision_cases WHERE id = ${anonCase}`,
    );
    expect((await sup.get(`/api/v1/cases/${anonCase}/documents`)).json().items).toEqual([]);

    const filed = await t.anonymous.post('/api/v1/public/petitions', {
      kind: 'complaint',
      petitionerName: '张三',
      agencyId: ids.泽州县市场监督管理局,
      summary: '罚款时未告知陈述申辩权利。',
    });
    expect(filed.statusCode).toBe(201);
    caseId = await caseBySummary(t, '未告知陈述');
    const [receipt] = await docs();
    expect(receipt).toMatchObject({ kind: 'petition_receipt', number: null });
  });

  it('第九条（一）: the approved filing form is numbered 泽执监立〔2024〕1号 and downloads as DOCX', async () => {
    await step(sup, {
      type: 'draft_filing',
      caseName: '检查时未出示执法证件案',
      proposal: 'file',
      reason: '符合立案条件',
    });
    expect((await docs()).map((d) => d.kind)).toEqual(['petition_receipt']);
    await step(head, { type: 'approve_filing', opinion: '同意立案，由杨帆、周杰承办。' });
    const form = await doc('filing_approval_form');
    expect(form.number).toBe('泽执监立〔2024〕1号');
    const res = await sup.get(`/api/v1/documents/${form.id}/docx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    expect(res.headers['content-disposition']).toMatch(/^attachment; .*filename\*=UTF-8''/);
    const xml = strFromU8(unzipSync(res.rawPayload)['word/document.xml']);
    expect(xml).toContain('泽执监立〔2024〕1号');
    expect(xml).toContain('同意立案');
    // the same document downloads as the same bytes, its properties dated the issue time
    t.clock.now = new Date(t.clock.now.getTime() + 60_000);
    const again = await sup.get(`/api/v1/documents/${form.id}/docx`);
    expect(Buffer.from(again.rawPayload).equals(Buffer.from(res.rawPayload))).toBe(true);
    expect(strFromU8(unzipSync(res.rawPayload)['docProps/core.xml'])).toContain('2024-09-02T02:00:00Z');
  });

  it('第七条（三）, 第九条（三）: the inquiry record and the numbered notice', async () => {
    await step(sup, {
      type: 'record_measure',
      kind: 'inquiry',
      supervisorIds: [ids['zezhou-sup1'], ids['zezhou-sup2']],
      summary: '询问执法人员李某。',
      place: '泽州县市场监督管理局会议室',
      persons: [{ name: '李某', role: '执法人员' }],
    });
    expect((await doc('inquiry_record')).number).toBeNull();
    await step(sup, {
      type: 'issue_notice',
      ...NOTICE_FACTS,
      findings: ['art13.1.3'],
      deadline: '2024-09-13',
    });
    expect((await doc('supervision_notice')).number).toBe('泽执监通〔2024〕1号');
  });

  it('第二条: the agency sees what is addressed to it; another county sees nothing', async () => {
    const liaison = await t.login('zezhou-liaison');
    const seen = (await liaison.get(`/api/v1/cases/${caseId}/documents`))
      .json()
      .items.map((d: { kind: string }) => d.kind);
    expect(seen).toEqual(['supervision_notice']);
    const form = await doc('filing_approval_form');
    expect((await liaison.get(`/api/v1/documents/${form.id}/docx`)).statusCode).toBe(404);
    const other = await t.login('gaoping-sup1');
    expect((await other.get(`/api/v1/documents/${form.id}`)).statusCode).toBe(404);
    expect((await other.get(`/api/v1/cases/${caseId}/documents`)).statusCode).toBe(404);
  });

  it('第九条: a cancelled number stays recorded as cancelled; the reissue takes the next one', async () => {
    const notice = await doc('supervision_notice');
    expect((await sup.post(`/api/v1/documents/${notice.id}/cancel`, { reason: '笔误' })).statusCode).toBe(
      403,
    );
    const bad = await head.post(`/api/v1/documents/${notice.id}/cancel`, { reason: '' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields[0].field).toBe('reason');
    const res = await head.post(`/api/v1/documents/${notice.id}/cancel`, {
      reason: '期限笔误',
      reissue: true,
    });
    expect(res.statusCode, res.body).toBe(200);
    const all = (await docs()).filter((d) => d.kind === 'supervision_notice');
    expect(all.map((d) => [d.number, Boolean(d.cancelled)])).toEqual([
      ['泽执监通〔2024〕1号', true],
      ['泽执监通〔2024〕2号', false],
    ]);
  });

  it('第十条: numbers have no gaps and no duplicates when 50 are issued at once, and a rolled-back issue gives its number back', async () => {
    // on another case of the same organ, so this one reads as before
    const issue = () =>
      t.ctx.db.tx((tx) =>
        issueDocuments(tx, {
          caseId: anonCase,
          regionCode: anonRegion,
          stepN: null,
          kinds: ['supervision_notice'],
          issuedOn: '2024-09-02',
          issuedAt: t.clock.now,
          issuedBy: null,
        }),
      );
    await expect(
      t.ctx.db.tx(async (tx) => {
        await issueDocuments(tx, {
          caseId: anonCase,
          regionCode: anonRegion,
          stepN: null,
          kinds: ['supervision_notice'],
          issuedOn: '2024-09-02',
          issuedAt: t.clock.now,
          issuedBy: null,
        });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    const issued = (await Promise.all(Array.from({ length: 50 }, issue))).flat();
    const seqs = issued.map((d) => Number(/〔2024〕(\d+)号/.exec(d.number!)![1])).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 50 }, (_, i) => i + 3));
    const [{ n, distinct }] = await t.ctx.db.query<{ n: number; distinct: number }>(sql`
      SELECT count(*)::int AS n, count(DISTINCT number)::int AS distinct FROM documents
      WHERE organ_id = ${ids.泽州县司法局} AND number_code = '通' AND number_year = 2024`);
    expect([n, distinct]).toEqual([52, 52]);
  });

  it('第九条（四）: the approved decision is issued with its number, stating the facts', async () => {
    await at('2024-09-18');
    await step(sup, { type: 'escalate_unhandled' });
    await step(sup, {
      type: 'draft_decision',
      kind: 'order_correction',
      remedy: 'correct',
      grounds: ['art13.1.3'],
      deadline: '2024-12-31',
      statement: '该局于2024年8月对张三罚款2000元，未告知其陈述、申辩的权利。',
    });
    expect((await docs()).some((d) => d.kind === 'supervision_decision')).toBe(false);
    await step(head, { type: 'approve_decision' });
    const decision = await doc('supervision_decision');
    expect(decision.number).toBe('泽执监决〔2024〕1号');
    const xml = strFromU8(
      unzipSync((await sup.get(`/api/v1/documents/${decision.id}/docx`)).rawPayload)['word/document.xml'],
    );
    expect(xml).toContain('未告知其陈述、申辩的权利');
    // 第十条第二款, 第四条第二款: review lies with the 司法局 one level up
    expect(xml).toContain('向晋城市司法局申请复查');
  });

  it('第十条: the decision cannot be served unsealed, nor sealed through the document route', async () => {
    const decision = await doc('supervision_decision');
    const r = await head.post(`/api/v1/documents/${decision.id}/seal`);
    expect(r.statusCode).toBe(409);
    expect(r.json().article).toBe('art10.1');
    // the record is not ready for the step: 409, the state's code (docs/ARCHITECTURE.md)
    const served = await step(
      sup,
      { type: 'serve_decision', servedOn: '2024-09-18', receivedOn: '2024-09-18' },
      409,
    );
    expect(served.article).toBe('art10.1');
  });
});

describe.skipIf(!HAS_PDF)('第十条 the sealed PDF, its service and its verification', () => {
  it('第十条: without a seal on file the decision cannot be sealed; an administrator files one', async () => {
    await t.ctx.db.query(sql`UPDATE seals SET superseded_at = now() WHERE organ_id = ${ids.泽州县司法局}`);
    const r = await step(head, { type: 'seal_decision' }, 422);
    expect(r.article).toBe('art10.1');
    const admin = await t.login('zezhou-admin');
    const notPng = await upload(
      admin,
      `/api/v1/organisations/${ids.泽州县司法局}/seal`,
      'seal.png',
      Buffer.from('%PDF-1.4'),
    );
    expect(notPng.statusCode).toBe(415);
    expect(
      (await upload(sup, `/api/v1/organisations/${ids.泽州县司法局}/seal`, 'seal.png', Buffer.from('x')))
        .statusCode,
    ).toBe(403);
    const png = fs.readFileSync(new URL('../../apps/api/src/seeds/seals/140525.png', import.meta.url));
    const ok = await upload(
      admin,
      `/api/v1/organisations/${ids.泽州县司法局}/seal`,
      '泽州县人民政府行政执法监督专用章.png',
      png,
    );
    expect(ok.statusCode, ok.body).toBe(201);
  });

  it('第十条: sealing stores the PDF and records its SHA-256 in the audit chain', async () => {
    const r = await step(head, { type: 'seal_decision' });
    expect(r.state).toBe('decision_pending');
    const decision = await doc('supervision_decision');
    expect(decision.sealed?.pdfSha256).toMatch(/^[0-9a-f]{64}$/);
    const pdf = await sup.get(`/api/v1/documents/${decision.id}/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(sha(pdf.rawPayload)).toBe(decision.sealed?.pdfSha256);
    const [ev] = await t.ctx.db.query<{ after: { sealed: { pdfSha256: string } } }>(sql`
      SELECT after FROM audit_events WHERE entity_id = ${caseId} AND action = 'case.seal_decision'`);
    expect(ev.after.sealed.pdfSha256).toBe(decision.sealed?.pdfSha256);
    expect((await verifyAuditChain(t.ctx.db)).ok).toBe(true);
  });

  it('第十条: anyone can verify the PDF with its number; a changed file or another number does not match', async () => {
    const decision = await doc('supervision_decision');
    const pdf = (await sup.get(`/api/v1/documents/${decision.id}/pdf`)).rawPayload;
    const verify = (n: string, b: Buffer) =>
      upload(t.anonymous, `/api/v1/public/documents/verify?number=${encodeURIComponent(n)}`, 'd.pdf', b);
    const good = await verify('泽执监决〔2024〕1号', pdf);
    expect(good.json()).toMatchObject({
      match: true,
      number: '泽执监决〔2024〕1号',
      issuer: '泽州县司法局',
      seal: '泽州县人民政府行政执法监督专用章',
      auditEvent: { intact: true },
      signature: { valid: true, signer: '泽州县司法局', organCertificate: true },
    });
    expect((await verify('泽执监决〔2024〕2号', pdf)).json().match).toBe(false);
    const changed = Buffer.from(pdf);
    changed[changed.length - 10] ^= 1;
    expect((await verify('泽执监决〔2024〕1号', changed)).json()).toEqual({
      match: false,
      sha256: sha(changed),
      signature: { valid: false, reason: 'digest_mismatch', organCertificate: false },
    });
  });

  it('第十条第二款: serving records the method and the date of receipt, and issues the 送达回证', async () => {
    // sealed today (2024-09-18): it cannot have been served the day before (第十条)
    const early = await step(
      sup,
      { type: 'serve_decision', servedOn: '2024-09-17', receivedOn: '2024-09-18', method: 'post' },
      422,
    );
    expect(early).toMatchObject({ article: 'art10.1', fields: [{ field: 'action.servedOn' }] });
    await step(sup, {
      type: 'serve_decision',
      servedOn: '2024-09-18',
      receivedOn: '2024-09-18',
      method: 'post',
    });
    const decision = await doc('supervision_decision');
    expect(decision.services).toMatchObject([{ method: 'post', receivedOn: '2024-09-18' }]);
    expect(decision.actions.cancel).toBe(false);
    expect((await head.post(`/api/v1/documents/${decision.id}/cancel`, { reason: '误发' })).statusCode).toBe(
      409,
    );
    expect((await doc('service_receipt')).number).toBeNull();
  });

  it('第九条: the notice is sealed and its service recorded on its own', async () => {
    const notice = await doc('supervision_notice');
    expect(notice.actions.seal).toBe(true);
    const sealed = await head.post(`/api/v1/documents/${notice.id}/seal`);
    expect(sealed.statusCode, sealed.body).toBe(200);
    const future = await sup.post(`/api/v1/documents/${notice.id}/services`, {
      method: 'direct',
      recipient: '泽州县市场监督管理局',
      servedOn: '2024-09-30',
      receivedOn: '2024-09-30',
    });
    expect(future.statusCode).toBe(422);
    expect(future.json().fields[0].field).toBe('servedOn');
    // the same rule as the case step: not before the day the notice was sealed (第十条)
    const beforeSeal = await sup.post(`/api/v1/documents/${notice.id}/services`, {
      method: 'direct',
      recipient: '泽州县市场监督管理局',
      servedOn: '2024-09-03',
      receivedOn: '2024-09-03',
    });
    expect(beforeSeal.statusCode).toBe(422);
    expect(beforeSeal.json()).toMatchObject({ article: 'art10.1', fields: [{ field: 'servedOn' }] });
    const ok = await sup.post(`/api/v1/documents/${notice.id}/services`, {
      method: 'direct',
      recipient: '泽州县市场监督管理局',
      servedOn: '2024-09-18',
      receivedOn: '2024-09-18',
    });
    expect(ok.statusCode, ok.body).toBe(201);
  });

  it('归档: a closed case exports as one archive that re-verifies, and a changed archive does not', async () => {
    const liaison = await t.login('zezhou-liaison');
    await step(liaison, { type: 'report_execution', reportedOn: '2024-09-18' });
    const early = await sup.get(`/api/v1/cases/${caseId}/archive`);
    expect(early.statusCode).toBe(409);
    await step(sup, { type: 'close', note: '已执行' });
    expect((await doc('petition_reply')).number).toBe('泽执监答〔2024〕1号');
    expect((await liaison.get(`/api/v1/cases/${caseId}/archive`)).statusCode).toBe(404);
    // the city above sees the case, but the file names the petitioner: the handling organ exports it
    const city = await (await t.login('city-sup1')).get(`/api/v1/cases/${caseId}/archive`);
    expect(city.statusCode).toBe(403);
    expect(city.json().article).toBeTruthy();
    const res = await sup.get(`/api/v1/cases/${caseId}/archive`);
    expect(res.statusCode).toBe(200);
    const zip = new Uint8Array(res.rawPayload);
    const check = verifyArchive(zip);
    expect(check.problems).toEqual([]);
    expect(check.sealed).toBe(2);
    const files = unzipSync(zip);
    expect(Object.keys(files)).toContain('00-卷内目录.pdf');
    // 第九条（三）（四）: the act supervised travels with the file, as the notice named it
    const manifest = JSON.parse(strFromU8(files['manifest.json']));
    expect(manifest.case.act).toMatchObject(NOTICE_FACTS.act);
    expect(Object.keys(files).some((f) => f.includes('泽执监决〔2024〕1号'))).toBe(true);
    const sealedPath = Object.keys(files).find((f) => f.includes('泽执监决'))!;
    const tampered = { ...files, [sealedPath]: new Uint8Array([...files[sealedPath], 0x20]) };
    const bad = verifyArchive(zipSync(tampered));
    expect(bad.ok).toBe(false);
    expect(bad.problems.join('\n')).toContain(sealedPath);
  });

  it('tamper evidence: a sealed PDF and its recorded hash replaced in the database (chain re-hashed) fail the signature and the checkpoint', async () => {
    const key = loadOrCreateSigningKey(t.ctx.config.keyDir);
    const file = t.ctx.config.checkpointFile;
    await takeCheckpoint(t.ctx.db, key, { now: t.clock.now, reason: 'stop', file });
    const decision = await doc('supervision_decision');
    const genuine = (await sup.get(`/api/v1/documents/${decision.id}/pdf`)).rawPayload;
    // the forgery: the genuine text changed, its hash put in the document row and in the
    // sealing event, and the chain re-hashed from there, with the server stopped
    const forged = Buffer.from(genuine);
    forged[12] ^= 1; // in the header's binary comment: still a PDF, another hash
    expect(sha(forged)).not.toBe(sha(genuine));
    await asReplica(t.ctx.db, async (tx) => {
      await tx.query(
        sql`UPDATE documents SET pdf = ${forged}, pdf_sha256 = ${sha(forged)} WHERE id = ${decision.id}`,
      );
      const [ev] = await tx.query<{ seq: number }>(sql`
        UPDATE audit_events SET after = replace(after::text, ${sha(genuine)}, ${sha(forged)})::jsonb
        WHERE entity_id = ${caseId} AND action = 'case.seal_decision' RETURNING seq::int AS seq`);
      await rechain(tx, ev.seq);
    });
    expect((await verifyAuditChain(t.ctx.db)).ok).toBe(true);
    const verify = (b: Buffer) =>
      upload(
        t.anonymous,
        `/api/v1/public/documents/verify?number=${encodeURIComponent('泽执监决〔2024〕1号')}`,
        'd.pdf',
        b,
      );
    // the public page: the forgery does not match, its signature does not hold
    const f = (await verify(forged)).json();
    expect(f).toMatchObject({ match: false, signature: { valid: false, reason: 'digest_mismatch' } });
    // the genuine file is no longer in the database, but its signature names it the organ's own
    const g = (await verify(genuine)).json();
    expect(g).toMatchObject({ match: false, signature: { valid: true, organCertificate: true } });
    // and the checkpoint taken before catches the re-hashed chain
    const r = await verifyCheckpoints(
      t.ctx.db,
      parseCheckpointLines(fs.readFileSync(file, 'utf8')),
      new Map([[key.keyId, key.publicKey]]),
    );
    expect(r.firstMismatch?.problem).toBe('chain_rewritten');
  });
});
