// 案号 and one search (第九条: every case registered is numbered by its organ; 第二条: each
// reader finds only what lies in its jurisdiction; the agency supervised never finds a
// petition or searches what it may not read).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../apps/api/src/db/sql.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { seedEverything } from '../helpers/records.ts';

let t: TestApp;
let ids: Record<string, string>;
beforeAll(async () => {
  t = await startTestApp();
  await seedEverything(t);
  ids = Object.fromEntries(
    (await t.ctx.db.query<{ k: string; id: string }>(sql`SELECT name AS k, id FROM organisations`)).map(
      (r) => [r.k, r.id],
    ),
  );
});
afterAll(() => t.close());

const numbers = async () =>
  t.ctx.db.query<{ organ_id: string; case_number: string }>(
    sql`SELECT organ_id, case_number FROM supervision_cases ORDER BY organ_id, case_number`,
  );

const seqOf = (n: string) => Number(/〕(\d+)号$/.exec(n)?.[1]);

const search = async (user: string, q: string) => {
  const res = await (await t.login(user)).get(`/api/v1/search?q=${encodeURIComponent(q)}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as {
    cases: { id: string; caseNumber: string; title: string }[];
    documents: { id: string; number: string; caseId: string | null }[];
    petition: { caseId: string; caseNumber: string } | null;
  };
};

describe('第九条 案号: every case numbered by its organ, per year, without gaps', () => {
  it('第九条: the demo cases are numbered 1…n per organ and year, each number once', async () => {
    const rows = await numbers();
    expect(rows.length).toBeGreaterThan(5);
    const groups = new Map<string, number[]>();
    for (const r of rows) {
      expect(r.case_number).toMatch(/^.+执监案〔\d{4}〕\d+号$/);
      const key = `${r.organ_id} ${r.case_number.replace(/\d+号$/, '')}`;
      groups.set(key, [...(groups.get(key) ?? []), seqOf(r.case_number)]);
    }
    for (const seqs of groups.values()) expect(seqs.sort((a, b) => a - b)).toEqual(seqs.map((_, i) => i + 1));
    expect(new Set(rows.map((r) => r.case_number)).size).toBe(rows.length);
  });

  it('第九条: a refused registration takes no number; the next one takes the next', async () => {
    const sup = await t.login('zezhou-sup1');
    const before = (await numbers()).filter((r) => r.case_number.startsWith('泽执监案〔2026〕'));
    const last = Math.max(...before.map((r) => seqOf(r.case_number)));
    const refused = await sup.post('/api/v1/petitions', {
      channel: 'phone',
      kind: 'complaint',
      petitionerName: '赵六',
      agencyId: ids.泽州县司法局,
      summary: '扣车不开单据',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors?.[0]?.field ?? refused.body).toContain('agencyId');
    const ok = await sup.post('/api/v1/petitions', {
      channel: 'phone',
      kind: 'complaint',
      petitionerName: '赵六',
      agencyId: ids.泽州县交通运输局,
      summary: '扣车不开单据',
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().case.caseNumber).toBe(`泽执监案〔2026〕${last + 1}号`);
  });
});

describe('第二条 one search across cases, documents and petitions, in the reader’s jurisdiction', () => {
  it('第二条: a case by its 案号, whole or in part, and a document by its 文号', async () => {
    const [c] = await t.ctx.db.query<{ id: string; case_number: string }>(
      sql`SELECT id, case_number FROM supervision_cases WHERE region_code = '140525' ORDER BY case_number LIMIT 1`,
    );
    expect((await search('zezhou-sup1', c.case_number)).cases.map((x) => x.id)).toEqual([c.id]);
    const part = c.case_number.slice(c.case_number.indexOf('〔'));
    expect((await search('zezhou-sup1', part)).cases.map((x) => x.id)).toContain(c.id);
    // the case list's own search finds it by number too
    const list = (
      await (await t.login('zezhou-sup1')).get(`/api/v1/cases?q=${encodeURIComponent(c.case_number)}`)
    ).json();
    expect(list.items.map((x: { id: string }) => x.id)).toEqual([c.id]);

    const [d] = await t.ctx.db.query<{ id: string; number: string }>(
      sql`SELECT id, number FROM documents WHERE region_code = '140525' AND number IS NOT NULL AND case_id IS NOT NULL LIMIT 1`,
    );
    expect((await search('zezhou-sup1', d.number)).documents.map((x) => x.id)).toEqual([d.id]);
    // another county's staff find neither
    const other = await search('gaoping-sup1', c.case_number);
    expect(other.cases).toEqual([]);
    expect((await search('gaoping-sup1', d.number)).documents).toEqual([]);
  });

  it('第二条: a petition by its tracking code, for the organ handling it only', async () => {
    const filed = await t.anonymous.post('/api/v1/public/petitions', {
      kind: 'complaint',
      petitionerName: '钱七',
      petitionerPhone: '13800000007',
      agencyId: ids.泽州县市场监督管理局,
      summary: '检查时未出示执法证件。',
    });
    expect(filed.statusCode).toBe(201);
    const code = filed.json().trackingCode as string;
    const found = await search('zezhou-sup1', code.toLowerCase());
    expect(found.petition?.caseNumber).toMatch(/^泽执监案〔2026〕\d+号$/);
    expect((await search('gaoping-sup1', code)).petition).toBeNull();
    expect((await search('zezhou-liaison', code)).petition).toBeNull();
  });

  it('第二条: the agency finds its notified cases by number, never by the 案由 or a petition', async () => {
    const [notified] = await t.ctx.db.query<{ case_number: string; title: string }>(sql`
      SELECT c.case_number, c.title FROM supervision_cases c JOIN organisations a ON a.id = c.agency_id
      JOIN users u ON u.organisation_id = a.id AND u.username = 'zezhou-liaison'
      WHERE c.facts->'notice' <> 'null'::jsonb LIMIT 1`);
    expect((await search('zezhou-liaison', notified.case_number)).cases.map((c) => c.caseNumber)).toEqual([
      notified.case_number,
    ]);
    expect((await search('zezhou-liaison', notified.title.slice(0, 6))).cases).toEqual([]);
    const [unnotified] = await t.ctx.db.query<{ case_number: string }>(sql`
      SELECT c.case_number FROM supervision_cases c JOIN users u ON u.organisation_id = c.agency_id
      WHERE u.username = 'zezhou-liaison' AND c.facts->'notice' = 'null'::jsonb LIMIT 1`);
    if (unnotified) expect((await search('zezhou-liaison', unnotified.case_number)).cases).toEqual([]);
  });

  it('a search without words, or too long, is refused naming the field', async () => {
    const sup = await t.login('zezhou-sup1');
    for (const q of ['', '%20', 'x'.repeat(81)]) {
      const res = await sup.get(`/api/v1/search?q=${q}`);
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain('q');
    }
    expect((await t.anonymous.get('/api/v1/search?q=1')).statusCode).toBe(401);
  });
});
