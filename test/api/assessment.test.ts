// The annual assessment (第五条) through the API, on the demo data: the figures against counts
// made here independently, the jurisdiction (第二条), the year's validation, and the workbook
// and the report holding the same figures as the JSON.
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../apps/api/src/db/sql.ts';
import { type Client, startTestApp, type TestApp } from '../helpers/app.ts';
import { seedEverything } from '../helpers/records.ts';

const YEAR = 2026;
const AGENCY = '泽州县市场监督管理局';

interface Unit {
  id: string;
  name: string;
  regionCode: string;
  total: number | null;
  rank: number | null;
  counts: Record<string, number>;
  indicators: { id: string; value: number | null; points: number | null }[];
}
interface Body {
  year: number;
  governments: Unit[];
  agencies: (Unit & { governmentName: string })[];
  overall: { total: number | null; counts: Record<string, number> };
}

let t: TestApp;
let city: Client;
let zezhou: Client;
beforeAll(async () => {
  t = await startTestApp();
  await seedEverything(t);
  [city, zezhou] = await Promise.all([t.login('city-sup1'), t.login('zezhou-sup1')]);
});
afterAll(() => t.close());

const load = async (c: Client, year = YEAR) => {
  const res = await c.get(`/api/v1/assessment?year=${year}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Body;
};
const indicator = (u: Unit, id: string) => u.indicators.find((i) => i.id === id)?.value;

/** the agency's figures counted here from the rows themselves, not with the domain's SQL */
async function independentCounts(agencyId: string) {
  const q = t.ctx.db;
  const acts = await q.query<{ id: string; decision_date: string; reported_on: string }>(sql`
    SELECT id, decision_date::text, (reported_at AT TIME ZONE 'Asia/Shanghai')::date::text AS reported_on
    FROM enforcement_acts WHERE agency_id = ${agencyId}`);
  const inYear = acts.filter((a) => a.decision_date.startsWith(String(YEAR)));
  const days = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;
  const warnings = await q.query<{ act_id: string; state: string }>(
    sql`SELECT act_id, state FROM warnings WHERE agency_id = ${agencyId}`,
  );
  const ids = new Set(inYear.map((a) => a.id));
  const steps = await q.query<{
    case_id: string;
    n: number;
    action: string;
    on_day: string;
    payload: Record<string, string>;
  }>(sql`
    SELECT s.case_id, s.n, s.action, s.on_day::text, s.payload FROM case_steps s
    JOIN supervision_cases c ON c.id = s.case_id WHERE c.agency_id = ${agencyId} ORDER BY s.case_id, s.n`);
  const later = (s: (typeof steps)[number], action: string) =>
    steps.filter((x) => x.case_id === s.case_id && x.n > s.n && x.action === action);
  const notices = steps.filter((s) => s.action === 'issue_notice' && s.on_day.startsWith(String(YEAR)));
  const served = steps
    .filter((s) => s.action === 'serve_decision' && s.on_day.startsWith(String(YEAR)))
    .map((s) => ({
      s,
      draft: steps
        .filter((x) => x.case_id === s.case_id && x.n < s.n && x.action === 'draft_decision')
        .at(-1)!,
    }))
    .filter(({ draft }) => ['order_performance', 'order_correction'].includes(draft.payload.kind));
  const [{ n: matters }] = await q.query<{ n: number }>(sql`
    SELECT count(*)::int AS n FROM accountability_matters m LEFT JOIN officers o ON o.id = m.officer_id
    WHERE (m.agency_id = ${agencyId} OR o.organisation_id = ${agencyId}) AND m.state IN ('open', 'closed')`);
  return {
    acts: inYear.length,
    actsOnTime: inYear.filter((a) => days(a.decision_date, a.reported_on) <= 7).length,
    warnings: warnings.filter((w) => ids.has(w.act_id) && ['open', 'case'].includes(w.state)).length,
    notices: notices.length,
    noticesOnTime: notices.filter((s) =>
      later(s, 'report_handling').some((r) => r.payload.receivedOn <= s.payload.deadline),
    ).length,
    orders: served.length,
    ordersOnTime: served.filter(({ s, draft }) =>
      later(s, 'report_execution').some((r) => r.payload.reportedOn <= draft.payload.deadline),
    ).length,
    matters,
  };
}

describe('第五条: the annual assessment', () => {
  it(`第五条, 第八条（三）, 第九条（三）, 第十三条: ${AGENCY}'s figures match counts made independently`, async () => {
    const body = await load(city);
    const agency = body.agencies.find((a) => a.name === AGENCY)!;
    const own = await independentCounts(agency.id);
    expect(own.acts).toBeGreaterThan(0);
    expect(own.notices).toBeGreaterThan(0);
    expect(agency.counts).toMatchObject(own);
    const pct = (a: number, b: number) => Math.round((a / b) * 10000) / 100;
    expect(indicator(agency, 'act_reporting')).toBe(pct(own.actsOnTime, own.acts));
    expect(indicator(agency, 'notices_on_time')).toBe(pct(own.noticesOnTime, own.notices));
    expect(indicator(agency, 'warnings_per_thousand')).toBe(
      Math.round((own.warnings / own.acts) * 100000) / 100,
    );
    expect(indicator(agency, 'reviews_upheld')).toBeNull();
    expect(agency.total).toBeGreaterThanOrEqual(0);
    expect(agency.total).toBeLessThanOrEqual(100);
  });

  it('第五条: a government sums its own agencies; the ranking is by total', async () => {
    const body = await load(city);
    const gov = body.governments.find((g) => g.name === '泽州县人民政府')!;
    const mine = body.agencies.filter((a) => a.regionCode === gov.regionCode);
    expect(gov.counts.acts).toBe(mine.reduce((s, a) => s + a.counts.acts, 0));
    const totals = body.governments.map((g) => g.total ?? -1);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    expect(body.governments[0].rank).toBe(1);
  });

  it('第二条, 第五条: a county user sees his county only; the city sees every county', async () => {
    const county = await load(zezhou);
    expect(county.governments.map((g) => g.name)).toEqual(['泽州县人民政府']);
    expect(county.agencies.every((a) => a.regionCode === '140525')).toBe(true);
    const all = await load(city);
    expect(all.governments.length).toBeGreaterThan(1);
    const gaoping = await load(await t.login('gaoping-sup1'));
    expect(gaoping.agencies.some((a) => a.name === AGENCY)).toBe(false);
    expect(gaoping.overall.counts.acts).toBe(0);
  });

  it('第五条: leaders and organ staff read it; an agency and an administrator do not', async () => {
    expect((await (await t.login('city-leader')).get(`/api/v1/assessment?year=${YEAR}`)).statusCode).toBe(
      200,
    );
    expect((await (await t.login('zezhou-head')).get(`/api/v1/assessment?year=${YEAR}`)).statusCode).toBe(
      200,
    );
    expect((await (await t.login('zezhou-liaison')).get(`/api/v1/assessment?year=${YEAR}`)).statusCode).toBe(
      403,
    );
    expect((await (await t.login('city-admin')).get(`/api/v1/assessment?year=${YEAR}`)).statusCode).toBe(403);
  });

  it('第五条, 第十九条: a bad year is refused with 400 naming `year`', async () => {
    for (const q of ['', '?year=abc', '?year=2024.5', '?year=1999', '?year=2030', `?year=${'9'.repeat(40)}`])
      for (const path of ['', '/export.xlsx', '/report.docx']) {
        const res = await city.get(`/api/v1/assessment${path}${q}`);
        expect(res.statusCode, `${path}${q}`).toBe(400);
        const fields = res.json().fields.map((f: { field: string }) => f.field);
        expect(
          fields.some((f: string) => /(^|\.)year$/.test(f)),
          `${path}${q} ${fields}`,
        ).toBe(true);
      }
  });

  it('第五条: the workbook holds the same figures as the JSON, a sheet per level and the formulas', async () => {
    const body = await load(city);
    const res = await city.get(`/api/v1/assessment/export.xlsx?year=${YEAR}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="assessment-2026\.xlsx"; filename\*=UTF-8''/,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['人民政府', '行政执法机关', '指标说明']);
    const ws = wb.getWorksheet('行政执法机关')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const header = (ws.getRow(1).values as string[]).slice(1);
    expect(header.slice(0, 4)).toEqual(['名次', '行政执法机关', '所属政府', '综合得分']);
    const agency = body.agencies.find((a) => a.name === AGENCY)!;
    let row: ExcelJS.Row | undefined;
    ws.eachRow((r) => {
      if (r.getCell(2).value === AGENCY) row = r;
    });
    expect(row?.getCell(4).value).toBe(agency.total);
    expect(row?.getCell(5).value).toBe(agency.counts.acts);
    agency.indicators.forEach((ind, i) => {
      expect(row?.getCell(6 + i).value ?? null, ind.id).toBe(ind.value);
    });
    expect(ws.getColumn(6).numFmt).toBe('0.0"%"');
    const govs = wb.getWorksheet('人民政府')!;
    expect(govs.rowCount - 1).toBe(body.governments.length);
    expect(govs.getRow(2).getCell(2).value).toBe(body.governments[0].name);
    expect(wb.getWorksheet('指标说明')!.rowCount - 1).toBe(9);
  });

  it('第五条: the report is a DOCX holding the ranking, the indicators and their articles', async () => {
    const body = await load(city);
    const res = await city.get(`/api/v1/assessment/report.docx?year=${YEAR}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="assessment-2026\.docx"/);
    const zip = unzipSync(new Uint8Array(res.rawPayload));
    const xml = strFromU8(zip['word/document.xml']);
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('关于2026年度行政执法监督工作考核情况的报告');
    expect(text).toContain('晋城市司法局');
    expect(text).toContain('各人民政府得分排名');
    expect(text).toContain('第五条');
    // the ranking in the order of the JSON
    const positions = body.governments.map((g) => text.indexOf(g.name, text.indexOf('各人民政府得分排名')));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(text).toContain(AGENCY);
    expect(text).toContain('执法信息及时报送率（第八条第（三）项）');
  });
});
