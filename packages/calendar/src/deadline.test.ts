import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCalendar, dayStatus } from './calendar.ts';
import { addDays } from './dates.ts';
import { computeDeadline } from './deadline.ts';
import { seedFromChineseDays } from './seed.ts';
import type { DeadlineInput } from './types.ts';

const seed = seedFromChineseDays();
const cal = buildCalendar(seed.exceptions, seed.years);
const holidays = (from: string, to: string) =>
  Array.from({ length: 1 + (Date.parse(to) - Date.parse(from)) / 86_400_000 }, (_, i) => addDays(from, i));

describe('第十条 五个工作日 (art10.2) — 自收到决定书之日起五个工作日内', () => {
  it('received 2024-09-27 → deadline 2024-10-10 (09-29 调休上班, 10-01..10-07 国庆节)', () => {
    const r = computeDeadline(cal, { from: '2024-09-27', workingDays: 5 });
    expect(r.deadline).toBe('2024-10-10');
    expect(r.unit).toBe('working_days');
    expect(r.length).toBe(5);
    expect(r.provisional).toBe(false);
    expect(r.provisionalYears).toEqual([]);
    expect(r.counted).toEqual(['2024-09-29', '2024-09-30', '2024-10-08', '2024-10-09', '2024-10-10']);
    expect(r.skipped).toEqual([
      { date: '2024-09-28', reason: 'weekend' },
      ...holidays('2024-10-01', '2024-10-07').map((date) => ({ date, reason: 'holiday', name: '国庆节' })),
    ]);
    expect(r.basis.zh).toBe(
      '自2024-09-27次日起算5个工作日（期间开始之日不计算在内），跳过周末1天、法定节假日7天，调休上班1天计入，届满日2024-10-10。',
    );
    expect(r.basis.en).toContain('deadline 2024-10-10');
  });

  it('2025 春节: received 2025-01-24 (Fri) → 2025-02-07; 01-26 调休 counts, 01-28..02-04 skipped', () => {
    const r = computeDeadline(cal, { from: '2025-01-24', workingDays: 5 });
    expect(r.deadline).toBe('2025-02-07');
    expect(r.counted).toEqual(['2025-01-26', '2025-01-27', '2025-02-05', '2025-02-06', '2025-02-07']);
    expect(r.skipped).toEqual([
      { date: '2025-01-25', reason: 'weekend' },
      ...holidays('2025-01-28', '2025-02-04').map((date) => ({ date, reason: 'holiday', name: '春节' })),
    ]);
    expect(r.basis.zh).toContain('跳过周末1天、法定节假日8天，调休上班1天计入，届满日2025-02-07');
  });

  it('2024 国庆节: received 2024-09-30 → 2024-10-12, the 调休 Saturday counts', () => {
    const r = computeDeadline(cal, { from: '2024-09-30', workingDays: 5 });
    expect(r.deadline).toBe('2024-10-12');
    expect(r.counted).toEqual(['2024-10-08', '2024-10-09', '2024-10-10', '2024-10-11', '2024-10-12']);
    expect(r.skipped.map((s) => s.date)).toEqual(holidays('2024-10-01', '2024-10-07'));
  });

  it('running into 2027 (not loaded) is provisional and skips estimated statutory days', () => {
    const r = computeDeadline(cal, { from: '2026-12-25', workingDays: 10 });
    expect(r.deadline).toBe('2027-01-11');
    expect(r.provisional).toBe(true);
    expect(r.provisionalYears).toEqual([2027]);
    expect(r.skipped).toContainEqual({
      date: '2027-01-01',
      reason: 'estimated_statutory_holiday',
      name: '元旦',
    });
    expect(r.counted).not.toContain('2027-01-01');
    expect(r.basis.zh).toContain('推算的法定节日1天');
    expect(r.basis.zh).toContain('2027年的国务院放假安排尚未载入');
    expect(r.basis.en).toContain('provisional');
  });

  it('2027 春节 is estimated from the law (除夕 to 初三), its weekend days given back after it (第六条)', () => {
    const r = computeDeadline(cal, { from: '2027-02-04', workingDays: 1 });
    // A statutory day on a weekend is reported as the holiday, as loaded notices do; its 补假 follows the block.
    expect(r.skipped).toEqual([
      ...holidays('2027-02-05', '2027-02-08').map((date) => ({
        date,
        reason: 'estimated_statutory_holiday',
        name: '春节',
      })),
      ...holidays('2027-02-09', '2027-02-10').map((date) => ({
        date,
        reason: 'estimated_make_up_day',
        name: '春节',
      })),
    ]);
    expect(r.deadline).toBe('2027-02-11');
    expect(r.provisional).toBe(true);
    expect(r.basis.zh).toContain('跳过推算的法定节日4天、推算的补假2天，届满日2027-02-11');
    expect(r.basis.zh).toContain('并依第六条将适逢星期六、星期日的法定节日在该假期后的工作日补假');
    expect(r.basis.en).toContain('2 estimated make-up days');
    expect(r.basis.en).toContain('Article 6');
  });

  it('第六条: 2027 国庆 (10-02, 10-03 on the weekend) runs to 10-06; 2028 中秋 on 国庆 to 10-06 too', () => {
    expect(computeDeadline(cal, { from: '2027-09-30', workingDays: 1 }).deadline).toBe('2027-10-06');
    const r = computeDeadline(cal, { from: '2028-09-29', workingDays: 1 });
    expect(r.skipped.map((s) => `${s.date} ${s.reason}`)).toEqual([
      '2028-09-30 weekend',
      '2028-10-01 estimated_statutory_holiday',
      '2028-10-02 estimated_statutory_holiday',
      '2028-10-03 estimated_statutory_holiday',
      '2028-10-04 estimated_make_up_day',
      '2028-10-05 estimated_make_up_day',
    ]);
    expect(r.deadline).toBe('2028-10-06');
  });

  it('第六条: a calendar-day period ending on an estimated 补假 day runs to the next working day', () => {
    const r = computeDeadline(cal, { from: '2027-04-23', calendarDays: 10 });
    expect(r.counted).toEqual(['2027-05-03']);
    expect(r.deadline).toBe('2027-05-05');
    expect(r.basis.zh).toContain('期间末日2027-05-03为补假日（劳动节，推算）');
    expect(r.basis.en).toContain('make-up day for 劳动节 (estimated)');
  });
});

