// The dashboard (第五条): its figures against counts made independently over the demo data,
// scoped to the user's jurisdiction (第二条, 第四条), and refusals naming the field.
import type { CaseFacts } from '@jiandu/procedure';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../apps/api/src/db/sql.ts';
import { readCalendar } from '../../apps/api/src/domains/calendar/queries.ts';
import { caseDeadlines } from '../../apps/api/src/domains/cases/presenter.ts';
import { shanghaiDate } from '../../apps/api/src/domains/cases/today.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { seedEverything } from '../helpers/records.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await seedEverything(t);
});
afterAll(() => t.close());

interface Count {
  key: string;
  n: number;
}
// a period holding the whole demo, which is dated relative to the day it was loaded
const PERIOD = 'from=2020-01-01&to=2026-12-31';
const dashboard = async (user: string, query = PERIOD) => {
  const res = await (await t.login(user)).get(`/api/v1/dashboard?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const sum = (xs: { n: number }[]) => xs.reduce((s, x) => s + x.n, 0);
const tally = (keys: string[]) =>
  [...keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<string, number>())]
    .map(([key, n]) => ({ key, n }))
    .sort((a, b) => a.key.localeCompare(b.key));
const byKey = (xs: Count[]) => [...xs].sort((a, b) => a.key.localeCompare(b.key));

/** the demo's cases of some regions, read plainly */
const casesOf = (regions: string[]) =>
  t.ctx.db.query<{ source: string; state: string; agency_id: string; facts: CaseFacts }>(
    sql`SELECT source, state, agency_id, facts FROM supervision_cases WHERE region_code = ANY(${regions})`,
  );
const cityRegions = async () =>
  (await t.ctx.db.query<{ code: string }>(sql`SELECT code FROM regions WHERE path LIKE '%140500/%'`)).map(
    (r) => r.code,
  );

describe('第五条: the dashboard of the annual assessment', () => {
  it('第五条: the city supervisor’s cases by source and state match the cases counted one by one', async () => {
    const d = await dashboard('city-sup1');
    const cases = await casesOf(await cityRegions());
    expect(cases.length).toBeGreaterThan(5);
    expect(byKey(d.casesBySource)).toEqual(tally(cases.map((c) => c.source)));
    expect(byKey(d.casesByState)).toEqual(tally(cases.map((c) => c.state)));
    expect(sum(d.casesByMonth)).toBe(cases.length);
    expect(sum(d.casesByRegion)).toBe(cases.length);
    expect(d.casesByAgency[0].n).toBe(Math.max(...tally(cases.map((c) => c.agency_id)).map((x) => x.n)));
  });

  it('第五条: each count by source, state, agency and region is the total of the case list behind it', async () => {
    const sup = await t.login('zezhou-sup1');
    const period = 'registeredFrom=2026-01-01&registeredTo=2026-12-31';
    const d = await dashboard('zezhou-sup1', 'from=2026-01-01&to=2026-12-31');
    const total = async (filter: string) =>
      (await sup.get(`/api/v1/cases?${filter}&${period}&limit=1`)).json().total as number;
    for (const c of d.casesBySource) expect(await total(`source=${c.key}`)).toBe(c.n);
    for (const c of d.casesByState) expect(await total(`state=${c.key}`)).toBe(c.n);
    for (const a of d.casesByAgency) expect(await total(`agencyId=${a.agencyId}`)).toBe(a.n);
    for (const r of d.casesByRegion) expect(await total(`regionCode=${r.regionCode}`)).toBe(r.n);
    // a period before the demo holds none
    expect((await sup.get('/api/v1/cases?registeredTo=2020-01-01')).json().total).toBe(0);
  });

  it('第九条（三）, 第十三条: overdue cases and notices are those the case page shows overdue today', async () => {
    const d = await dashboard('city-sup1');
    const cal = await readCalendar(t.ctx.db);
    const today = shanghaiDate(t.clock.now);
    const open = (await casesOf(await cityRegions())).filter(
      (c) => !['closed', 'archived', 'not_filed', 'transferred'].includes(c.state),
    );
    const late = (c: { facts: CaseFacts }, kind: string) =>
      caseDeadlines(c.facts, today, cal).some((x) => x.kind === kind && x.overdue);
    expect(d.overdue.openCases).toBe(open.length);
    expect(d.overdue.overdueNotices).toBe(open.filter((c) => late(c, 'notice')).length);
    expect(d.overdue.overdueNotices).toBeGreaterThan(0);
    expect(d.overdue.overdueCases).toBe(open.filter((c) => late(c, 'notice') || late(c, 'order')).length);
    // the same number the case list gives behind the figure
    const list = (await (await t.login('city-sup1')).get('/api/v1/cases?overdue=true&limit=1')).json();
    expect(list.total).toBe(d.overdue.overdueCases);
    const under = (await (await t.login('city-sup1')).get('/api/v1/cases?open=true&limit=1')).json();
    expect(under.total).toBe(d.overdue.openCases);
  });

  it('第三条, 第九条（三）, 第十三条: the correction rate is corrected ÷ due, each a count of notices and orders', async () => {
    const d = await dashboard('city-sup1');
    const r = d.correctionRate;
    expect(r.due).toBe(r.notices.due + r.orders.due);
    expect(r.corrected).toBe(r.notices.corrected + r.orders.corrected);
    expect(r.corrected).toBeLessThanOrEqual(r.due);
    expect(r.inTime).toBeLessThanOrEqual(r.corrected);
    expect(r.due).toBeGreaterThan(0);
    expect(r.rate).toBeCloseTo(r.corrected / r.due, 10);
    // the overdue notice is due and uncorrected
    const [{ n }] = await t.ctx.db.query<{ n: number }>(sql`
      SELECT count(*)::int AS n FROM supervision_cases
      WHERE facts->'notice' <> 'null'::jsonb AND (facts->'notice'->>'deadline') < ${shanghaiDate(t.clock.now)}
        AND facts->'notice'->>'reportReceivedOn' IS NULL`);
    expect(r.notices.due - r.notices.corrected).toBe(n);
  });

  it('第八条（三）, 第十五条至第十七条: warnings by rule add up to the warnings raised in the period', async () => {
    const d = await dashboard('city-sup1');
    const [{ n }] = await t.ctx.db.query<{ n: number }>(sql`SELECT count(*)::int AS n FROM warnings`);
    expect(n).toBeGreaterThan(0);
    expect(sum(d.warningsByRule)).toBe(n);
    expect(d.warningsByRule.every((w: { article: string }) => /^art1[5-7]/.test(w.article))).toBe(true);
  });

  it('第七条第二款: certificate coverage counts the active officers of agencies and their valid certificates', async () => {
    const d = await dashboard('city-sup1');
    const today = shanghaiDate(t.clock.now);
    const officers = await t.ctx.db.query<{ valid: boolean }>(sql`
      SELECT EXISTS (SELECT 1 FROM certificates k WHERE k.officer_id = o.id AND k.kind = 'enforcement'
        AND k.status = 'valid' AND k.valid_until >= ${today} AND k.valid_from <= ${today}) AS valid
      FROM officers o JOIN organisations a ON a.id = o.organisation_id
      WHERE a.kind = 'agency' AND o.active`);
    expect(d.certificateCoverage.officers).toBe(officers.length);
    expect(d.certificateCoverage.valid).toBe(officers.filter((o) => o.valid).length);
    // the seized certificate of the demo leaves its agency below full coverage, listed first
    const first = d.certificateCoverage.agencies[0];
    expect(first.valid).toBeLessThan(first.officers);
  });

  it('第十六条至第十八条, 第八条（一）: accountability matters and evaluation scores are counted', async () => {
    const d = await dashboard('city-sup1');
    const [{ n }] = await t.ctx.db.query<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM accountability_matters`,
    );
    expect(sum(d.accountability)).toBe(n);
    for (const a of d.evaluationScores) expect(a.average).toBeGreaterThanOrEqual(0);
  });

  it('第二条, 第四条: the county supervisor sees his county only, the same figures the city sees for it', async () => {
    const county = await dashboard('zezhou-sup1');
    expect(county.region).toBe('140525');
    expect(county.regions.map((r: { code: string }) => r.code)).toEqual(['140525']);
    const own = await casesOf(['140525']);
    expect(sum(county.casesBySource)).toBe(own.length);
    const cityOfCounty = await dashboard('city-sup1', `${PERIOD}&region=140525`);
    const { regions: _a, ...a } = county;
    const { regions: _b, ...b } = cityOfCounty;
    expect(a).toEqual(b);
    const city = await dashboard('city-sup1');
    expect(sum(city.casesBySource)).toBeGreaterThan(sum(county.casesBySource));
    expect(city.regions.length).toBeGreaterThan(1);
  });

  it('第二条: a region outside the jurisdiction is not found, naming the field', async () => {
    for (const [user, region] of [
      ['zezhou-sup1', '140581'],
      ['zezhou-sup1', '140500'],
      ['city-sup1', '999999'],
    ]) {
      const res = await (await t.login(user)).get(`/api/v1/dashboard?region=${region}`);
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ article: 'art2', fields: [{ field: 'query.region' }] });
      expect(res.json().title_en).toBeTruthy();
    }
  });

  it('第五条: a bad period is refused with 400 naming the field', async () => {
    const sup = await t.login('city-sup1');
    for (const [query, field] of [
      ['from=2026-05-01&to=2026-04-30', 'from'],
      ['from=2026-02-30', 'from'],
      ['to=2026-13-01', 'to'],
      ['region=14x', 'region'],
    ]) {
      const res = await sup.get(`/api/v1/dashboard?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().fields.map((f: { field: string }) => f.field)).toContain(`query.${field}`);
    }
  });

  it('第五条: leaders read it; an agency liaison does not', async () => {
    expect((await dashboard('city-leader')).region).toBe('140500');
    expect((await (await t.login('zezhou-liaison')).get('/api/v1/dashboard')).statusCode).toBe(403);
  });
});
