// Reported enforcement acts and their warnings through the API (第八条（三）, 第十五条 to
// 第十七条): per-row answers, idempotent retries, all-or-nothing batches, warnings with their
// articles, dismissal, a case in one action, and re-checks when a certificate changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../apps/api/src/audit/verify.ts';
import { sql } from '../../apps/api/src/db/sql.ts';
import { MAX_SHEET_BYTES } from '../../apps/api/src/domains/acts/spreadsheet.ts';
import { type Client, startTestApp, type TestApp } from '../helpers/app.ts';
import { deflated, deflateRepeated, writeZip, type ZipEntry } from '../helpers/zip.ts';

let t: TestApp;
let ids: Record<string, string>;
let liaison: Client;
let sup: Client;
const certOf: Record<string, string> = {};
beforeAll(async () => {
  t = await startTestApp({ now: new Date('2026-11-26T02:00:00Z') });
  ids = Object.fromEntries(
    [
      ...(await t.ctx.db.query<{ k: string; id: string }>(sql`SELECT name AS k, id FROM organisations`)),
      ...(await t.ctx.db.query<{ k: string; id: string }>(sql`SELECT username AS k, id FROM users`)),
    ].map((r) => [r.k, r.id]),
  );
  for (const r of await t.ctx.db.query<{ name: string; number: string }>(
    sql`SELECT o.name, c.number FROM officers o JOIN certificates c ON c.officer_id = o.id`,
  ))
    certOf[r.name] = r.number;
  [liaison, sup] = await Promise.all([t.login('zezhou-liaison'), t.login('zezhou-sup1')]);
});
afterAll(() => t.close());

const act = (caseNumber: string, over: Record<string, unknown> = {}) => ({
  caseNumber,
  kind: 'penalty',
  area: '市场监管',
  decisionDate: '2026-11-20',
  officers: [certOf.李建军, certOf.王秀英],
  parties: [{ name: '某商店', kind: 'organisation' }],
  facts: '销售过期食品。',
  legalBasis: ['《中华人民共和国食品安全法》第一百二十四条'],
  sealPresent: true,
  discretionLevel: '一般',
  deadlines: [{ label: '作出处罚决定', due: '2026-11-25', metOn: '2026-11-20' }],
  fullRecord: true,
  ...over,
});
const batch = (acts: unknown[], atomic = true) =>
  liaison.post('/api/v1/acts/batch', { agencyId: ids.泽州县市场监督管理局, atomic, acts });
const count = async () =>
  (await t.ctx.db.query<{ n: number }>(sql`SELECT count(*)::int AS n FROM enforcement_acts`))[0].n;