describe('期间开始之日不计算在内', () => {
  it('counting starts the day after `from`, whatever `from` is', () => {
    expect(computeDeadline(cal, { from: '2024-09-23', workingDays: 1 }).deadline).toBe('2024-09-24');
    expect(computeDeadline(cal, { from: '2024-10-01', workingDays: 1 }).deadline).toBe('2024-10-08');
    expect(computeDeadline(cal, { from: '2024-09-23', calendarDays: 1 }).deadline).toBe('2024-09-24');
  });
});

describe('calendar days — 期间届满的最后一日是法定节假日的，以节假日后的第一日为期间届满的日期', () => {
  it('an end day on a holiday is extended to the first working day after it', () => {
    const r = computeDeadline(cal, { from: '2024-09-21', calendarDays: 10 });
    expect(r.unit).toBe('calendar_days');
    expect(r.counted).toEqual(['2024-10-01']);
    expect(r.deadline).toBe('2024-10-08');
    expect(r.skipped.map((s) => s.date)).toEqual(holidays('2024-10-01', '2024-10-07'));
    expect(r.basis.zh).toContain('期间末日2024-10-01为法定节假日（国庆节）');
    expect(r.basis.zh).toContain('以节假日后的第一日为期间届满的日期');
    expect(r.basis.zh).toContain('顺延7天，届满日2024-10-08');
  });

  it('an end day on a weekend is extended; on a 调休 working Sunday it is not', () => {
    expect(computeDeadline(cal, { from: '2024-09-11', calendarDays: 10 }).deadline).toBe('2024-09-23');
    // Ends Saturday 09-28; the next day is the 调休 working Sunday 09-29.
    expect(computeDeadline(cal, { from: '2024-09-18', calendarDays: 10 }).deadline).toBe('2024-09-29');
    const r = computeDeadline(cal, { from: '2024-09-19', calendarDays: 10 });
    expect(r.deadline).toBe('2024-09-29');
    expect(r.skipped).toEqual([]);
    expect(r.basis.zh).toBe('自2024-09-19次日起算10日（期间开始之日不计算在内），届满日2024-09-29。');
  });

  it('an estimated holiday in an unloaded year extends and marks the result provisional', () => {
    const r = computeDeadline(cal, { from: '2026-12-01', calendarDays: 31 });
    expect(r.deadline).toBe('2027-01-04');
    expect(r.provisionalYears).toEqual([2027]);
  });
});

describe('input validation', () => {
  const bad: [string, DeadlineInput][] = [
    ['invalid date', { from: '2024-02-30', workingDays: 5 }],
    ['malformed date', { from: '2024/09/27', workingDays: 5 }],
    ['both units', { from: '2024-09-27', workingDays: 5, calendarDays: 5 }],
    ['neither unit', { from: '2024-09-27' }],
    ['non-integer', { from: '2024-09-27', workingDays: 2.5 }],
    ['zero', { from: '2024-09-27', calendarDays: 0 }],
    ['too long', { from: '2024-09-27', workingDays: 3651 }],
    ['NaN', { from: '2024-09-27', workingDays: Number.NaN }],
  ];
  it.each(bad)('%s → RangeError', (_, input) => {
    expect(() => computeDeadline(cal, input)).toThrow(RangeError);
  });
});

describe('properties', () => {
  // Any date 2004-01-01 .. 2100-12-31.
  const date = fc.integer({ min: 0, max: 35_794 }).map((o) => addDays('2004-01-01', o));

  it('deadline is after `from`, is a working day, and (from, deadline] holds exactly n working days', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 60 }), (from, n) => {
        const r = computeDeadline(cal, { from, workingDays: n });
        expect(r.deadline > from).toBe(true);
        expect(dayStatus(cal, r.deadline).working).toBe(true);
        let working = 0;
        for (let d = addDays(from, 1); d <= r.deadline; d = addDays(d, 1))
          if (dayStatus(cal, d).working) working++;
        expect(working).toBe(n);
        expect(r.counted).toHaveLength(n);
        expect(r.counted.at(-1)).toBe(r.deadline);
        expect(r.provisional).toBe(r.provisionalYears.length > 0);
      }),
      { numRuns: 150 },
    );
  });

  it('calendar-day deadline is a working day on or after from + n, with no working day in between', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 400 }), (from, n) => {
        const r = computeDeadline(cal, { from, calendarDays: n });
        const raw = addDays(from, n);
        expect(r.deadline >= raw).toBe(true);
        expect(dayStatus(cal, r.deadline).working).toBe(true);
        expect(r.skipped.map((s) => s.date)).toEqual(
          r.deadline === raw ? [] : holidays(raw, addDays(r.deadline, -1)),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('never throws for valid input in 2004..2100', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 3650 }), fc.boolean(), (from, n, working) => {
        const r = computeDeadline(cal, working ? { from, workingDays: n } : { from, calendarDays: n });
        expect(r.deadline > from).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});
