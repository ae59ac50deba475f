import { describe, expect, it } from 'vitest';
import { buildCalendar, dayStatus, noticeReaches } from './calendar.ts';
import { seedFromChineseDays } from './seed.ts';
import type { CalendarException } from './types.ts';

const seed = seedFromChineseDays();
const cal = buildCalendar(seed.exceptions, seed.years);

describe('seedFromChineseDays', () => {
  it('loads 2004–2026 with holidays and 调休 workdays, names split from the data', () => {
    expect(seed.years).toEqual(Array.from({ length: 23 }, (_, i) => 2004 + i));
    const byDate = new Map(seed.exceptions.map((e) => [e.date, e]));
    expect(byDate.get('2024-10-01')).toEqual({
      date: '2024-10-01',
      kind: 'holiday',
      name: '国庆节',
      nameEn: 'National Day',
    });
    expect(byDate.get('2024-09-29')).toMatchObject({ kind: 'adjusted_workday', name: '国庆节' });
    expect(byDate.get('2026-01-01')?.nameEn).toBe("New Year's Day");
    expect(new Set(seed.exceptions.map((e) => e.date)).size).toBe(seed.exceptions.length);
  });
});

describe('buildCalendar', () => {
  const h = (date: string): CalendarException => ({ date, kind: 'holiday', name: '测试', nameEn: 'Test' });

  it('keeps only exceptions of loaded years (a year counts only once its notice is complete)', () => {
    const c = buildCalendar([h('2030-10-08'), h('2031-10-08')], [2030]);
    expect([...c.exceptions.keys()]).toEqual(['2030-10-08']);
    expect(dayStatus(c, '2031-10-08')).toMatchObject({ working: true, provisional: true });
  });

  it('rejects malformed data', () => {
    expect(() => buildCalendar([h('2030-02-30')], [2030])).toThrow(RangeError);
    expect(() => buildCalendar([{ ...h('2030-10-08'), kind: 'x' as never }], [2030])).toThrow(RangeError);
    expect(() =>
      buildCalendar([h('2030-10-12'), { ...h('2030-10-12'), kind: 'adjusted_workday' }], [2030]),
    ).toThrow(/both/);
    expect(() => buildCalendar([], [2030.5])).toThrow(RangeError);
  });
});

describe('a notice that sets days in the December before its year (the 2019 notice worked 2018-12-29)', () => {
  const n2019 = (date: string, kind: CalendarException['kind']): CalendarException => ({
    date,
    kind,
    name: '元旦',
    nameEn: "New Year's Day",
    noticeYear: 2019,
  });
  const notice2019 = [
    n2019('2018-12-29', 'adjusted_workday'),
    n2019('2018-12-30', 'holiday'),
    n2019('2018-12-31', 'holiday'),
    n2019('2019-01-01', 'holiday'),
  ];

  it('reaches its own year and the December before, nothing else', () => {
    expect(noticeReaches(2019, '2018-12-29')).toBe(true);
    expect(noticeReaches(2019, '2019-12-31')).toBe(true);
    expect(noticeReaches(2019, '2018-11-30')).toBe(false);
    expect(noticeReaches(2019, '2020-01-01')).toBe(false);
    expect(noticeReaches(2019, '2017-12-31')).toBe(false);
    expect(noticeReaches(2019.5, '2019-01-01')).toBe(false);
    expect(() => buildCalendar([{ ...n2019('2018-11-30', 'holiday') }], [2019])).toThrow(/outside/);
  });

  it('with the previous year not loaded, the days it sets are known and the rest of that year is estimated', () => {
    const c = buildCalendar(notice2019, [2019]);
    expect(dayStatus(c, '2018-12-29')).toEqual({
      working: true,
      reason: 'adjusted_workday',
      name: '元旦',
      provisional: false,
    });
    expect(dayStatus(c, '2018-12-31')).toMatchObject({
      working: false,
      reason: 'holiday',
      provisional: false,
    });
    expect(dayStatus(c, '2018-12-28')).toEqual({ working: true, reason: 'workday', provisional: true });
    expect(c.exceptions.get('2018-12-29')?.noticeYear).toBe(2019);
    expect(c.exceptions.get('2019-01-01')?.noticeYear).toBeUndefined();
  });

  it('with the previous year loaded, that year keeps its own days and the later notice decides the days both set', () => {
    const own2018 = [
      { date: '2018-10-01', kind: 'holiday' as const, name: '国庆节', nameEn: 'National Day' },
      { date: '2018-12-31', kind: 'adjusted_workday' as const, name: '测试', nameEn: 'Test' },
    ];
    for (const order of [
      [...own2018, ...notice2019],
      [...notice2019, ...own2018],
    ]) {
      const c = buildCalendar(order, [2018, 2019]);
      expect(dayStatus(c, '2018-10-01')).toMatchObject({
        reason: 'holiday',
        name: '国庆节',
        provisional: false,
      });
      expect(dayStatus(c, '2018-12-31')).toMatchObject({ working: false, reason: 'holiday', name: '元旦' });
      expect(dayStatus(c, '2018-12-29')).toMatchObject({ working: true, reason: 'adjusted_workday' });
    }
    // Without the 2019 notice, 2018's own listing stands.
    expect(dayStatus(buildCalendar([...own2018, ...notice2019], [2018]), '2018-12-31')).toMatchObject({
      working: true,
      name: '测试',
    });
  });

  it('the same notice listing a day both ways is still malformed', () => {
    expect(() =>
      buildCalendar([n2019('2018-12-30', 'holiday'), n2019('2018-12-30', 'adjusted_workday')], [2019]),
    ).toThrow(/both/);
  });
});

describe('dayStatus', () => {
  it('loaded years are authoritative: holiday, 调休 workday, weekend, workday', () => {
    expect(dayStatus(cal, '2024-10-01')).toEqual({
      working: false,
      reason: 'holiday',
      name: '国庆节',
      provisional: false,
    });
    expect(dayStatus(cal, '2024-09-29')).toEqual({
      working: true,
      reason: 'adjusted_workday',
      name: '国庆节',
      provisional: false,
    });
    expect(dayStatus(cal, '2024-09-28')).toEqual({ working: false, reason: 'weekend', provisional: false });
    expect(dayStatus(cal, '2024-09-27')).toEqual({ working: true, reason: 'workday', provisional: false });
  });

  it('unloaded years: weekends plus statutory days, provisional', () => {
    expect(dayStatus(cal, '2027-01-01')).toEqual({
      working: false,
      reason: 'estimated_statutory_holiday',
      name: '元旦',
      provisional: true,
    });
    expect(dayStatus(cal, '2027-01-02')).toEqual({ working: false, reason: 'weekend', provisional: true });
    expect(dayStatus(cal, '2027-01-04')).toEqual({ working: true, reason: 'workday', provisional: true });
    expect(() => dayStatus(cal, '2027-02-29')).toThrow(RangeError);
  });
});
