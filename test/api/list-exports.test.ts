// Every list taken out as a workbook, as the case list is (第二条: only the reader's jurisdiction,
// with the list's own filters; 第九条: the petitioner's identity and words never to the agency,
// masked to staff other than the handling organ's).
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../apps/api/src/db/sql.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { seedEverything } from '../helpers/records.ts';
import { readWorkbook } from '../helpers/workbook.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await seedEverything(t);
});
afterAll(() => t.close());

async function workbook(user: string, path: string, sheet: string) {
  const res = await (await t.login(user)).get(path);
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toContain('spreadsheetml');
  expect(res.headers['content-disposition']).toContain(encodeURIComponent(`${sheet}_2026-11-26.xlsx`));
  const rows = await readWorkbook(res.rawPayload);
  const [head, ...body] = rows(sheet);
  return { head, body, note: rows('导出说明') };
}

async function list<T>(user: string, path: string): Promise<T[]> {
  const res = await (await t.login(user)).get(path);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items;
}

/** a refusal in the project's problem format: Chinese with English beside it */
async function refused(user: string, path: string, status: number) {
  const res = await (await t.login(user)).get(path);
  expect(res.statusCode, res.body).toBe(status);
  expect(res.headers['content-type']).toContain('application/problem+json');
  const p = res.json();
  expect(p.title).toMatch(/\p{Script=Han}/u);
  expect(p.title_en).toBeTruthy();
  return p;
}

describe('第二条 officers and certificates as a workbook', () => {
  const path = '/api/v1/officers/export.xlsx';
  it('第二条: a line for each certificate of the jurisdiction’s officers, dated YYYY-MM-DD', async () => {
    type Officer = {
      name: string;
      organisationName: string;
      certificates: { number: string; validUntil: string; statusLabel: { zh: string } }[];
    };
    const officers = await list<Officer>('zezhou-sup1', '/api/v1/officers?limit=500');
    const { head, body, note } = await workbook('zezhou-sup1', path, '执法人员与证件');
    expect(head).toEqual([
      '姓名',
      '所在机关',
      '在职',
      '证件号',
      '证件种类',
      '发证机关',
      '执法领域',
      '有效期自',
      '有效期至',
      '证件状态',
    ]);
    const o = officers.find((x) => x.certificates.length)!;
    const c = o.certificates[0];
    const row = body.find((r) => r[3] === c.number)!;
    expect([row[0], row[1], row[8], row[9]]).toEqual([
      o.name,
      o.organisationName,
      c.validUntil,
      c.statusLabel.zh,
    ]);
    expect(new Set(body.map((r) => r[0]))).toEqual(new Set(officers.map((x) => x.name)));
    expect(note).toContainEqual(['导出人数', String(officers.length)]);
  });

  it('第二条: another county’s reader gets none of them; the agency only its own', async () => {
    const zezhou = await workbook('zezhou-sup1', path, '执法人员与证件');
    const gaoping = await workbook('gaoping-sup1', path, '执法人员与证件');
    const numbers = new Set(zezhou.body.map((r) => r[3]));
    expect(numbers.size).toBeGreaterThan(0);
    expect(gaoping.body.filter((r) => numbers.has(r[3]))).toEqual([]);
    const agency = await workbook('zezhou-liaison', path, '执法人员与证件');
    expect(agency.body.length).toBeGreaterThan(0);
    expect(new Set(agency.body.map((r) => r[1]))).toEqual(new Set(['泽州县市场监督管理局']));
  });

  it('第二条: with the list’s filters, said in the workbook', async () => {
    const { body, note } = await workbook('zezhou-sup1', `${path}?status=valid`, '执法人员与证件');
    expect(body.some((r) => r[9] === '有效')).toBe(true);
    expect(note.find((r) => r[0] === '筛选条件')?.[1]).toBe('证件状态：valid');
  });

  it('a filter it cannot read is refused naming the field', async () => {
    const p = await refused('zezhou-sup1', `${path}?status=lost`, 400);
    expect(JSON.stringify(p)).toContain('status');
  });
});

