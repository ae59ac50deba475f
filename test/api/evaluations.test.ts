// Case-file evaluation through the API (案卷评查, 第八条（一）): setting up a campaign, the
// reproducible draw, reviewers never from the file's own agency, independent scoring, the
// lead's reconciliation, the published results notice and a case opened from a failing file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../apps/api/src/audit/verify.ts';
import { sql } from '../../apps/api/src/db/sql.ts';
import { seedDemoActs } from '../../apps/api/src/seeds/demo-acts.ts';
import { type Client, startTestApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
let ids: Record<string, string>;
const c: Record<string, Client> = {};
beforeAll(async () => {
  t = await startTestApp();
  ids = Object.fromEntries(
    [
      ...(await t.ctx.db.query<{ k: string; id: string }>(sql`SELECT name AS k, id FROM organisations`)),
      ...(await t.ctx.db.query<{ k: string; id: string }>(sql`SELECT username AS k, id FROM users`)),
    ].map((r) => [r.k, r.id]),
  );
  // the acts to draw from: the demo's two months of reports, warnings and all
  await seedDemoActs(t.ctx.db, t.clock.now);
  for (const u of ['zezhou-sup1', 'zezhou-sup2', 'zezhou-head', 'zezhou-liaison', 'gaoping-sup1'])
    c[u] = await t.login(u);
});
afterAll(() => t.close());

const campaigns = async () =>
  (await t.ctx.db.query<{ n: number }>(sql`SELECT count(*)::int AS n FROM evaluation_campaigns`))[0].n;
const setup = (over: Record<string, unknown> = {}) => ({
  title: '2026年度行政处罚案卷评查',
  periodFrom: '2026-01-01',
  periodTo: '2026-11-25',
  agencyIds: [ids.泽州县市场监督管理局],
  filesPerAgency: 4,
  reviewersPerFile: 2,
  reviewerIds: [ids['zezhou-sup2'], ids['zezhou-head'], ids['zezhou-liaison']],
  ...over,
});

let campaignId: string;
let files: { id: string; caseNumber: string; prescore: { deductions: Record<string, number> } }[];

describe('第八条（一） case-file evaluation', () => {
  it('第八条（一）: bad set-ups are refused naming the field, and nothing is written', async () => {
    const before = await campaigns();
    const cases: [Record<string, unknown>, number, string][] = [
      [{ periodTo: '2025-12-31' }, 400, 'periodTo'],
      [{ periodTo: '2026-12-31' }, 400, 'periodTo'],
      [{ agencyIds: [ids.高平市交通运输局] }, 400, 'agencyIds.0'],
      [{ reviewerIds: [ids['gaoping-sup1']] }, 400, 'reviewerIds.0'],
      [{ filesPerAgency: 0 }, 400, 'filesPerAgency'],
    ];
    for (const [over, status, field] of cases) {
      const res = await c['zezhou-sup1'].post('/api/v1/evaluations', setup(over));
      expect(res.statusCode, JSON.stringify(over)).toBe(status);
      expect(res.json().fields.map((f: { field: string }) => f.field)).toContain(field);
    }
    const rubric = {
      passMark: 60,
      chapters: [
        { code: 'S', name: '执法主体', points: 90, items: [{ code: 'S1', text: '主体不适格', points: 10 }] },
      ],
    };
    const r = await c['zezhou-sup1'].post('/api/v1/evaluations', setup({ rubric }));
    expect(r.statusCode).toBe(422);
    expect(r.json()).toMatchObject({ article: 'art8.1.1' });
    const cited = await c['zezhou-sup1'].post(
      '/api/v1/evaluations',
      setup({
        rubric: {
          passMark: 60,
          chapters: [
            {
              code: 'S',
              name: '执法主体',
              points: 100,
              items: [{ code: 'S1', text: '主体', points: 10, article: 'art99.9' }],
            },
          ],
        },
      }),
    );
    expect(cited.statusCode).toBe(400);
    expect(cited.json().fields[0].field).toBe('rubric.chapters.0.items.0.article');
    expect(await campaigns()).toBe(before);
  });

  it("第八条（一）: a campaign may edit the rubric; the edited one is the campaign's own", async () => {
    const { rubric } = (await c['zezhou-sup1'].get('/api/v1/evaluations/candidates')).json();
    rubric.passMark = 70;
    rubric.chapters[6].items.push({ code: 'A3', text: '电子档案未同步归档', points: 2 });
    const input = {
      passMark: rubric.passMark,
      chapters: rubric.chapters.map((ch: { items: { articleText?: unknown }[] }) => ({
        ...ch,
        items: ch.items.map(({ articleText: _, ...i }) => i),
      })),
    };
    const made = await c['zezhou-sup1'].post(
      '/api/v1/evaluations',
      setup({ title: '自定义标准评查', rubric: input }),
    );
    expect(made.statusCode).toBe(201);
    const d = (await c['zezhou-sup1'].get(`/api/v1/evaluations/${made.json().id}`)).json();
    expect(d.rubric.passMark).toBe(70);
    expect(d.rubric.chapters[6].items.map((i: { code: string }) => i.code)).toContain('A3');
  });

  it('第八条（一）: only the organ sets up an evaluation; a liaison may not', async () => {
    const res = await c['zezhou-liaison'].post('/api/v1/evaluations', setup());
    expect(res.statusCode).toBe(403);
    expect(res.json().article).toBe('art8.1.1');
  });

  it('第八条（一）: the draw is recorded with its seed, reviewers never score their own agency, and it can be redone', async () => {
    const made = await c['zezhou-sup1'].post('/api/v1/evaluations', setup());
    expect(made.statusCode).toBe(201);
    campaignId = made.json().id;
    const drawn = await c['zezhou-sup1'].post(`/api/v1/evaluations/${campaignId}/draw`, {
      version: 1,
      seed: 'test-seed-0001',
    });
    expect(drawn.statusCode).toBe(200);
    expect(drawn.json()).toMatchObject({ state: 'scoring', seed: 'test-seed-0001', files: 4 });

    const detail = (await c['zezhou-sup1'].get(`/api/v1/evaluations/${campaignId}`)).json();
    files = detail.files;
    expect(files).toHaveLength(4);
    for (const f of detail.files) {
      expect(f.sheets).toHaveLength(2);
      // 回避: the agency's own liaison reviews none of its files
      expect(f.sheets.map((s: { reviewerId: string }) => s.reviewerId)).not.toContain(ids['zezhou-liaison']);
    }
    const verify = (await c['zezhou-sup1'].get(`/api/v1/evaluations/${campaignId}/draw/verify`)).json();
    expect(verify).toMatchObject({ matches: true, recorded: 4, algorithm: 'fnv1a-mulberry32-v1' });

    const again = await c['zezhou-sup1'].post(`/api/v1/evaluations/${campaignId}/draw`, { version: 2 });
    expect(again.statusCode).toBe(409);
  });

  it('第八条（一）: the warnings already raised on a drawn act pre-score it', async () => {
    const warned = await t.ctx.db.query<{ case_number: string; rule: string }>(sql`
      SELECT a.case_number, w.rule FROM evaluation_files f JOIN enforcement_acts a ON a.id = f.act_id
      JOIN warnings w ON w.act_id = a.id AND w.state <> 'dismissed' WHERE f.campaign_id = ${campaignId}`);
    for (const w of warned) {
      const f = files.find((x) => x.caseNumber === w.case_number)!;
      expect(Object.keys(f.prescore.deductions).length).toBeGreaterThan(0);
    }
  });

  it('第二条: another county cannot see the evaluation (404), nor its files', async () => {
    expect((await c['gaoping-sup1'].get(`/api/v1/evaluations/${campaignId}`)).statusCode).toBe(404);
    expect((await c['gaoping-sup1'].get(`/api/v1/evaluation-files/${files[0].id}`)).statusCode).toBe(404);
  });

  it('第八条（一）: only an assigned reviewer scores, within the rubric; a refused sheet changes nothing', async () => {
    const notMine = await c['zezhou-liaison'].put(`/api/v1/evaluation-files/${files[0].id}/sheet`, {
      deductions: {},
    });
    expect(notMine.statusCode).toBe(403);
    expect(notMine.json().article).toBe('art8.1.1');
    const over = await c['zezhou-sup2'].put(`/api/v1/evaluation-files/${files[0].id}/sheet`, {
      deductions: { P1: 9 },
    });
    expect(over.statusCode).toBe(400);
    expect(over.json().fields[0].field).toBe('deductions.P1');
    const [{ n }] = await t.ctx.db.query<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM evaluation_sheets WHERE submitted_at IS NOT NULL`,
    );
    expect(n).toBe(0);
  });

  it('第八条（一）: two close sheets settle a file; far apart the lead reconciles; the head publishes the notice', async () => {
    const score = async (
      fileId: string,
      deductions: Record<string, number>,
      other: Record<string, number>,
    ) => {
      const f = (await c['zezhou-sup1'].get(`/api/v1/evaluation-files/${fileId}`)).json();
      const [a, b] = f.file.sheets.map((s: { reviewerId: string }) => s.reviewerId);
      const who = (id: string) => c[Object.keys(ids).find((k) => ids[k] === id)!];
      expect((await who(a).put(`/api/v1/evaluation-files/${fileId}/sheet`, { deductions })).statusCode).toBe(
        200,
      );
      expect(
        (await who(b).put(`/api/v1/evaluation-files/${fileId}/sheet`, { deductions: other })).statusCode,
      ).toBe(200);
    };
    await score(files[0].id, {}, { D2: 2 });
    // a failing file: both reviewers agree it lacks a legal basis, facts and evidence
    await score(files[1].id, { L1: 15, F1: 10, F2: 8, P1: 8 }, { L1: 15, F1: 10, F2: 10, P1: 8 });
    // far apart
    await score(files[2].id, { P2: 7, X1: 6 }, {});
    await score(files[3].id, { A2: 1 }, { A2: 1 });

    const early = await c['zezhou-head'].post(`/api/v1/evaluations/${campaignId}/publish`, { version: 2 });
    expect(early.statusCode).toBe(409);
    expect(early.json().detail).toContain('1份');

    const close = await c['zezhou-sup1'].post(`/api/v1/evaluation-files/${files[0].id}/settle`, {
      deductions: {},
      reason: '无须合议',
    });
    expect(close.statusCode).toBe(409);
    const settled = await c['zezhou-sup1'].post(`/api/v1/evaluation-files/${files[2].id}/settle`, {
      deductions: { P2: 7 },
      reason: '经合议，期限超期属实，裁量基准已适用',
    });
    expect(settled.statusCode).toBe(200);

    expect(
      (await c['zezhou-sup1'].post(`/api/v1/evaluations/${campaignId}/publish`, { version: 2 })).statusCode,
    ).toBe(403);
    const published = await c['zezhou-head'].post(`/api/v1/evaluations/${campaignId}/publish`, {
      version: 2,
    });
    expect(published.statusCode).toBe(200);
    expect(published.json().number).toMatch(/评〔2026〕1号$/);

    const d = (await c['zezhou-head'].get(`/api/v1/evaluations/${campaignId}`)).json();
    expect(d.state).toBe('published');
    const byId = new Map(d.files.map((f: { id: string }) => [f.id, f]));
    expect(byId.get(files[0].id)).toMatchObject({ score: 99, grade: 'excellent' });
    expect(byId.get(files[1].id)).toMatchObject({ score: 58, grade: 'fail' });
    expect(byId.get(files[2].id)).toMatchObject({ score: 93, settledReason: expect.any(String) });
    expect(d.summary).toMatchObject({ files: 4, final: 4, failing: 1 });
    expect(d.summary.agencies[0]).toMatchObject({ name: '泽州县市场监督管理局', rank: 1, files: 4 });
    expect(d.summary.problems[0].files).toBeGreaterThanOrEqual(1);
  });

  it('第八条（一）: a failing file becomes a supervision case in one action, once', async () => {
    const passing = await c['zezhou-sup1'].post(`/api/v1/evaluation-files/${files[0].id}/case`);
    expect(passing.statusCode).toBe(409);
    const made = await c['zezhou-sup1'].post(`/api/v1/evaluation-files/${files[1].id}/case`);
    expect(made.statusCode).toBe(201);
    const kase = (await c['zezhou-sup1'].get(`/api/v1/cases/${made.json().caseId}`)).json();
    expect(kase.source).toBe('evaluation');
    expect((await c['zezhou-sup1'].post(`/api/v1/evaluation-files/${files[1].id}/case`)).statusCode).toBe(
      409,
    );
  });

  it('第八条（一）: once published, the agency sees its own files and the results', async () => {
    const d = (await c['zezhou-liaison'].get(`/api/v1/evaluations/${campaignId}`)).json();
    expect(d.files).toHaveLength(4);
    expect(d.summary.failing).toBe(1);
    expect(d.reviewers).toEqual([]);
    expect((await c['zezhou-liaison'].get(`/api/v1/evaluation-files/${files[1].id}`)).statusCode).toBe(200);
  });

  it('every step is in the audit chain', async () => {
    const actions = (
      await t.ctx.db.query<{ action: string }>(
        sql`SELECT action FROM audit_events WHERE action LIKE 'evaluation.%' ORDER BY seq`,
      )
    ).map((a) => a.action);
    expect(actions.filter((a) => a === 'evaluation.score')).toHaveLength(8);
    expect(actions).toEqual(
      expect.arrayContaining([
        'evaluation.create',
        'evaluation.draw',
        'evaluation.settle',
        'evaluation.publish',
        'evaluation.to_case',
      ]),
    );
    expect((await verifyAuditChain(t.ctx.db)).ok).toBe(true);
  });
});
