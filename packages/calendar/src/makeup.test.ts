import { describe, expect, it } from 'vitest';
import { buildCalendar, dayStatus } from './calendar.ts';
import { addDays, isWeekend } from './dates.ts';
import { lunarToSolar } from './lunar.ts';
import { makeUpDays } from './makeup.ts';
import { seedFromChineseDays } from './seed.ts';
import { statutoryHolidays } from './statutory.ts';

const seed = seedFromChineseDays();
const loaded = new Map(seed.exceptions.map((e) => [e.date, e]));
const cal = buildCalendar(seed.exceptions, seed.years);
const made = (year: number) => makeUpDays(year).map((e) => `${e.date} ${e.name}`);

describe('《全国年节及纪念日放假办法》第六条 补假 — a statutory day on a weekend is given back on a working day', () => {
  it('2027: the six statutory days on weekends (02-06, 02-07, 05-01, 05-02, 10-02, 10-03) are given back', () => {
    expect(
      statutoryHolidays(2027)
        .filter((e) => isWeekend(e.date))
        .map((e) => e.date),
    ).toEqual(['2027-02-06', '2027-02-07', '2027-05-01', '2027-05-02', '2027-10-02', '2027-10-03']);
    expect(made(2027)).toEqual([
      '2027-02-09 春节',
      '2027-02-10 春节',
      '2027-05-03 劳动节',
      '2027-05-04 劳动节',
      '2027-10-04 国庆节',
      '2027-10-05 国庆节',
    ]);
  });

  it('第六条: weekend days inside a block are given back after the block (2027 春节: 除夕 02-05 Fri … 初三 02-08 Mon)', () => {
    expect(
      statutoryHolidays(2027)
        .filter((e) => e.name === '春节')
        .map((e) => e.date),
    ).toEqual(['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08']);
    // 02-08 is 初三 itself, so the weekend 初一 and 初二 are given back on 02-09 and 02-10.
    expect(dayStatus(cal, '2027-02-08')).toMatchObject({
      reason: 'estimated_statutory_holiday',
      name: '春节',
    });
    expect(dayStatus(cal, '2027-02-09')).toEqual({
      working: false,
      reason: 'estimated_make_up_day',
      name: '春节',
      provisional: true,
    });
    expect(dayStatus(cal, '2027-02-10')).toMatchObject({ working: false, reason: 'estimated_make_up_day' });
    expect(dayStatus(cal, '2027-02-11')).toEqual({ working: true, reason: 'workday', provisional: true });
  });

  it('第六条: 2028 中秋 falls on 国庆 (10-03); 10-01 (Sunday) and the coinciding day are both given back', () => {
    expect(lunarToSolar(2028, 8, 15)).toBe('2028-10-03');
    expect(statutoryHolidays(2028).find((e) => e.date === '2028-10-03')?.name).toBe('中秋节、国庆节');
    expect(made(2028)).toEqual([
      '2028-01-03 元旦', // 01-01 is a Saturday
      '2028-05-29 端午节', // 05-28 is a Sunday
      '2028-10-04 国庆节', // for 10-01, a Sunday
      '2028-10-05 中秋节、国庆节', // for the festival that fell on 国庆
    ]);
  });

  it('第六条: no statutory day on a weekend, nothing given back (2019); fixed-date days only after the lunar table', () => {
    expect(made(2019)).toEqual([]);
    // 2101-01-01 and 10-01 are Saturdays, 05-01 a Sunday.
    expect(made(2101)).toEqual([
      '2101-01-03 元旦',
      '2101-05-03 劳动节',
      '2101-10-04 国庆节',
      '2101-10-05 国庆节',
    ]);
    expect(() => makeUpDays(2025.5)).toThrow(RangeError);
  });

  it('第六条: every estimated 补假 day of 2004–2026 was a day off in that year’s State Council notice', () => {
    // Two notices gave the day back elsewhere: 2012 端午 (06-23, Saturday) before the block, on 06-22;
    // 2015 中秋 (09-27, Sunday) within the National Day break.
    const elsewhere: Record<string, string> = { '2012-06-25': '2012-06-22', '2015-09-28': '2015-10-07' };
    let checked = 0;
    for (const year of seed.years) {
      for (const e of makeUpDays(year)) {
        const off = elsewhere[e.date] ?? e.date;
        expect(loaded.get(off)?.kind, `${e.date} ${e.name}`).toBe('holiday');
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
    expect(loaded.get('2012-06-25')).toBeUndefined();
    expect(loaded.get('2015-09-28')).toBeUndefined();
  });

  it('the 2020 notice gave back 中秋 on 国庆 (10-01) as the estimate does: 10-05 and 10-06 were days off', () => {
    expect(made(2020).filter((d) => d.startsWith('2020-10'))).toEqual([
      '2020-10-05 中秋节、国庆节',
      '2020-10-06 国庆节',
    ]);
    for (let d = '2020-10-01'; d <= '2020-10-08'; d = addDays(d, 1))
      expect(loaded.get(d)?.kind).toBe('holiday');
  });

  it('returns fresh objects (callers cannot corrupt the memo)', () => {
    makeUpDays(2027)[0].name = 'x';
    expect(makeUpDays(2027)[0].name).toBe('春节');
  });
});
