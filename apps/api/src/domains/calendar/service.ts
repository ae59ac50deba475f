// Deadlines (第十条 "五个工作日") and loading a year's State Council holiday notice.
import { computeDeadline, type DeadlineInput, noticeReaches, weekday } from '@jiandu/calendar';
import type { calendarDay, Deadline } from '@jiandu/contracts';
import type { z } from 'zod';
import { recordAudit } from '../../audit/record.ts';
import type { Stamps } from '../../db/change-stamps.ts';
import type { Db } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';
import { type FieldProblem, refuse } from '../../http/problem.ts';
import type { UseCase } from '../../use-case.ts';
import { readCalendar, yearDays } from './queries.ts';

/** `stamps` read with the request's session let the calendar come from memory (0090) */
export async function deadline(db: Db, input: DeadlineInput, stamps?: Stamps): Promise<Deadline> {
  const cal = await readCalendar(db, stamps);
  const r = computeDeadline(cal.data, input);
  const years = new Set<number>();
  for (let y = Number(r.from.slice(0, 4)); y <= Number(r.deadline.slice(0, 4)); y++) years.add(y);
  // a day set by the next year's notice (the December before it) names that notice too
  for (const d of [...r.counted, ...r.skipped.map((s) => s.date)]) {
    const n = cal.data.exceptions.get(d)?.noticeYear;
    if (n !== undefined) years.add(n);
  }
  return {
    ...r,
    calendarYears: [...years]
      .sort((a, b) => a - b)
      .filter((y) => cal.years.has(y))
      .map((y) => ({ year: y, notice: cal.years.get(y)!.notice })),
  };
}

type Day = z.infer<typeof calendarDay>;

/**
 * Checks a year's days before anything is written; every bad day is named. A notice may set days in the
 * December before its year; they are stored under this notice, so the previous year's own days stay.
 */
export function validateYearDays(year: number, days: Day[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  days.forEach((d, i) => {
    const field = `days.${i}.date`;
    if (!noticeReaches(year, d.date))
      problems.push({
        field,
        reason: `不属于${year}年或其前一年十二月`,
        reason_en: `is not in ${year} or the December before it`,
      });
    else if (seen.has(d.date)) problems.push({ field, reason: '日期重复', reason_en: 'is listed twice' });
    else if (d.kind === 'adjusted_workday' && ![0, 6].includes(weekday(d.date)))
      problems.push({
        field,
        reason: '调休上班日必须是周末',
        reason_en: 'an adjusted working day must be a weekend day',
      });
    seen.add(d.date);
  });
  return problems;
}

export async function loadCalendarYear(
  uc: UseCase,
  year: number,
  input: { notice: string; days: Day[]; source?: string },
): Promise<{ year: number; days: number }> {
  const problems = validateYearDays(year, input.days);
  if (problems.length) throw refuse.invalid(problems);
  // the working days count every deadline of every region in the system: only an administrator
  // whose jurisdiction covers them all loads a year, and each region's administrators see it done
  const regions = (
    await uc.db.query<{ code: string }>(sql`SELECT code FROM regions WHERE in_system ORDER BY code`)
  ).map((r) => r.code);
  const outside = regions.filter((c) => !uc.actor.scope.regionCodes.includes(c));
  if (outside.length)
    throw refuse.byLaw(
      403,
      '节假日安排影响全部区域的期限计算，须由管辖范围覆盖全部区域的系统管理员载入',
      'the holiday calendar governs the deadlines of every region: an administrator whose jurisdiction covers them all loads it',
      'art10.2',
    );
  return uc.db.tx(async (tx) => {
    const [before] = await tx.query<{ notice: string }>(
      sql`SELECT notice FROM calendar_years WHERE year = ${year} FOR UPDATE`,
    );
    const beforeDays = before ? await yearDays(tx, year) : [];
    await tx.query(sql`DELETE FROM calendar_days WHERE year = ${year}`);
    await tx.query(sql`
      INSERT INTO calendar_years (year, notice, source, loaded_at, loaded_by)
      VALUES (${year}, ${input.notice}, ${input.source ?? 'admin'}, ${uc.audit.now}, ${uc.actor.userId})
      ON CONFLICT (year) DO UPDATE SET notice = EXCLUDED.notice, source = EXCLUDED.source,
        loaded_at = EXCLUDED.loaded_at, loaded_by = EXCLUDED.loaded_by, revision = calendar_years.revision + 1`);
    if (input.days.length) {
      await tx.query(sql`
        INSERT INTO calendar_days (day, year, kind, name, name_en)
        SELECT d, ${year}, k, n, e FROM unnest(${input.days.map((d) => d.date)}::date[], ${input.days.map((d) => d.kind)}::text[],
          ${input.days.map((d) => d.name)}::text[], ${input.days.map((d) => d.nameEn)}::text[]) AS t(d, k, n, e)`);
    }
    await recordAudit(tx, uc.audit, {
      action: before ? 'calendar.year_replace' : 'calendar.year_load',
      entityType: 'calendar_year',
      entityId: String(year),
      before: before ? { notice: before.notice, days: beforeDays } : null,
      after: { notice: input.notice, days: input.days },
      article: 'art10.2',
      organisationId: null,
      regionCode: null,
      concerns: regions,
    });
    return { year, days: input.days.length };
  });
}
