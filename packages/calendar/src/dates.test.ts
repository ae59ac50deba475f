import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, isIsoDate, weekday } from './dates.ts';

describe('dates (UTC day arithmetic, independent of TZ)', () => {
  it('isIsoDate accepts only strict, real calendar dates', () => {
    for (const ok of ['2024-02-29', '2000-02-29', '2025-12-31', '0001-01-01', '9999-12-31']) {
      expect(isIsoDate(ok), ok).toBe(true);
    }
    for (const bad of [
      '2024-02-30',
      '2023-02-29',
      '1900-02-29',
      '2024-13-01',
      '2024-00-10',
      '2024-1-5',
      '2024-01-05T00:00',
      ' 2024-01-05',
      '20240105',
      '',
    ]) {
      expect(isIsoDate(bad), bad).toBe(false);
    }
  });

  it('addDays crosses months, leap days and years; years below 100 are not mapped to 19xx', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-29', 1)).toBe('2024-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(addDays('0050-03-01', -1)).toBe('0050-02-28');
    expect(() => addDays('9999-12-31', 1)).toThrow(RangeError);
    expect(() => addDays('2024-02-30', 1)).toThrow(RangeError);
  });

  it('weekday is 0 = Sunday', () => {
    expect(weekday('2024-09-29')).toBe(0);
    expect(weekday('2024-09-27')).toBe(5);
    expect(weekday('2025-01-26')).toBe(0);
    expect(weekday('2025-02-08')).toBe(6);
  });

  it('addDays(d, n) then -n round-trips and advances the weekday by n mod 7', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40_000 }), fc.integer({ min: -20_000, max: 20_000 }), (o, n) => {
        const d = addDays('1950-01-01', o);
        const e = addDays(d, n);
        expect(isIsoDate(e)).toBe(true);
        expect(addDays(e, -n)).toBe(d);
        expect(weekday(e)).toBe((((weekday(d) + n) % 7) + 7) % 7);
      }),
      { numRuns: 300 },
    );
  });
});
