import {
  calendarYearDays,
  calendarYearLoaded,
  calendarYears,
  deadline as deadlineAnswer,
  deadlineQuery,
  loadCalendarYear as loadYearBody,
  calendarYearParams as yearParams,
} from '@jiandu/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { auditContext, requirePermission, stampsOf } from '../../http/auth.ts';
import { refuse } from '../../http/problem.ts';
import { readCalendar, yearDays } from './queries.ts';
import { deadline, loadCalendarYear } from './service.ts';

const tags = ['calendar'];

export function calendarRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/calendar/deadline',
    {
      schema: {
        tags,
        summary: '期限计算（工作日/自然日） Compute a deadline',
        response: { 200: deadlineAnswer },
        querystring: deadlineQuery,
      },
    },
    async (req) => {
      requirePermission(req, 'calendar.read');
      return deadline(ctx.db, req.query, stampsOf(req));
    },
  );

  r.get(
    '/api/v1/calendar/years',
    { schema: { tags, summary: '已载入的年度 Loaded years', response: { 200: calendarYears } } },
    async (req) => {
      requirePermission(req, 'calendar.read');
      const cal = await readCalendar(ctx.db, stampsOf(req));
      return { items: [...cal.years.entries()].map(([year, y]) => ({ year, ...y })) };
    },
  );

  r.get(
    '/api/v1/calendar/years/:year',
    {
      schema: {
        tags,
        summary: '年度节假日 A year’s days',
        response: { 200: calendarYearDays },
        params: yearParams,
      },
    },
    async (req) => {
      requirePermission(req, 'calendar.read');
      const cal = await readCalendar(ctx.db, stampsOf(req));
      const y = cal.years.get(req.params.year);
      if (!y)
        throw refuse.notFound(
          `${req.params.year}年节假日安排`,
          `The ${req.params.year} holiday arrangements`,
        );
      return { year: req.params.year, ...y, days: await yearDays(ctx.db, req.params.year) };
    },
  );

  r.put(
    '/api/v1/calendar/years/:year',
    {
      schema: {
        tags,
        summary: '载入或替换年度国务院放假通知 Load a year',
        response: { 200: calendarYearLoaded },
        params: yearParams,
        body: loadYearBody,
      },
    },
    async (req) => {
      const actor = requirePermission(req, 'calendar.write');
      return loadCalendarYear(
        { db: ctx.db, actor, audit: auditContext(req, ctx, actor) },
        req.params.year,
        req.body,
      );
    },
  );
}
