// 第十条第二款 "五个工作日": deadlines on the real State Council schedules.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
let sup: Client;
beforeAll(async () => {
  t = await startTestApp();
  sup = await t.login('zezhou-sup1');
});
afterAll(() => t.close());

describe('第十条第二款 复查申请期限 五个工作日 (art10.2)', () => {
  it('2024 National Day: received 2024-09-27, review until 2024-10-10', async () => {
    const r = (await sup.get('/api/v1/calendar/deadline?from=2024-09-27&workingDays=5')).json();
    expect(r).toMatchObject({ deadline: '2024-10-10', provisional: false, unit: 'working_days', length: 5 });
    expect(r.counted).toEqual(['2024-09-29', '2024-09-30', '2024-10-08', '2024-10-09', '2024-10-10']);
    expect(r.skipped.filter((s: { reason: string }) => s.reason === 'holiday')).toHaveLength(7);
    expect(r.basis.zh).toContain('期间开始之日不计算在内');
    expect(r.calendarYears).toEqual([{ year: 2024, notice: '国务院办公厅关于2024年部分节假日安排的通知' }]);
  });

  it('2025 Spring Festival: the adjusted Sunday and Saturday count', async () => {
    const r = (await sup.get('/api/v1/calendar/deadline?from=2025-01-24&workingDays=5')).json();
    expect(r.counted).toEqual(['2025-01-26', '2025-01-27', '2025-02-05', '2025-02-06', '2025-02-07']);
    expect(r.skipped.filter((s: { reason: string }) => s.reason === 'holiday')).toHaveLength(8);
    expect(r.provisional).toBe(false);
    const after = (await sup.get('/api/v1/calendar/deadline?from=2025-02-05&workingDays=3')).json();
    expect(after.deadline).toBe('2025-02-08');
  });

  it('is provisional when it runs into a year whose notice is not loaded', async () => {
    const r = (await sup.get('/api/v1/calendar/deadline?from=2026-12-28&workingDays=5')).json();
    expect(r.provisional).toBe(true);
    expect(r.provisionalYears).toEqual([2027]);
    expect(
      r.skipped.some(
        (s: { date: string; reason: string }) =>
          s.date === '2027-01-01' && s.reason === 'estimated_statutory_holiday',
      ),
    ).toBe(true);
  });

  it('《全国年节及纪念日放假办法》第六条: statutory days on a weekend are given back after the block, provisionally', async () => {
    // 2027 春节 runs 除夕 02-05 (Fri) to 初三 02-08 (Mon); 初一 and 初二 fall on the weekend.
    const r = (await sup.get('/api/v1/calendar/deadline?from=2027-02-04&workingDays=1')).json();
    expect(r).toMatchObject({ deadline: '2027-02-11', provisional: true, provisionalYears: [2027] });
    expect(r.skipped.slice(-2)).toEqual([
      { date: '2027-02-09', reason: 'estimated_make_up_day', name: '春节' },
      { date: '2027-02-10', reason: 'estimated_make_up_day', name: '春节' },
    ]);
    expect(r.basis.zh).toContain('推算的补假2天');
    expect(r.basis.zh).toContain('依第六条');
    // 2028: 中秋 falls on 国庆 (10-03) and 10-01 is a Sunday; both are given back, 10-04 and 10-05.
    const mid = (await sup.get('/api/v1/calendar/deadline?from=2028-09-29&workingDays=1')).json();
    expect(mid.deadline).toBe('2028-10-06');
    expect(mid.provisional).toBe(true);
  });

  it('becomes final once an admin loads the year, and the load is audited', async () => {
    // the calendar counts every region's deadlines: a county administrator may not load it
    const county = await t.login('zezhou-admin');
    const refused = await county.put('/api/v1/calendar/years/2027', {
      notice: '国务院办公厅关于2027年部分节假日安排的通知（测试）',
      days: [{ date: '2027-01-01', kind: 'holiday', name: '元旦', nameEn: "New Year's Day" }],
    });
    expect(refused.statusCode).toBe(403);
    expect((await county.get('/api/v1/calendar/years/2027')).statusCode).toBe(404);
    const admin = await t.login('city-admin');
    const put = await admin.put('/api/v1/calendar/years/2027', {
      notice: '国务院办公厅关于2027年部分节假日安排的通知（测试）',
      days: [{ date: '2027-01-01', kind: 'holiday', name: '元旦', nameEn: "New Year's Day" }],
    });
    expect(put.statusCode).toBe(200);
    const r = (await sup.get('/api/v1/calendar/deadline?from=2026-12-28&workingDays=5')).json();
    expect(r.provisional).toBe(false);
    const events = (await admin.get('/api/v1/audit-events?entityType=calendar_year&entityId=2027')).json()
      .items;
    expect(events[0]).toMatchObject({ action: 'calendar.year_load', article: 'art10.2' });
    // and every county's administrator finds it in the audit list
    const seen = (await county.get('/api/v1/audit-events?entityType=calendar_year&entityId=2027')).json()
      .items;
    expect(seen.map((e: { action: string }) => e.action)).toEqual(['calendar.year_load']);
  });

  it('refuses bad days, naming each', async () => {
    const admin = await t.login('city-admin');
    const res = await admin.put('/api/v1/calendar/years/2028', {
      notice: '测试',
      days: [
        { date: '2027-05-01', kind: 'holiday', name: '劳动节' },
        { date: '2028-05-03', kind: 'adjusted_workday', name: '劳动节' },
      ],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields.map((f: { field: string }) => f.field)).toEqual(['days.0.date', 'days.1.date']);
    expect((await admin.get('/api/v1/calendar/years/2028')).statusCode).toBe(404);
  });

  it('a notice may set days in the December before its year: loading 2019 (2018-12-29 worked) keeps 2018', async () => {
    const admin = await t.login('city-admin');
    const before2018 = (await admin.get('/api/v1/calendar/years/2018')).json();
    const own2019 = (await admin.get('/api/v1/calendar/years/2019')).json().days;
    const yuandan = { name: '元旦', nameEn: "New Year's Day" };
    const put = await admin.put('/api/v1/calendar/years/2019', {
      notice: '国务院办公厅关于2019年部分节假日安排的通知（测试）',
      days: [
        { date: '2018-12-29', kind: 'adjusted_workday', ...yuandan },
        { date: '2018-12-30', kind: 'holiday', ...yuandan },
        { date: '2018-12-31', kind: 'holiday', ...yuandan },
        ...own2019,
      ],
    });
    expect(put.statusCode).toBe(200);
    expect(put.json()).toEqual({ year: 2019, days: own2019.length + 3 });
    // 2018's notice and days (which list the same three days) are untouched.
    expect((await admin.get('/api/v1/calendar/years/2018')).json()).toEqual(before2018);
    const y2019 = (await admin.get('/api/v1/calendar/years/2019')).json();
    // every process's cached calendar sees the replacement, even at the same loaded_at
    expect(y2019.notice).toBe('国务院办公厅关于2019年部分节假日安排的通知（测试）');
    expect(y2019.days.slice(0, 3).map((d: { date: string }) => d.date)).toEqual([
      '2018-12-29',
      '2018-12-30',
      '2018-12-31',
    ]);
    const r = (await sup.get('/api/v1/calendar/deadline?from=2018-12-28&workingDays=1')).json();
    expect(r).toMatchObject({ deadline: '2018-12-29', provisional: false, counted: ['2018-12-29'] });
    expect(r.calendarYears.map((y: { year: number }) => y.year)).toEqual([2018, 2019]);
    const events = (await admin.get('/api/v1/audit-events?entityType=calendar_year&entityId=2019')).json()
      .items;
    expect(events[0]).toMatchObject({ action: 'calendar.year_replace', article: 'art10.2' });
  });

  it('refuses a day outside the notice’s year and the December before, changing nothing', async () => {
    const admin = await t.login('city-admin');
    const res = await admin.put('/api/v1/calendar/years/2030', {
      notice: '测试',
      days: [
        { date: '2029-11-30', kind: 'holiday', name: '测试' },
        { date: '2028-12-31', kind: 'holiday', name: '测试' },
        { date: '2031-01-01', kind: 'holiday', name: '测试' },
      ],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields.map((f: { field: string }) => f.field)).toEqual([
      'days.0.date',
      'days.1.date',
      'days.2.date',
    ]);
    expect(res.json().fields[0].reason).toBe('不属于2030年或其前一年十二月');
    expect((await admin.get('/api/v1/calendar/years/2030')).statusCode).toBe(404);
  });

  it('with the previous year not loaded, the days a notice sets in its December are final, the rest provisional', async () => {
    const admin = await t.login('city-admin');
    const put = await admin.put('/api/v1/calendar/years/2030', {
      notice: '国务院办公厅关于2030年部分节假日安排的通知（测试）',
      days: [{ date: '2029-12-29', kind: 'adjusted_workday', name: '元旦', nameEn: "New Year's Day" }],
    });
    expect(put.statusCode).toBe(200);
    expect((await admin.get('/api/v1/calendar/years/2029')).statusCode).toBe(404);
    const known = (await sup.get('/api/v1/calendar/deadline?from=2029-12-28&workingDays=1')).json();
    expect(known).toMatchObject({ deadline: '2029-12-29', provisional: false, provisionalYears: [] });
    expect(known.calendarYears).toEqual([
      { year: 2030, notice: '国务院办公厅关于2030年部分节假日安排的通知（测试）' },
    ]);
    const mixed = (await sup.get('/api/v1/calendar/deadline?from=2029-12-27&workingDays=2')).json();
    expect(mixed).toMatchObject({ deadline: '2029-12-29', provisional: true, provisionalYears: [2029] });
  });

  it('calendar days that end on a holiday run to the next working day', async () => {
    const r = (await sup.get('/api/v1/calendar/deadline?from=2024-09-21&calendarDays=10')).json();
    expect(r.deadline).toBe('2024-10-08');
  });

  it('rejects bad input with the field named', async () => {
    for (const q of [
      'from=2024-02-30&workingDays=5',
      'from=2024-09-27',
      'from=2024-09-27&workingDays=5&calendarDays=3',
      'from=x&workingDays=-1',
    ]) {
      const res = await sup.get(`/api/v1/calendar/deadline?${q}`);
      expect(res.statusCode, q).toBe(400);
      expect(res.json().fields.length, q).toBeGreaterThan(0);
    }
  });
});

describe('calendar bad input: 400 naming the field, never 500, never read leniently', () => {
  const field = async (url: string) => {
    const res = await sup.get(url);
    expect(res.statusCode, url).toBe(400);
    const p = res.json();
    expect(p.title_en, url).toBeTruthy();
    return p.fields.map((f: { field: string }) => f.field);
  };

  it('a start date near year 9999 or before the holiday law is refused; the horizon’s edges are answered', async () => {
    for (const q of [
      'from=9999-12-28&workingDays=5',
      'from=9999-12-31&calendarDays=1',
      'from=9997-06-01&calendarDays=1000',
      'from=2201-01-01&workingDays=1',
      'from=1949-12-31&workingDays=1',
      'from=0000-01-01&calendarDays=1',
    ]) {
      expect(await field(`/api/v1/calendar/deadline?${q}`), q).toEqual(['query.from']);
    }
    for (const q of [
      'from=2200-12-31&workingDays=3650',
      'from=2200-12-31&calendarDays=3650',
      'from=1950-01-01&workingDays=1',
    ]) {
      const res = await sup.get(`/api/v1/calendar/deadline?${q}`);
      expect(res.statusCode, q).toBe(200);
      expect(res.json().provisional, q).toBe(true);
    }
  });

  it('numbers written as 0x10, 5e0, with spaces, signs, decimals or leading zeros are refused', async () => {
    for (const n of [
      '0x10',
      '5e0',
      '%205',
      '5%20',
      '+5',
      '1.0',
      '05',
      '-1',
      '',
      '0',
      '3651',
      '9'.repeat(20),
    ]) {
      expect(await field(`/api/v1/calendar/deadline?from=2024-09-27&workingDays=${n}`), n).toEqual([
        'query.workingDays',
      ]);
      expect(await field(`/api/v1/calendar/deadline?from=2024-09-27&calendarDays=${n}`), n).toEqual([
        'query.calendarDays',
      ]);
    }
    expect(await field('/api/v1/calendar/deadline?from=2024-09-27&workingDays=5&workingDays=6')).toEqual([
      'query.workingDays',
    ]);
    const ok = (await sup.get('/api/v1/calendar/deadline?from=2024-09-27&workingDays=3650')).json();
    expect(ok.length).toBe(3650);
  });

  it('a year in the path is plain digits within 1990–2200', async () => {
    for (const y of ['0x7E8', '2024.0', '2.024e3', '%202024', '02024', '1989', '2201']) {
      expect(await field(`/api/v1/calendar/years/${y}`), y).toEqual(['params.year']);
    }
    const admin = await t.login('city-admin');
    const res = await admin.put('/api/v1/calendar/years/2e3', { notice: '测试', days: [] });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields.map((f: { field: string }) => f.field)).toEqual(['params.year']);
    expect((await sup.get('/api/v1/calendar/years/2024')).statusCode).toBe(200);
  });
});