describe('第八条（三） reported acts and their warnings as workbooks', () => {
  it('第八条（三）: the acts of the jurisdiction as the list has them', async () => {
    const acts = await list<{ caseNumber: string; decisionDate: string; agencyName: string }>(
      'zezhou-sup1',
      '/api/v1/acts?limit=500',
    );
    const { head, body } = await workbook('zezhou-sup1', '/api/v1/acts/export.xlsx', '执法行为');
    expect(head).toEqual(['执法案件编号', '行为种类', '执法领域', '决定日期', '执法机关', '待处理预警']);
    expect(body.length).toBeGreaterThan(0);
    expect(body.map((r) => r[0])).toEqual(acts.map((a) => a.caseNumber));
    expect([body[0][3], body[0][4]]).toEqual([acts[0].decisionDate, acts[0].agencyName]);
  });

  it('第二条: another county’s reader gets none of the acts', async () => {
    const zezhou = await workbook('zezhou-sup1', '/api/v1/acts/export.xlsx', '执法行为');
    const gaoping = await workbook('gaoping-sup1', '/api/v1/acts/export.xlsx', '执法行为');
    const numbers = new Set(zezhou.body.map((r) => r[0]));
    expect(gaoping.body.filter((r) => numbers.has(r[0]))).toEqual([]);
  });

  it('第十五条: the warnings with their rule, article and state, with the list’s filters', async () => {
    const open = await list<{ caseNumber: string; message: string }>(
      'zezhou-sup1',
      '/api/v1/warnings?state=open&limit=500',
    );
    const { head, body, note } = await workbook(
      'zezhou-sup1',
      '/api/v1/warnings/export.xlsx?state=open',
      '预警',
    );
    expect(head.slice(0, 7)).toEqual([
      '预警日期',
      '执法案件编号',
      '行为种类',
      '决定日期',
      '执法机关',
      '预警规则',
      '依据条款',
    ]);
    expect(body.length).toBe(open.length);
    expect(body.length).toBeGreaterThan(0);
    expect(body.map((r) => [r[1], r[8]])).toEqual(open.map((w) => [w.caseNumber, w.message]));
    expect(body.every((r) => r[9] === '待处理' && /^第十[五六七]条/.test(r[6]))).toBe(true);
    expect(body[0][0]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(note.find((r) => r[0] === '筛选条件')?.[1]).toBe('状态：open');
  });

  it('第二条: another county’s reader gets none of the warnings; the agency only its own', async () => {
    const zezhou = await workbook('zezhou-sup1', '/api/v1/warnings/export.xlsx', '预警');
    const gaoping = await workbook('gaoping-sup1', '/api/v1/warnings/export.xlsx', '预警');
    expect(zezhou.body.length).toBeGreaterThan(0);
    const numbers = new Set(zezhou.body.map((r) => r[1]));
    expect(gaoping.body.filter((r) => numbers.has(r[1]))).toEqual([]);
    const agency = await workbook('zezhou-liaison', '/api/v1/warnings/export.xlsx', '预警');
    const own = await list<unknown>('zezhou-liaison', '/api/v1/warnings?limit=500');
    expect(agency.body.length).toBe(own.length);
    expect(agency.body.every((r) => r[4] === '泽州县市场监督管理局')).toBe(true);
  });
});

describe('第八条（一） evaluation campaigns as a workbook', () => {
  it('第八条（一）: the campaigns of the jurisdiction as the list has them', async () => {
    const campaigns = await list<{ title: string; periodFrom: string; files: number }>(
      'zezhou-sup1',
      '/api/v1/evaluations?limit=500',
    );
    const { head, body } = await workbook('zezhou-sup1', '/api/v1/evaluations/export.xlsx', '案卷评查');
    expect(head.slice(0, 3)).toEqual(['评查活动', '评查机关', '评查期间自']);
    expect(body.length).toBeGreaterThan(0);
    expect(body.map((r) => r[0])).toEqual(campaigns.map((c) => c.title));
    expect([body[0][2], body[0][7]]).toEqual([campaigns[0].periodFrom, String(campaigns[0].files)]);
  });

  it('第二条: another county’s reader gets none of them', async () => {
    const zezhou = await workbook('zezhou-sup1', '/api/v1/evaluations/export.xlsx', '案卷评查');
    const gaoping = await workbook('gaoping-sup1', '/api/v1/evaluations/export.xlsx', '案卷评查');
    expect(zezhou.body.length).toBeGreaterThan(0);
    expect(zezhou.body.every((r) => r[1] === '泽州县司法局')).toBe(true);
    expect(gaoping.body.filter((r) => r[1] === '泽州县司法局')).toEqual([]);
  });
});

describe('第十六条 accountability matters as a workbook', () => {
  const path = '/api/v1/accountability/export.xlsx';
  it('第十六条: the matters of the jurisdiction, with their grounds, as the list has them', async () => {
    const matters = await list<{
      subjectName: string;
      groundCitations: string[];
      stateLabel: { zh: string };
    }>('zezhou-sup1', '/api/v1/accountability?limit=500');
    const { head, body } = await workbook('zezhou-sup1', path, '责任追究');
    expect(head.slice(0, 4)).toEqual(['追责对象', '对象类别', '所在单位', '追责事由']);
    expect(body.length).toBeGreaterThan(0);
    expect(body.map((r) => [r[0], r[3], r[5]])).toEqual(
      matters.map((m) => [m.subjectName, m.groundCitations.join('；'), m.stateLabel.zh]),
    );
  });

  it('第二条: with the list’s filters; another county’s reader gets none of them', async () => {
    const open = await list<unknown>('zezhou-sup1', '/api/v1/accountability?state=open&limit=500');
    const filtered = await workbook('zezhou-sup1', `${path}?state=open`, '责任追究');
    expect(filtered.body.length).toBe(open.length);
    const zezhou = await workbook('zezhou-sup1', path, '责任追究');
    const gaoping = await workbook('gaoping-sup1', path, '责任追究');
    const facts = new Set(zezhou.body.map((r) => r[4]));
    expect(gaoping.body.filter((r) => facts.has(r[4]))).toEqual([]);
  });

  it('第十六条: the agency’s liaison, who may not read the list, may not export it', async () => {
    await refused('zezhou-liaison', path, 403);
  });
});

describe('第九条 the petitions as a workbook', () => {
  const path = '/api/v1/petitions/export.xlsx';
  const petitioners = () =>
    t.ctx.db.query<{ case_number: string; petitioner_name: string; petitioner_phone: string | null }>(
      sql`SELECT c.case_number, p.petitioner_name, p.petitioner_phone FROM petitions p
        JOIN supervision_cases c ON c.petition_id = p.id
        WHERE c.region_code = '140525' AND p.petitioner_name IS NOT NULL`,
    );

  it('第九条: the handling organ reads its petitions whole, as the case list chose them', async () => {
    const cases = await list<{ caseNumber: string }>(
      'zezhou-sup1',
      '/api/v1/cases?source=petition&limit=200',
    );
    const { head, body } = await workbook('zezhou-sup1', path, '申请投诉举报');
    expect(head.slice(0, 7)).toEqual([
      '案号',
      '类别',
      '收件方式',
      '收件日期',
      '申请人、投诉人、举报人',
      '联系电话',
      '事项',
    ]);
    expect(body.map((r) => r[0])).toEqual(cases.map((c) => c.caseNumber));
    const named = await petitioners();
    expect(named.length).toBeGreaterThan(0);
    const row = body.find((r) => r[0] === named[0].case_number)!;
    expect(row[4]).toBe(named[0].petitioner_name);
    expect(row[3]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('第九条: staff of the city above see the petitioner masked, never whole', async () => {
    const { body } = await workbook('city-sup1', `${path}?regionCode=140525`, '申请投诉举报');
    const named = await petitioners();
    const text = JSON.stringify(body);
    for (const p of named) {
      expect(text).not.toContain(p.petitioner_name);
      if (p.petitioner_phone) expect(text).not.toContain(p.petitioner_phone);
    }
    const row = body.find((r) => r[0] === named[0].case_number)!;
    expect(row[4]).toMatch(/^.\*\*$/u);
  });

  it('第九条: the agency concerned may not export the petitions (举报人保密)', async () => {
    const p = await refused('zezhou-liaison', path, 403);
    expect(p.article).toBe('art9');
  });

  it('第二条: another county’s reader gets none of the petitions', async () => {
    const zezhou = await workbook('zezhou-sup1', path, '申请投诉举报');
    const gaoping = await workbook('gaoping-sup1', path, '申请投诉举报');
    const numbers = new Set(zezhou.body.map((r) => r[0]));
    expect(numbers.size).toBeGreaterThan(0);
    expect(gaoping.body.filter((r) => numbers.has(r[0]))).toEqual([]);
  });
});

describe('第二条 the cap of every export', () => {
  it('第二条: a list longer than EXPORT_MAX is cut there, and the workbook says to narrow it', async () => {
    const { EXPORT_MAX, listWorkbook } = await import('../../apps/api/src/http/list-workbook.ts');
    const rows = Array.from({ length: EXPORT_MAX }, (_, i) => ({
      n: i,
      on: new Date('2026-11-25T17:30:00Z'),
    }));
    const body = await listWorkbook(
      {
        title: '预警',
        fallback: 'warnings',
        noun: '预警',
        unit: '条',
        filters: {},
        filterNames: {},
        columns: [
          { header: '序号', width: 6, value: (r) => r.n },
          { header: '预警日期', width: 12, date: true, value: (r) => r.on },
        ],
      },
      rows,
      { organisation: '泽州县司法局', today: '2026-11-26', cut: true },
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(body as unknown as ArrayBuffer);
    expect(wb.getWorksheet('预警')!.rowCount).toBe(EXPORT_MAX + 1);
    // an instant is dated by its day in Shanghai: 01:30 on the 26th there
    const cell = wb.getWorksheet('预警')!.getCell('B2');
    expect((cell.value as Date).toISOString().slice(0, 10)).toBe('2026-11-26');
    expect(cell.numFmt).toBe('yyyy-mm-dd');
    const note = wb.getWorksheet('导出说明')!;
    expect(String(note.getCell('B6').value)).toBe(
      `符合条件的预警超过${EXPORT_MAX}条，仅导出前${EXPORT_MAX}条；请缩小筛选范围后分批导出。`,
    );
  });
});
