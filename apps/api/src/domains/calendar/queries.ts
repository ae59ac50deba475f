// The calendar as stored: loaded years and their exception days. Kept in memory under the
// calendar's change stamp (0090): any process loading or replacing a year renews it.
import { buildCalendar, type CalendarData, type CalendarException } from '@jiandu/calendar';
import { readStamps, StampedCache, type Stamps } from '../../db/change-stamps.ts';
import type { Queryable } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';

export interface CalendarSnapshot {
  data: CalendarData;
  years: Map<number, { notice: string; source: string; loadedAt: string; days: number }>;
}

const cache = new StampedCache<CalendarSnapshot>(['calendar'], 1);

/** The calendar; `stamps` read with the request's session, or read here. */
export async function readCalendar(q: Queryable, stamps?: Stamps): Promise<CalendarSnapshot> {
  return cache.get('calendar', stamps ?? (await readStamps(q)), () => loadCalendar(q));
}

async function loadCalendar(q: Queryable): Promise<CalendarSnapshot> {
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
  return snapshot;
}

export async function yearDays(q: Queryable, year: number) {
  return q.query<{ date: string; kind: 'holiday' | 'adjusted_workday'; name: string; nameEn: string }>(
    sql`SELECT day AS date, kind, name, name_en AS "nameEn" FROM calendar_days WHERE year = ${year} ORDER BY day`,
  );
}
