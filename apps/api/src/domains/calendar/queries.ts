// The calendar as stored: loaded years and their exception days. Read through a small
// cache that reloads whenever any process has loaded or replaced a year.
import { buildCalendar, type CalendarData, type CalendarException } from '@jiandu/calendar';
import type { Queryable } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';

export interface CalendarSnapshot {
  data: CalendarData;
  years: Map<number, { notice: string; source: string; loadedAt: string; days: number }>;
}

let cached: { stamp: string; snapshot: CalendarSnapshot } | null = null;

export async function readCalendar(q: Queryable): Promise<CalendarSnapshot> {
  const [s] = await q.query<{ stamp: string }>(
    sql`SELECT count(*)::text || '/' || coalesce(sum(revision), 0)::text || '/' || coalesce(max(loaded_at)::text, '') AS stamp
      FROM calendar_years`,
  );
  if (cached?.stamp === s.stamp) return cached.snapshot;
  const yearRows = await q.query<{
    year: number;
    notice: string;
    source: string;
    loaded_at: Date;
    days: number;
  }>(sql`
    SELECT y.year, y.notice, y.source, y.loaded_at, (SELECT count(*)::int FROM calendar_days d WHERE d.year = y.year) AS days
    FROM calendar_years y ORDER BY y.year`);
  const dayRows = await q.query<{
    day: string;
    year: number;
    kind: CalendarException['kind'];
    name: string;
    name_en: string;
  }>(sql`SELECT day, year, kind, name, name_en FROM calendar_days ORDER BY day, year`);
  const snapshot: CalendarSnapshot = {
    data: buildCalendar(
      // year is the notice's, which may set days in the December before it
      dayRows.map((d) => ({
        date: d.day,
        kind: d.kind,
        name: d.name,
        nameEn: d.name_en,
        noticeYear: d.year,
      })),
      yearRows.map((y) => y.year),
    ),
    years: new Map(
      yearRows.map((y) => [
        y.year,
        { notice: y.notice, source: y.source, loadedAt: y.loaded_at.toISOString(), days: y.days },
      ]),
    ),
  };
  cached = { stamp: s.stamp, snapshot };
  return snapshot;
}

export async function yearDays(q: Queryable, year: number) {
  return q.query<{ date: string; kind: 'holiday' | 'adjusted_workday'; name: string; nameEn: string }>(
    sql`SELECT day AS date, kind, name, name_en AS "nameEn" FROM calendar_days WHERE year = ${year} ORDER BY day`,
  );
}
