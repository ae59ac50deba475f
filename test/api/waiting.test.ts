// Work comes to the user: the case page names who it waits for (第九条（一）: the head approves
// what a supervisor drafted; 第九条（三）: the agency reports its handling), exactly the people
// the procedure lets act; the home page groups every task, not only deadlines.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../apps/api/src/db/sql.ts';
import { trackingHash } from '../../apps/api/src/domains/cases/tracking.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { seedEverything } from '../helpers/records.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await seedEverything(t);
});
afterAll(() => t.close());

const caseIn = async (state: string) => {
  const [c] = await t.ctx.db.query<{ id: string }>(
    sql`SELECT id FROM supervision_cases WHERE region_code = '140525' AND state = ${state} ORDER BY case_number LIMIT 1`,
  );
  return c.id;
};

describe('第九条 who the case waits for', () => {
  it('第九条（一）: a drafted filing form waits for the head by name; the drafter cannot approve it', async () => {
    const id = await caseIn('filing_pending');
    const v = (await (await t.login('zezhou-sup1')).get(`/api/v1/cases/${id}`)).json();
    expect(v.allowedActions).toEqual([]);
    expect(v.waiting.map((w: { zh: string }) => w.zh)).toEqual(['待 吴磊 批准立案审批表或退回立案审批表']);
    expect(v.waiting[0].actions).toEqual(['approve_filing', 'return_filing']);
    // and the head is offered exactly what the page says he is waited for
    const head = (await (await t.login('zezhou-head')).get(`/api/v1/cases/${id}`)).json();
    expect(head.allowedActions.map((a: { type: string }) => a.type)).toContain('approve_filing');
  });

  it('第九条（三）: a notice waits for the agency by its name; the agency is not told who among the staff', async () => {
    const notified = await caseIn('notice_issued');
    const staff = (await (await t.login('zezhou-sup1')).get(`/api/v1/cases/${notified}`)).json();
    expect(staff.waiting.some((w: { zh: string }) => /^待 泽州县.+局 报告处理情况/.test(w.zh))).toBe(true);
    const names = (
      await t.ctx.db.query<{ display_name: string }>(sql`
        SELECT u.display_name FROM users u JOIN organisations o ON o.id = u.organisation_id
        WHERE o.name IN ('泽州县司法局', '晋城市司法局')`)
    ).map((u) => u.display_name);
    const liaison = await t.login('zezhou-liaison');
    for (const state of ['under_review', 'executed']) {
      const agency = (await liaison.get(`/api/v1/cases/${await caseIn(state)}`)).json();
      expect(agency.waiting.length, state).toBeGreaterThan(0);
      const said = JSON.stringify(agency.waiting);
      for (const n of names) expect(said).not.toContain(n);
      for (const w of agency.waiting as { actions: string[]; zh: string }[]) {
        for (const a of w.actions) expect(['report_execution', 'apply_review']).toContain(a);
        if (!w.actions.length) expect(w.zh).toMatch(/^待 .+司法局 办理$/);
      }
    }
  });
});

describe('the home page: every task, grouped', () => {
  it('第九条: a petition the public filed today is a task for the supervisors (the badge counts it)', async () => {
    const sup = await t.login('zezhou-sup1');
    const before = (await sup.get('/api/v1/inbox')).json();
    const [agency] = await t.ctx.db.query<{ id: string }>(
      sql`SELECT id FROM organisations WHERE name = '泽州县交通运输局'`,
    );
    const filed = await t.anonymous.post('/api/v1/public/petitions', {
      kind: 'report',
      anonymous: true,
      agencyId: agency.id,
      summary: '执法人员检查时未出示证件。',
    });
    expect(filed.statusCode, filed.body).toBe(201);
    const [{ id }] = await t.ctx.db.query<{ id: string }>(sql`
      SELECT c.id FROM supervision_cases c JOIN petitions p ON p.id = c.petition_id
      WHERE p.tracking_hash = ${trackingHash(filed.json().trackingCode)}`);
    const after = (await sup.get('/api/v1/inbox')).json();
    const total = (b: { counts: Record<string, number> }) =>
      b.counts.overdue + b.counts.dueSoon + b.counts.todo;
    expect(total(after)).toBe(total(before) + 1);
    const task = after.items.find((i: { link: string }) => i.link === `/cases/${id}`);
    expect(task?.task).toMatchObject({ key: 'draft_filing', zh: '填写立案审批表' });
  });
});
