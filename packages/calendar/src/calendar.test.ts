import { describe, expect, it } from 'vitest';
import { buildCalendar, dayStatus } from './calendar.ts';
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