describe('第八条（三） enforcement acts reported by agencies', () => {
  it('第十五条 to 第十七条: each act is checked by the rules as it arrives, each warning citing its article', async () => {
    const res = await batch([
      act('泽市监罚〔2026〕101号'),
      act('泽市监罚〔2026〕102号', { officers: [certOf.李建军, certOf.刘洋], sealPresent: false }),
      act('泽市监罚〔2026〕103号', {
        officers: [certOf.张伟],
        legalBasis: [],
        fullRecord: false,
        discretionLevel: null,
      }),
    ]);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ stored: 3, unchanged: 0, rejected: 0 });
    expect(res.json().rows.map((r: { warnings: number }) => r.warnings)).toEqual([0, 2, 5]);
    const w = (await sup.get('/api/v1/warnings?state=open')).json();
    const rules = w.items
      .map(
        (x: { caseNumber: string; rule: string; article: string }) =>
          `${x.caseNumber} ${x.rule} ${x.article}`,
      )
      .sort();
    expect(rules).toEqual(
      [
        '泽市监罚〔2026〕102号 officer_certificate art16.1.7',
        '泽市监罚〔2026〕102号 seal art15.1.3',
        '泽市监罚〔2026〕103号 discretion_benchmark art16.1.2',
        '泽市监罚〔2026〕103号 full_record art17.1.8',
        '泽市监罚〔2026〕103号 legal_basis art15.1.2',
        '泽市监罚〔2026〕103号 officer_certificate art16.1.7',
        '泽市监罚〔2026〕103号 two_officers art17.1.10',
      ].sort(),
    );
    const summary = (await sup.get('/api/v1/warnings/summary')).json().items;
    expect(summary.find((s: { rule: string }) => s.rule === 'officer_certificate')).toMatchObject({
      agencyName: '泽州县市场监督管理局',
      count: 2,
    });
    expect((await (await t.login('gaoping-sup1')).get('/api/v1/warnings')).json().total).toBe(0);
  });

  it('第八条（三）: a retried batch stores nothing twice and writes no second audit event', async () => {
    const before = await count();
    const [{ n: events }] = await t.ctx.db.query<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM audit_events`,
    );
    const res = await batch([act('泽市监罚〔2026〕101号')]);
    expect(res.json()).toMatchObject({ stored: 0, unchanged: 1 });
    expect(await count()).toBe(before);
    const [{ n: after }] = await t.ctx.db.query<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM audit_events`,
    );
    expect(after).toBe(events);
    const changed = await batch([act('泽市监罚〔2026〕101号', { facts: '另一事实。' })]);
    expect(changed.statusCode).toBe(422);
    expect(changed.json().fields[0].field).toBe('acts.0.caseNumber');
  });

  it('bad rows get a per-row error naming the field, and nothing of a refused batch is stored', async () => {
    const before = await count();
    const res = await batch([
      act('泽市监罚〔2026〕201号'),
      act('泽市监罚〔2026〕202号', { decisionDate: '2026-12-01' }),
      act('泽市监罚〔2026〕203号', { officers: ['99999999999'] }),
      act('泽市监罚〔2026〕201号'),
      { caseNumber: '泽市监罚〔2026〕205号', kind: 'fine' },
      act('泽市监罚〔2026〕206号', { officers: [certOf.陈静] }),
    ]);
    expect(res.statusCode).toBe(422);
    const fields = res.json().fields.map((f: { field: string }) => f.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'acts.1.decisionDate',
        'acts.2.officers.0',
        'acts.3.caseNumber',
        'acts.4.kind',
        'acts.4.area',
        'acts.5.officers.0',
      ]),
    );
    expect(fields.some((f: string) => f.startsWith('acts.0.'))).toBe(false);
    expect(await count()).toBe(before);
    const partial = await batch(
      [act('泽市监罚〔2026〕201号'), act('泽市监罚〔2026〕202号', { decisionDate: '2026-12-01' })],
      false,
    );
    expect(partial.statusCode).toBe(200);
    expect(partial.json()).toMatchObject({ stored: 1, rejected: 1 });
    expect(partial.json().rows[1]).toMatchObject({ status: 'rejected', caseNumber: '泽市监罚〔2026〕202号' });
    expect(await count()).toBe(before + 1);
  });

  it('第八条（三）: a batch of 1,200 is refused whole for a late bad row, naming every bad row', async () => {
    const before = await count();
    const rows = Array.from({ length: 1200 }, (_, i) => act(`泽市监片〔2026〕${i + 1}号`));
    rows[900] = act('泽市监片〔2026〕11号'); // repeats row 10, a slice later
    rows[1100] = act('泽市监片〔2026〕1101号', { decisionDate: '2026-12-01' });
    const refused = await batch(rows);
    expect(refused.statusCode).toBe(422);
    const fields = refused.json().fields.map((f: { field: string }) => f.field);
    expect(fields).toEqual(['acts.900.caseNumber', 'acts.1100.decisionDate']);
    expect(await count()).toBe(before);
    const partial = await batch(rows, false);
    expect(partial.json()).toMatchObject({ stored: 1198, rejected: 2 });
    expect(partial.json().rows[1199]).toMatchObject({
      status: 'stored',
      caseNumber: '泽市监片〔2026〕1200号',
    });
    expect(await count()).toBe(before + 1198);
  });

  it('the same batch sent twice at once is stored once; the other send answers unchanged', async () => {
    const before = await count();
    const twice = [act('泽市监罚〔2026〕601号'), act('泽市监罚〔2026〕602号')];
    const [a, b] = await Promise.all([batch(twice), batch(twice)]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    expect([a.json().stored, b.json().stored].sort()).toEqual([0, 2]);
    expect(await count()).toBe(before + 2);
  });

  it('第二条: an agency reports only its own acts; a supervisor reports none', async () => {
    const city = await t.login('city-liaison');
    const res = await city.post('/api/v1/acts/batch', {
      agencyId: ids.泽州县市场监督管理局,
      acts: [act('X-1')],
    });
    expect([400, 403]).toContain(res.statusCode);
    const bySup = await sup.post('/api/v1/acts/batch', {
      agencyId: ids.泽州县市场监督管理局,
      acts: [act('X-2')],
    });
    expect(bySup.statusCode).toBe(403);
    expect(
      (await liaison.post('/api/v1/acts/batch', { agencyId: ids.泽州县市场监督管理局, acts: [] })).statusCode,
    ).toBe(400);
  });

  it('第八条（三）: a warning is dismissed with a reason, or becomes a case in one action', async () => {
    const open = (await sup.get('/api/v1/warnings?state=open&rule=seal')).json().items[0];
    expect((await sup.post(`/api/v1/warnings/${open.id}/dismiss`, { reason: '' })).statusCode).toBe(400);
    expect((await liaison.post(`/api/v1/warnings/${open.id}/dismiss`, { reason: '已补盖' })).statusCode).toBe(
      403,
    );
    const d = await sup.post(`/api/v1/warnings/${open.id}/dismiss`, { reason: '原件已加盖印章，系扫描遗漏' });
    expect(d.statusCode, d.body).toBe(200);
    expect((await sup.post(`/api/v1/warnings/${open.id}/dismiss`, { reason: '再次' })).statusCode).toBe(409);
    const other = (await sup.get('/api/v1/warnings?state=open&rule=legal_basis')).json().items[0];
    const c = await sup.post(`/api/v1/warnings/${other.id}/case`);
    expect(c.statusCode, c.body).toBe(201);
    const view = (await sup.get(`/api/v1/cases/${c.json().caseId}`)).json();
    expect(view).toMatchObject({ state: 'registered', source: 'information' });
    expect(view.title).toContain('泽市监罚〔2026〕103号');
  });

  it("第七条（八）, 第十七条: seizing a certificate re-checks that officer's acts from that day, and returning clears them", async () => {
    const today = await batch([act('泽市监罚〔2026〕301号', { decisionDate: '2026-11-26' })]);
    expect(today.json().rows[0].warnings).toBe(0);
    const head = await t.login('zezhou-head');
    const o = (await head.get(`/api/v1/officers?q=${encodeURIComponent('王秀英')}`)).json().items[0];
    const cert = o.certificates[0];
    const seized = await head.post(`/api/v1/certificates/${cert.id}/actions`, {
      version: cert.version,
      action: 'seize',
      reason: '调查期间暂扣',
    });
    expect(seized.json().recheck).toEqual({ checked: 1, raised: 1, cleared: 0 });
    const w = (await sup.get('/api/v1/warnings?state=open&rule=officer_certificate')).json().items;
    expect(
      w.some(
        (x: { caseNumber: string; officerName: string }) =>
          x.caseNumber === '泽市监罚〔2026〕301号' && x.officerName === '王秀英',
      ),
    ).toBe(true);
    const back = await head.post(`/api/v1/certificates/${cert.id}/actions`, {
      version: cert.version + 1,
      action: 'return',
      reason: '调查终结',
    });
    expect(back.json().recheck).toEqual({ checked: 1, raised: 0, cleared: 1 });
    expect((await verifyAuditChain(t.ctx.db)).ok).toBe(true);
  });
});

