// 第二条: the case list's total is the number of cases in the user's jurisdiction that match,
// whether it is summed from the rollup the writing transaction keeps (migration 0016) or
// counted; and the rollup is, after every kind of write, exactly the count of the cases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorByUsername } from '../../apps/api/src/access/load-actor.ts';
import { sql } from '../../apps/api/src/db/sql.ts';
import { listCases } from '../../apps/api/src/domains/cases/queries.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { seedEverything } from '../helpers/records.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await seedEverything(t);
});
afterAll(() => t.close());

const recount = () =>
  t.ctx.db.query<{ region_code: string; state: string; source: string; n: number }>(sql`
    SELECT region_code, state, source, count(*)::int AS n FROM supervision_cases GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`);
const rollup = () =>
  t.ctx.db.query<{ region_code: string; state: string; source: string; n: number }>(sql`
    SELECT region_code, state, source, n FROM case_totals WHERE n > 0 ORDER BY 1, 2, 3`);

describe('第二条 the case list totals what the jurisdiction holds', () => {
  it('the rollup equals a count of the cases after the demo’s procedure runs', async () => {
    const counted = await recount();
    expect(counted.length).toBeGreaterThan(3);
    expect(await rollup()).toEqual(counted);
  });

  it('a step that moves a case moves its count, in the same transaction; a refused step moves nothing', async () => {
    const sup = await t.login('zezhou-sup1');
    const [c] = await t.ctx.db.query<{ id: string; version: number }>(sql`
      SELECT id, version FROM supervision_cases WHERE state = 'registered' AND region_code = '140525' LIMIT 1`);
    const before = await rollup();
    // refused: the filing form needs its reason (第九条), nothing is written
    const bad = await sup.post(`/api/v1/cases/${c.id}/actions`, {
      version: c.version,
      action: { type: 'draft_filing' },
    });
    expect(bad.statusCode).toBeGreaterThanOrEqual(400);
    expect(bad.statusCode).toBeLessThan(500);
    expect(await rollup()).toEqual(before);
    const ok = await sup.post(`/api/v1/cases/${c.id}/actions`, {
      version: c.version,
      action: {
        type: 'draft_filing',
        caseName: '检查时未出示执法证件案',
        proposal: 'file',
        reason: '属于本机关监督范围',
      },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(await rollup()).not.toEqual(before);
    expect(await rollup()).toEqual(await recount());
  });

  it('the database refuses a count that would fall below zero', async () => {
    await expect(
      t.ctx.db.exec(`SELECT case_totals_add('140525', 'no_such_state', 'petition', -1)`),
    ).rejects.toThrow(/no count/);
  });

  it('the list’s total is the number of matching cases, summed or counted, for each filter', async () => {
    const city = await t.login('city-sup1');
    const county = await t.login('zezhou-sup1');
    const [agency] = await t.ctx.db.query<{ agency_id: string }>(sql`
      SELECT agency_id FROM supervision_cases WHERE region_code = '140525' GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`);
    const queries = [
      '',
      'state=closed',
      'state=investigating',
      'source=petition',
      'open=true',
      'regionCode=140525',
      `agencyId=${agency.agency_id}`,
      'overdue=true',
      'q=%E5%B8%82%E5%9C%BA', // 市场
      'q=%25', // a literal %: matches titles holding one, not everything
    ];
    for (const user of [city, county])
      for (const query of queries) {
        const res = await user.get(`/api/v1/cases?limit=2&${query}`);
        expect(res.statusCode, res.body).toBe(200);
        const { items, total } = res.json();
        // every page, walked, holds exactly `total` cases, none twice
        const all = new Set<string>();
        for (let offset = 0; offset < total + 2; offset += 50) {
          const page = (await user.get(`/api/v1/cases?limit=50&offset=${offset}&${query}`)).json();
          expect(page.total, query).toBe(total);
          for (const i of page.items) all.add(i.id);
        }
        expect(all.size, query).toBe(total);
        expect(items.length).toBe(Math.min(2, total));
      }
  });

  it('第十条: a case the organ reviews from outside its jurisdiction is listed and counted with its own', async () => {
    const county = await t.login('zezhou-sup1');
    const before = (await county.get('/api/v1/cases')).json().total;
    const [organ] = await t.ctx.db.query<{ id: string }>(
      sql`SELECT organisation_id AS id FROM users WHERE username = 'zezhou-sup1'`,
    );
    const [outside] = await t.ctx.db.query<{
      id: string;
      state: string;
      reviewing_organ_id: string | null;
    }>(sql`
      SELECT id, state, reviewing_organ_id FROM supervision_cases WHERE region_code = '140581' ORDER BY id LIMIT 1`);
    await t.ctx.db.query(
      sql`UPDATE supervision_cases SET reviewing_organ_id = ${organ.id} WHERE id = ${outside.id}`,
    );
    try {
      const all = (await county.get('/api/v1/cases?limit=200')).json();
      expect(all.total).toBe(before + 1);
      expect(all.items.map((i: { id: string }) => i.id)).toContain(outside.id);
      const same = (await county.get(`/api/v1/cases?limit=200&state=${outside.state}`)).json();
      expect(same.items.map((i: { id: string }) => i.id)).toContain(outside.id);
      expect(same.total).toBe(same.items.length);
      const other = (await county.get('/api/v1/cases?limit=200&state=no_such_state')).json();
      expect(other.total).toBe(0);
    } finally {
      await t.ctx.db.query(
        sql`UPDATE supervision_cases SET reviewing_organ_id = ${outside.reviewing_organ_id} WHERE id = ${outside.id}`,
      );
    }
  });

  it('a search counts its matches up to the cap and then says there are more; its pages are all there', async () => {
    const actor = (await actorByUsername(t.ctx.db, 'city-sup1'))!;
    const filter = { q: '市场', limit: 50, offset: 0, today: '2026-11-26' };
    const exact = await listCases(t.ctx.db, actor, filter);
    expect(exact.totalCapped).toBe(false);
    expect(exact.total).toBeGreaterThan(2);
    const capped = await listCases(t.ctx.db, actor, filter, 2);
    expect(capped).toMatchObject({ total: 2, totalCapped: true });
    expect(capped.rows.map((r) => r.id)).toEqual(exact.rows.map((r) => r.id));
    // exactly at the cap is exact
    expect(await listCases(t.ctx.db, actor, filter, exact.total)).toMatchObject({
      total: exact.total,
      totalCapped: false,
    });
    // a list without a search is never capped
    expect((await listCases(t.ctx.db, actor, { limit: 1, offset: 0 }, 2)).totalCapped).toBe(false);
  });

  it('a page past the end is empty and still says the total', async () => {
    const city = await t.login('city-sup1');
    const { total } = (await city.get('/api/v1/cases?q=%E5%B8%82%E5%9C%BA')).json();
    const past = (await city.get(`/api/v1/cases?q=%E5%B8%82%E5%9C%BA&offset=${total + 10}`)).json();
    expect(past).toMatchObject({ items: [], total });
  });
});
