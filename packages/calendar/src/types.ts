/** A calendar date as 'YYYY-MM-DD'. Strings, not Date objects, so no time zone can shift a day. */
export type IsoDate = string;

export type ExceptionKind = 'holiday' | 'adjusted_workday';

/** A day that differs from the plain Mon–Fri rule, as published in a State Council notice. */
export interface CalendarException {
  date: IsoDate;
  kind: ExceptionKind;
  /** Chinese name, e.g. '国庆节'. */
  name: string;
  nameEn: string;
  /**
   * The year of the notice that sets the day, when that is not the day's own year: a notice may set days in
   * the December before (the 2019 notice worked 2018-12-29). Absent means the day's own year.
   */
  noticeYear?: number;
}

export interface CalendarData {
  /** Years whose State Council notice is loaded; only these are authoritative. */
  loadedYears: ReadonlySet<number>;
  /**
   * Only days that differ from the plain Mon–Fri rule, and only from loaded notices; such a day is
   * authoritative even when its own year's notice is not loaded.
   */
  exceptions: ReadonlyMap<IsoDate, CalendarException>;
}

export type DayReason =
  | 'workday'
  | 'weekend'
  | 'holiday'
  | 'adjusted_workday'
  | 'estimated_statutory_holiday'
  /** 补假 estimated for a statutory day on a weekend (第六条), in a year not loaded. */
  | 'estimated_make_up_day';

export interface DayStatus {
  working: boolean;
  reason: DayReason;
  name?: string;
  /** True when the year is not loaded and no loaded notice sets the day, so 调休 arrangements are unknown. */
  provisional: boolean;
}

/** Exactly one of workingDays / calendarDays, an integer 1..3650. */
export interface DeadlineInput {
  from: IsoDate;
  workingDays?: number;
  calendarDays?: number;
}

export interface SkippedDay {
  date: IsoDate;
  reason: 'weekend' | 'holiday' | 'estimated_statutory_holiday' | 'estimated_make_up_day';
  name?: string;
}

export interface DeadlineResult {
  from: IsoDate;
  deadline: IsoDate;
  unit: 'working_days' | 'calendar_days';
  length: number;
  provisional: boolean;
  /** Years consulted by the computation that are not loaded. */
  provisionalYears: number[];
  /** Non-working days passed over (working days), or the end-day extension days (calendar days). */
  skipped: SkippedDay[];
  /** Days that counted, in order (working days); for calendar days just the raw end date. */
  counted: IsoDate[];
  basis: { zh: string; en: string };
}