describe('第八条（三） the export for the provincial system', () => {
  it("exports the acts of a period with officers by certificate number and each act's hash", async () => {
    const res = await sup.get('/api/v1/acts/export?from=2026-11-01&to=2026-11-30');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ format: 'jiandu-acts/1', from: '2026-11-01', to: '2026-11-30' });
    const first = body.acts.find((a: { caseNumber: string }) => a.caseNumber === '泽市监罚〔2026〕101号');
    expect(first).toMatchObject({
      kind: 'penalty',
      agency: '泽州县市场监督管理局',
      officers: [certOf.李建军, certOf.王秀英].sort(),
    });
    expect(first.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(
      (await (await t.login('gaoping-sup1')).get('/api/v1/acts/export?from=2026-11-01&to=2026-11-30')).json()
        .count,
    ).toBe(0);
    const backwards = await sup.get('/api/v1/acts/export?from=2026-11-30&to=2026-11-01');
    expect(backwards.statusCode).toBe(400);
  });
});

describe('第八条（三） the Excel template', () => {
  const sheet = async (fill: (ws: import('exceljs').Worksheet) => void, macro = false) => {
    const ExcelJS = (await import('exceljs')).default;
    const tpl = await liaison.get('/api/v1/acts/template');
    expect(tpl.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(tpl.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    ws.spliceRows(2, 1);
    fill(ws);
    let data = Buffer.from(await wb.xlsx.writeBuffer());
    if (macro) {
      const { unzipSync, zipSync } = await import('fflate');
      data = Buffer.from(zipSync({ ...unzipSync(data), 'xl/vbaProject.bin': new Uint8Array([1, 2, 3]) }));
    }
    return data;
  };
  const row = (caseNumber: string, over: Partial<Record<number, unknown>> = {}) => {
    const cells: unknown[] = [
      caseNumber,
      '行政处罚',
      '市场监管',
      '2026-11-21',
      `${certOf.李建军}、${certOf.王秀英}`,
      '某超市',
      '单位',
      '销售过期食品。',
      '《中华人民共和国食品安全法》第一百二十四条',
      '是',
      '一般',
      '作出处罚决定',
      '2026-11-28',
      '2026-11-21',
      '是',
      '罚款5000元',
    ];
    for (const [i, v] of Object.entries(over)) cells[Number(i)] = v;
    return cells;
  };
  const up = (data: Buffer, q = '', who = liaison) => {
    const boundary = '----jiandu-sheet';
    const payload = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="acts.xlsx"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      data,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    return who.request({
      method: 'POST',
      url: `/api/v1/acts/upload?agencyId=${ids.泽州县市场监督管理局}${q}`,
      payload,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
  };

  it('第八条（三）: a sheet with a formula and an unknown officer is refused row by row, then fixed and stored', async () => {
    const before = await count();
    const bad = await sheet((ws) => {
      ws.addRow(row('泽市监罚〔2026〕401号'));
      ws.addRow(row('泽市监罚〔2026〕402号', { 3: { formula: 'TODAY()' } }));
      ws.addRow(row('泽市监罚〔2026〕403号', { 4: '140599999999' }));
    });
    const res = await up(bad);
    expect(res.statusCode, res.body).toBe(422);
    const body = res.json();
    expect(body.refused).toBe(true);
    expect(body.rows.map((r: { line: number; status: string }) => [r.line, r.status])).toEqual([
      [2, 'held'],
      [3, 'rejected'],
      [4, 'rejected'],
    ]);
    expect(body.rows[1].errors[0]).toMatchObject({ field: 'acts.1.decisionDate', reason: '不得使用公式' });
    expect(await count()).toBe(before);
    const report = await up(bad, '&format=xlsx');
    expect(report.statusCode).toBe(422);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(report.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(String(ws.getRow(1).getCell(17).value)).toBe('校验结果');
    expect(String(ws.getRow(3).getCell(17).value)).toContain('不得使用公式');
    const good = await sheet((s) => {
      s.addRow(row('泽市监罚〔2026〕401号'));
      s.addRow(row('泽市监罚〔2026〕402号'));
    });
    const ok = await up(good);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ stored: 2, refused: false });
    expect(await count()).toBe(before + 2);
  });

  it('a workbook with macros, a file that is not a workbook, and a 200 MB upload are refused whole', async () => {
    const macro = await sheet((ws) => ws.addRow(row('泽市监罚〔2026〕501号')), true);
    const m = await up(macro);
    expect(m.statusCode).toBe(415);
    expect(m.json().fields[0].field).toBe('file');
    expect((await up(Buffer.from('%PDF-1.4 not a sheet'))).statusCode).toBe(415);
    const huge = await liaison.request({
      method: 'POST',
      url: '/api/v1/acts/batch',
      payload: Buffer.alloc(200 * 1024 * 1024, 0x20),
      headers: { 'content-type': 'application/json' },
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.headers['content-type']).toContain('problem+json');
  });

  /** the template's parts, deflated, with its first sheet replaced */
  const withSheet = async (replacement: ZipEntry | ZipEntry[]) => {
    const { unzipSync } = await import('fflate');
    const parts = unzipSync(await sheet(() => {}));
    const others = await Promise.all(
      Object.entries(parts)
        .filter(([n]) => n !== 'xl/worksheets/sheet1.xml')
        .map(([n, d]) => deflated(n, d)),
    );
    return writeZip([...others, ...[replacement].flat()]);
  };
  const SHEET_HEAD =
    '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
  const SHEET_TAIL = '</sheetData></worksheet>';

  it("第八条（三）: only the agency's liaison or an admin may upload, settled before the file is read (403, not 415)", async () => {
    const junk = Buffer.from('not a workbook at all');
    const res = await up(junk, '', sup);
    expect(res.statusCode, res.body).toBe(403);
    expect(res.json().article).toBe('art8.1.3');
    // the liaison sending the same bytes is past the check, and the file is what is refused
    expect((await up(junk)).statusCode).toBe(415);
  });

  it('a zip bomb (0.8 MB inflating to 800 MB) is refused with 413 from its central directory, before anything is inflated', async () => {
    const started = Date.now();
    const cell = await deflateRepeated(
      `${SHEET_HEAD}<row r="1"><c r="A1" t="inlineStr"><is><t>`,
      Buffer.alloc(1024 * 1024, 0x41),
      800,
      `</t></is></c></row>${SHEET_TAIL}`,
    );
    const bomb = await withSheet({ name: 'xl/worksheets/sheet1.xml', ...cell });
    expect(bomb.length).toBeLessThan(MAX_SHEET_BYTES);
    const built = Date.now();
    const res = await up(bomb);
    expect(res.statusCode, res.body).toBe(413);
    expect(res.json().fields[0]).toMatchObject({ field: 'file', reason_en: 'inflates to more than 50 MB' });
    // the same stream under a directory that says 1 MB: inflating stops at 1 MB, and is refused
    const liar = await withSheet({ name: 'xl/worksheets/sheet1.xml', ...cell, size: 1024 * 1024 });
    const lied = await up(liar);
    expect(lied.statusCode, lied.body).toBe(413);
    expect(lied.json().fields[0].reason_en).toBe('a part inflates past the size it declares');
    console.log(
      `zip bomb: ${(bomb.length / 1e6).toFixed(2)} MB declaring ${(cell.size / 1e6).toFixed(0)} MB; refused in ${Date.now() - built} ms (building it took ${built - started} ms)`,
    );
  });

  it('more than 5,000 rows, more than 16 sheets or too many cells in a sheet are refused with 413 before parsing', async () => {
    const rows = Array.from(
      { length: 5002 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>1</v></c></row>`,
    );
    const tooLong = await withSheet(
      await deflated('xl/worksheets/sheet1.xml', Buffer.from(SHEET_HEAD + rows.join('') + SHEET_TAIL)),
    );
    const long = await up(tooLong);
    expect(long.statusCode, long.body).toBe(413);
    expect(long.json().fields[0].reason_en).toBe('at most 5000 rows');
    const wide = await withSheet(
      await deflated(
        'xl/worksheets/sheet1.xml',
        Buffer.from(`${SHEET_HEAD}<row r="1">${'<c><v>1</v></c>'.repeat(5001 * 40 + 1)}</row>${SHEET_TAIL}`),
      ),
    );
    const w = await up(wide);
    expect(w.statusCode, w.body).toBe(413);
    expect(w.json().fields[0].reason_en).toMatch(/too many cells/);
    const many = await withSheet(
      await Promise.all(
        Array.from({ length: 17 }, (_, i) =>
          deflated(`xl/worksheets/sheet${i + 1}.xml`, Buffer.from(SHEET_HEAD + SHEET_TAIL)),
        ),
      ),
    );
    const m = await up(many);
    expect(m.statusCode, m.body).toBe(413);
    expect(m.json().fields[0].reason_en).toBe('at most 16 sheets');
  });
});
