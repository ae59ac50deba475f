// The case page's and the case list's reads, kept per process under the stamps of the cases
// they may show (0095: by region, and by reviewing organ) and the people stamp (the names read
// with them, and the jurisdiction): the next read of the same case or the same list by the same
// scope, in any process, is answered from memory until a case, step or petition of those
// regions, or a user, organisation or region, is written.
// A value is filed under the scope it was read in — the organ's jurisdiction or the agency's
// own cases (第二条) — never shared with another, so the scope stays the data layer's.
import type { Actor } from '../../access/actor.ts';
import { regionCases, reviewedCases, StampedCache, type Stamps } from '../../db/change-stamps.ts';
import type { Queryable } from '../../db/client.ts';
import type { CalendarSnapshot } from '../calendar/queries.ts';
import { type ListItem, listItem } from './list-item.ts';
import type { PetitionRow } from './presenter.ts';
import {
  type CaseFilter,
  type CaseRow,
  caseSteps,
  getCase,
  getPetition,
  listCases,
  type StepRow,
} from './queries.ts';

export interface CaseRead {
  row: CaseRow;
  steps: StepRow[];
  petition: PetitionRow | null;
}

/** a page of the list as its reader sees it (list-item.ts), with the total */
interface CaseList {
  items: ListItem[];
  total: number;
  totalCapped: boolean;
}

/** the scope a read is made in: what `caseScope` depends on */
const scopeOf = (actor: Actor) =>
  `${actor.role === 'agency_liaison' ? 'agency' : 'organ'} ${actor.organisationId}`;

// bounds on memory: a case with its steps is a few kilobytes, a list's line a few hundred bytes
const cases = new StampedCache<CaseRead>(['people'], 1000);
// the lines carry deadlines worked out on the calendar: kept under its stamp too
const lists = new StampedCache<CaseList>(['people', 'calendar'], 500);

/** the case in the actor's scope with its steps and petition, or null */
export async function readCase(q: Queryable, actor: Actor, id: string): Promise<CaseRead | null> {
  const row = await getCase(q, actor, id);
  if (!row) return null;
  const [steps, petition] = await Promise.all([
    caseSteps(q, row),
    row.petition_id ? getPetition(q, { petition_id: row.petition_id, region_code: row.region_code }) : null,
  ]);
  return { row, steps, petition };
}

/**
 * readCase, kept under the stamps the request read with its session. Not for the answer to a
 * write: the request's stamps were read before it, so a value kept under them would be the
 * case as it was.
 */
export async function readCaseKept(
  q: Queryable,
  actor: Actor,
  stamps: Stamps,
  id: string,
): Promise<CaseRead | null> {
  const key = `${scopeOf(actor)} ${id}`;
  const kept = cases.peek(key, stamps);
  if (kept) return kept;
  // not found is not kept: ids nobody has are not worth the memory
  const read = await readCase(q, actor, id);
  // its steps and petition lie in its region (0017): one stamp covers all three
  if (read) cases.set(key, stamps, read, [regionCases(read.row.region_code)]);
  return read;
}

/**
 * A page of the list in the actor's scope as its lines (the deadlines worked out for `f.today`
 * on `cal`), kept under the request's stamps by scope and filter, today among them. A line
 * depends on the reader only through the scope (an agency's title), which is in the key.
 */
export async function listCasesKept(
  q: Queryable,
  actor: Actor,
  stamps: Stamps,
  f: CaseFilter & { today: string },
  cal: CalendarSnapshot,
): Promise<CaseList> {
  const key = `${scopeOf(actor)} ${JSON.stringify(f)}`;
  const kept = lists.peek(key, stamps);
  if (kept) return kept;
  const { rows, total, totalCapped } = await listCases(q, actor, f);
  const list = { items: rows.map((c) => listItem(c, actor, f.today, cal)), total, totalCapped };
  // what may enter the list: the cases of the scope's regions (an agency's lie in its own), and
  // the cases the organ reviews from outside them (第十条)
  lists.set(key, stamps, list, [
    ...actor.scope.regionCodes.map(regionCases),
    reviewedCases(actor.organisationId),
  ]);
  return list;
}
