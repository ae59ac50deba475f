import chineseDays from 'chinese-days';
import { describe, expect, it } from 'vitest';
import { buildCalendar, dayStatus } from './calendar.ts';
import { addDays } from './dates.ts';
import { lunarNewYear, lunarToSolar, qingmingDay } from './lunar.ts';
import { seedFromChineseDays } from './seed.ts';
import { statutoryHolidays } from './statutory.ts';

const seed = seedFromChineseDays();
const loaded = new Map(seed.exceptions.map((e) => [e.date, e]));
const cal = buildCalendar(seed.exceptions, seed.years);
// chinese-days' own date helpers drift a day in zones west of UTC; compare with them only where they are right.
const westOfUtc = new Date(Date.UTC(2000, 0, 1)).getTimezoneOffset() > 0;

describe('statutoryHolidays — 全国年节及纪念日放假办法', () => {
  it('2025 (2024 revision): 元旦1、春节4 from 除夕、清明1、劳动节2、端午1、中秋1、国庆3', () => {
    const days = statutoryHolidays(2025).map((e) => `${e.date} ${e.name}`);
    expect(days).toEqual([
      '2025-01-01 元旦',
      '2025-01-28 春节', // 除夕 (腊月廿九, the 12th month has 29 days)
      '2025-01-29 春节',
      '2025-01-30 春节',
      '2025-01-31 春节',
      '2025-04-04 清明节',
      '2025-05-01 劳动节',
      '2025-05-02 劳动节',
      '2025-05-31 端午节',
      '2025-10-01 国庆节',
      '2025-10-02 国庆节',
      '2025-10-03 国庆节',
      '2025-10-06 中秋节',
    ]);
    expect(statutoryHolidays(2025).every((e) => e.kind === 'holiday')).toBe(true);
  });

  it.each([2025, 2026])('statutoryHolidays(%i) is a subset of the loaded State Council holidays', (year) => {
    const list = statutoryHolidays(year);
    expect(list.length).toBe(13);
    for (const e of list) expect(loaded.get(e.date)?.kind, `${e.date} ${e.name}`).toBe('holiday');
  });

  it('earlier rule before 2025: 春节 3 days, 劳动节 1 day (2013 revision: 初一 to 初三)', () => {
    const y2024 = statutoryHolidays(2024);
    expect(y2024.filter((e) => e.name === '春节').map((e) => e.date)).toEqual([
      '2024-02-10',
      '2024-02-11',
      '2024-02-12',
    ]);
    expect(y2024.filter((e) => e.name === '劳动节').map((e) => e.date)).toEqual(['2024-05-01']);
    // 2007 revision (2008–2013) ran 除夕 to 初二.
    expect(
      statutoryHolidays(2010)
        .filter((e) => e.name === '春节')
        .map((e) => e.date),
    ).toEqual(['2010-02-13', '2010-02-14', '2010-02-15']);
  });

  it('every statutory day of 2004–2026 is a day off in the loaded calendar', () => {
    // Strict 'holiday' except where chinese-days omits a weekend day inside a break (2012-06-23, 端午 on a Saturday).
    for (const year of seed.years) {
      for (const e of statutoryHolidays(year)) {
        expect(dayStatus(cal, e.date).working, `${e.date} ${e.name}`).toBe(false);
        if (e.date !== '2012-06-23') expect(loaded.get(e.date)?.kind, `${e.date} ${e.name}`).toBe('holiday');
      }
    }
  });

  it('coinciding festivals share one day (2020: 中秋 on 10-01)', () => {
    const d = statutoryHolidays(2020).find((e) => e.date === '2020-10-01');
    expect(d?.name).toBe('中秋节、国庆节');
    expect(statutoryHolidays(2020).filter((e) => e.date === '2020-10-01')).toHaveLength(1);
  });

  it('beyond the lunar table (after 2100) only fixed-date holidays are estimated', () => {
    expect(statutoryHolidays(2101).map((e) => e.name)).toEqual([
      '元旦',
      '劳动节',
      '劳动节',
      '国庆节',
      '国庆节',
      '国庆节',
    ]);
    expect(statutoryHolidays(1949)).toEqual([]);
    expect(() => statutoryHolidays(2025.5)).toThrow(RangeError);
  });

  it('returns fresh objects (callers cannot corrupt the memo)', () => {
    statutoryHolidays(2027)[0].name = 'x';
    expect(statutoryHolidays(2027)[0].name).toBe('元旦');
  });

  it.skipIf(westOfUtc)('lunar dates and 清明 agree with chinese-days for 1950–2100', () => {
    for (let y = 1950; y <= 2100; y++) {
      expect(lunarNewYear(y), `${y}`).toBe(chineseDays.getSolarDateFromLunar(`${y}-01-01`).date);
      expect(lunarToSolar(y, 5, 5), `${y}`).toBe(chineseDays.getSolarDateFromLunar(`${y}-05-05`).date);
      expect(lunarToSolar(y, 8, 15), `${y}`).toBe(chineseDays.getSolarDateFromLunar(`${y}-08-15`).date);
      expect(qingmingDay(y), `${y}`).toBe(chineseDays.getSolarTermDate(y, 4, 'pure_brightness'));
      const eve = chineseDays.getLunarDate(addDays(lunarNewYear(y), -1));
      expect([eve.lunarMon, eve.lunarDay >= 29]).toEqual([12, true]);
    }
  });
});
