// The national 行政执法监督条例 beside the Jincheng measures: both packs served with their rank,
// validity, sources and completeness; a case shows which law governs it by its registration date.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../apps/api/src/db/sql.ts';
import { docxText } from '../../apps/api/src/documents/pdf/measure.ts';
import { type Client, startTestApp, type TestApp } from '../helpers/app.ts';
import { NOTICE_FACTS } from '../helpers/notice.ts';
import { fileReport } from '../helpers/records.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

/** a report against an agency of Zezhou, filed by the public on `when` (UTC) */
const caseOn = async (when: string) => {
  const { caseId } = await fileReport(t, '140525', { at: new Date(when) });
  const [c] = await t.ctx.db.query<{ id: string; registered_on: string; pack_id: string }>(
    sql`SELECT id, registered_on, pack_id FROM supervision_cases WHERE id = ${caseId}`,
  );
  return c;
};

describe('行政执法监督条例 the regulation page lists both packs', () => {
  it('lists the Jincheng measures and the national regulation with rank, validity and completeness', async () => {
    const list = (await t.anonymous.get('/api/v1/regulation')).json();
    expect(list.items.map((p: { id: string }) => p.id)).toEqual(['jincheng-2021', 'national-2025']);
    const [j, n] = list.items;
    expect(j).toMatchObject({
      rank: { code: 'normative_document', zh: '规范性文件', order: 2 },
      procedural: true,
      completeness: { complete: true, missingArticles: [] },
    });
    expect(n).toMatchObject({
      title: '行政执法监督条例',
      documentNumber: '中华人民共和国国务院令第825号',
      effectiveFrom: '2026-02-01',
      effectiveUntil: null,
      status: { inForce: true },
      rank: { code: 'administrative_regulation', zh: '行政法规', order: 1 },
      procedural: false,
      validityCitation: null,
      completeness: { complete: false, articleCount: 44, partialArticles: [6, 37, 43] },
    });
    expect(n.completeness.missingArticles).toHaveLength(31);
  });

  it('行政执法监督条例第二条、第六条 serves the recovered articles with their text, the missing ones by number only', async () => {
    const n = (await t.anonymous.get('/api/v1/regulation/national-2025')).json();
    expect(n.articles.map((a: { number: number }) => a.number)).toEqual([
      1, 2, 3, 4, 5, 6, 37, 38, 39, 40, 41, 42, 43,
    ]);
    expect(n.notLoaded[0]).toEqual({ number: 7, numberZh: '第七条' });
    expect(n.notLoaded.at(-1)).toEqual({ number: 44, numberZh: '第四十四条' });
    expect(n.notLoaded.some((a: object) => 'text' in a || 'paragraphs' in a)).toBe(false);
    expect(n.provenance.map((s: { code: string }) => s.code)).toEqual(['S1', 'S2', 'S3', 'S4', 'S5']);
    const art2 = n.articles.find((a: { id: string }) => a.id === 'art2');
    expect(art2.uses[0].zh).toContain('监督范围');
    const art6 = n.articles.find((a: { id: string }) => a.id === 'art6');
    expect(art6.paragraphs[1]).toMatchObject({
      text: '设在乡镇（街道）的司法所协',
      partial: { missing: 'tail' },
    });
    // the Jincheng case steps are not presented as uses of the national articles
    const art9 = n.articles.find((a: { id: string }) => a.id === 'art9');
    expect(art9).toBeUndefined();
    expect(
      n.articles.flatMap((a: { uses: { actions: string[] }[] }) => a.uses.flatMap((u) => u.actions)),
    ).toEqual([]);
  });

  it('no basis for applying further can be recorded for the national pack, which carries no procedure', async () => {
    const admin = await t.login('city-admin');
    const r = await admin.post('/api/v1/regulation/national-2025/bases', {
      kind: 'interim',
      reference: '测试',
      regionCodes: ['140500'],
    });
    expect(r.statusCode).toBe(422);
    expect(r.json()).toMatchObject({
      title_en: expect.any(String),
      detail_en: expect.stringContaining('no procedure'),
    });
    const [{ n }] = await t.ctx.db.query<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM pack_bases WHERE pack_id = 'national-2025'`,
    );
    expect(n).toBe(0);
  });
});

describe('行政执法监督条例 which law governs a case, by its registration date', () => {
  it('行政执法监督条例第二条、第六条 a case registered on 2026-02-01 cites the national regulation; its steps still run under Jincheng', async () => {
    const c = await caseOn('2026-02-01T02:00:00Z');
    expect(c).toMatchObject({ registered_on: '2026-02-01', pack_id: 'jincheng-2021' });
    const page = (await (await t.login('zezhou-sup1')).get(`/api/v1/cases/${c.id}`)).json();
    expect(page.pack.id).toBe('jincheng-2021');
    expect(page.law).toMatchObject({
      date: '2026-02-01',
      text: { id: 'national-2025', title: '行政执法监督条例', rank: { zh: '行政法规' }, complete: false },
      procedure: { id: 'jincheng-2021' },
      procedureNotLoaded: { from: 7, to: 36 },
    });
    expect(page.law.cites.map((x: { citation: { zh: string } }) => x.citation.zh)).toEqual([
      '《行政执法监督条例》第二条',
      '《行政执法监督条例》第六条第一款',
    ]);
    expect(page.law.note.zh).toContain('程序条款（第七条至第三十六条）未载入');
    expect(page.law.note.zh).toContain('《晋城市行政执法监督暂行办法》及记录的继续适用依据');
    expect(page.law.note.en).toContain('not loaded');
    // the sentence its documents cite, naming the basis the city recorded (第十九条)
    expect(page.law.documents.zh).toMatch(
      /^根据《行政执法监督条例》第二条、第六条第一款，参照《晋城市行政执法监督暂行办法》（依“.+”继续适用）有关条款的规定$/,
    );
  });

  it('a case registered on 2026-01-31 has no text in force: it cites nothing and runs under Jincheng only by a basis', async () => {
    const c = await caseOn('2026-01-31T02:00:00Z');
    expect(c.registered_on).toBe('2026-01-31');
    const page = (await (await t.login('zezhou-sup1')).get(`/api/v1/cases/${c.id}`)).json();
    expect(page.law).toMatchObject({
      date: '2026-01-31',
      text: null,
      cites: [],
      note: null,
      documents: null,
    });
    expect(page.law.procedure.id).toBe('jincheng-2021');
  });
});

describe('行政执法监督条例 the documents a case issues cite the law that governs it', () => {
  const JINCHENG = '《晋城市行政执法监督暂行办法》';
  const userId = async (username: string) =>
    (await t.ctx.db.query<{ id: string }>(sql`SELECT id FROM users WHERE username = ${username}`))[0].id;
  const step = async (c: Client, id: string, action: Record<string, unknown>) => {
    const { version } = (await c.get(`/api/v1/cases/${id}`)).json();
    const r = await c.post(`/api/v1/cases/${id}/actions`, { version, action });
    expect(r.statusCode, `${action.type}: ${r.body}`).toBe(200);
  };
  /** the text of the case's last document of `kind`, as its DOCX downloads */
  const issued = async (c: Client, id: string, kind: string) => {
    const items = (await c.get(`/api/v1/cases/${id}/documents`)).json().items as {
      id: string;
      kind: string;
    }[];
    const doc = items.filter((d) => d.kind === kind).at(-1);
    expect(doc, kind).toBeTruthy();
    const r = await c.get(`/api/v1/documents/${doc!.id}/docx`);
    expect(r.statusCode).toBe(200);
    return docxText(r.rawPayload).replace(/\s+/g, '');
  };
  /** the case filed, investigated and noticed through the routes, on the app's clock */
  const toNotice = async (id: string, deadline: string) => {
    const [sup, head] = [await t.login('zezhou-sup1'), await t.login('zezhou-head')];
    await step(sup, id, {
      type: 'draft_filing',
      caseName: '检查时未出示执法证件案',
      proposal: 'file',
      reason: '经初步审查，符合立案条件。',
    });
    await step(head, id, { type: 'approve_filing', opinion: '同意立案。' });
    await step(sup, id, {
      type: 'record_measure',
      kind: 'inquiry',
      supervisorIds: [await userId('zezhou-sup1'), await userId('zezhou-sup2')],
      summary: '询问执法人员李某。',
      place: '泽州县市场监督管理局会议室',
      persons: [{ name: '李某', role: '执法人员' }],
    });
    await step(sup, id, { type: 'issue_notice', ...NOTICE_FACTS, findings: ['art13.1.3'], deadline });
    return { sup, head };
  };

  it('行政执法监督条例第二条、第六条第一款 a case registered on 2026-02-01: the filing form, the notice and the decision cite them and refer to the Jincheng articles under the recorded basis', async () => {
    t.clock.now = new Date('2026-11-26T02:00:00Z');
    const c = await caseOn('2026-02-01T02:00:00Z');
    const [basis] = await t.ctx.db.query<{ reference: string }>(
      sql`SELECT reference FROM pack_bases WHERE pack_id = 'jincheng-2021' AND '140500' = ANY(region_codes)`,
    );
    const national = `《行政执法监督条例》第二条、第六条第一款，参照${JINCHENG}（依“${basis.reference}”继续适用）`;
    let { sup, head } = await toNotice(c.id, '2026-12-10');
    expect(await issued(sup, c.id, 'filing_approval_form')).toContain(`办理依据${national}第九条第（一）项`);
    const notice = await issued(sup, c.id, 'supervision_notice');
    expect(notice).toContain(
      `根据${national}第九条第（三）项的规定，请你单位于2026年12月10日前自行纠正或者依法处理`,
    );
    expect(notice).toContain(`违反法定程序（参照${JINCHENG}第十三条第一款第（三）项）`);

    // the notice's deadline passed unhandled; a session does not last the fortnight
    t.clock.now = new Date('2026-12-11T02:00:00Z');
    [sup, head] = [await t.login('zezhou-sup1'), await t.login('zezhou-head')];
    await step(sup, c.id, { type: 'escalate_unhandled' });
    await step(sup, c.id, {
      type: 'draft_decision',
      kind: 'order_correction',
      remedy: 'correct',
      grounds: ['art13.1.3'],
      deadline: '2026-12-31',
      statement: '该局执法人员实施检查时未出示行政执法证件。',
    });
    await step(head, c.id, { type: 'approve_decision' });
    const decision = await issued(sup, c.id, 'supervision_decision');
    expect(decision).toContain(
      `根据${national}第九条第（四）项、第十三条第一款和第十条第一款的规定，本机关决定如下：`,
    );
    expect(decision).toContain(
      `向晋城市司法局申请复查。复查期间，本决定不停止执行（参照${JINCHENG}第十条第二款）。`,
    );
  });

  it('第十九条 a case registered on 2026-01-31 keeps the Jincheng wording: no national article, nothing referred to', async () => {
    t.clock.now = new Date('2026-11-26T02:00:00Z');
    const c = await caseOn('2026-01-31T02:00:00Z');
    const { sup } = await toNotice(c.id, '2026-12-10');
    const form = await issued(sup, c.id, 'filing_approval_form');
    expect(form).not.toContain('办理依据');
    const notice = await issued(sup, c.id, 'supervision_notice');
    expect(notice).toContain(`根据${JINCHENG}第九条第（三）项的规定，请你单位于2026年12月10日前`);
    expect(notice).toContain(`违反法定程序（${JINCHENG}第十三条第一款第（三）项）`);
    expect(notice).not.toMatch(/行政执法监督条例|参照/);
  });
});
