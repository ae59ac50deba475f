import { dayStatus } from './calendar.ts';
import { addDays, isIsoDate, yearOf } from './dates.ts';
import { explainCalendarDays, explainWorkingDays } from './explain.ts';
import type { CalendarData, DayStatus, DeadlineInput, DeadlineResult, IsoDate, SkippedDay } from './types.ts';

export const MAX_PERIOD = 3650;

function checkLength(name: string, n: unknown): number {
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > MAX_PERIOD) {
    throw new RangeError(`${name} must be an integer 1..${MAX_PERIOD}, got ${String(n)}`);
  }
  return n;
}

function validate(input: DeadlineInput): { unit: DeadlineResult['unit']; length: number } {
  if (!input || typeof input.from !== 'string' || !isIsoDate(input.from)) {
    throw new RangeError(`from must be a real YYYY-MM-DD date, got '${String(input?.from)}'`);
  }
  const hasWorking = input.workingDays !== undefined;
  const hasCalendar = input.calendarDays !== undefined;
  if (hasWorking === hasCalendar) {
    throw new RangeError('give exactly one of workingDays and calendarDays');
  }
  return hasWorking
    ? { unit: 'working_days', length: checkLength('workingDays', input.workingDays) }
    : { unit: 'calendar_days', length: checkLength('calendarDays', input.calendarDays) };
}

function toSkipped(date: IsoDate, s: DayStatus): SkippedDay {
  const reason = s.reason as SkippedDay['reason'];
  return s.name === undefined ? { date, reason } : { date, reason, name: s.name };
}

/**
 * Deadline of a period starting on `from`. Either way the start day itself is not counted
 * (期间开始之日不计算在内), so counting begins on the day after `from`.
 */
export function computeDeadline(cal: CalendarData, input: DeadlineInput): DeadlineResult {
  const { unit, length } = validate(input);
  const from = input.from;
  const skipped: SkippedDay[] = [];
  const counted: IsoDate[] = [];
  const provisional = new Set<number>();
  const status = (d: IsoDate): DayStatus => {
    const s = dayStatus(cal, d);
    if (s.provisional) provisional.add(yearOf(d));
    return s;
  };

  let deadline: IsoDate;
  let rawEnd: IsoDate | undefined;
  let rawEndStatus: DayStatus | undefined;
  let adjustedCounted = 0;
  if (unit === 'working_days') {
    let d = from;
    while (counted.length < length) {
      d = addDays(d, 1);
      const s = status(d);
      if (s.working) {
        counted.push(d);
        if (s.reason === 'adjusted_workday') adjustedCounted++;
      } else skipped.push(toSkipped(d, s));
    }
    deadline = d;
  } else {
    // 期间届满的最后一日是法定节假日的，以节假日后的第一日为期间届满的日期 (weekends included).
    rawEnd = addDays(from, length);
    counted.push(rawEnd);
    let d = rawEnd;
    let s = status(d);
    rawEndStatus = s;
    while (!s.working) {
      skipped.push(toSkipped(d, s));
      d = addDays(d, 1);
      s = status(d);
    }
    deadline = d;
  }

  const provisionalYears = [...provisional].sort((a, b) => a - b);
  const basis =
    unit === 'working_days'
      ? explainWorkingDays({ from, length, deadline, skipped, adjustedCounted, provisionalYears })
      : explainCalendarDays({
          from,
          length,
          rawEnd: rawEnd!,
          rawEndStatus: rawEndStatus!,
          deadline,
          skipped,
          provisionalYears,
        });
  return {
    from,
    deadline,
    unit,
    length,
    provisional: provisionalYears.length > 0,
    provisionalYears,
    skipped,
    counted,
    basis,
  };
}
