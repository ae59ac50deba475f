// A case as a line of a list (the case list, its export): what the reader may see of it, with
// its next deadline worked out for today.
import type { Actor } from '../../access/actor.ts';
import type { CalendarSnapshot } from '../calendar/queries.ts';
import { agencyCaseTitle, caseDeadlines } from './presenter.ts';
import type { CaseRow } from './queries.ts';

export function listItem(c: CaseRow, actor: Actor, today: string, cal: CalendarSnapshot) {
  const deadlines = caseDeadlines(c.facts, today, cal);
  return {
    id: c.id,
    caseNumber: c.case_number,
    // the agency goes by the 案由 staff stated, never a name made before it
    title: actor.role === 'agency_liaison' ? agencyCaseTitle(c.facts, c.registered_on) : c.title,
    state: c.state,
    organName: c.organ_name,
    agencyName: c.agency_name,
    regionName: c.region_name,
    registeredOn: c.registered_on,
    filedOn: c.filed_on,
    updatedAt: c.updated_at.toISOString(),
    overdue: deadlines.some((d) => d.overdue),
    nextDeadline: deadlines.find((d) => d.open)?.due ?? null,
  };
}

export type ListItem = ReturnType<typeof listItem>;
