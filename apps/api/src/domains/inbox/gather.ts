// What waits for a user now (第九条, 第十条 deadlines; 第八条（一） scoring;
// 第七条（七） the follow-ups of on-site visits).
import type { ProcedureEnv } from '@jiandu/procedure';
import { DEFAULT_PACK } from '@jiandu/regulation';
import type { Actor } from '../../access/actor.ts';
import type { Queryable } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';
import { readCalendar } from '../calendar/queries.ts';
import { caseScope } from '../cases/queries.ts';
import { caseRouting, procedureEnv, type RoutingRow } from '../cases/service.ts';
import { shanghaiDate } from '../cases/today.ts';
import { type CampaignRow, campaignFiles, campaignSheets, mySheets } from '../evaluations/queries.ts';
import { fileResults } from '../evaluations/results.ts';
import {
  byUrgency,
  caseItems,
  evaluationItems,
  followUpItems,
  type InboxCase,
  type InboxItem,
  type InboxMatter,
  matterItems,
  soonUntil,
} from './items.ts';

/** the names of the measures of 第十六条 to 第十八条, by code */
const MEASURE_NAMES = new Map<string, string>(
  DEFAULT_PACK.accountability.flatMap((a) =>
    a.ladder.flatMap((l) => l.measures.map((m) => [m.code, m.nameZh])),
  ),
);

/** the most open cases one inbox looks at, most recently changed first */
const CASE_CAP = 2000;

export interface Inbox {
  today: string;
  soonUntil: string;
  remindWorkingDays: number;
  counts: { overdue: number; dueSoon: number; todo: number };
  items: InboxItem[];
}

/** the inbox of `actor` on the day of `now`: read by the inbox page and by the reminder mail */
export async function gatherInbox(
  db: Queryable,
  actor: Actor,
  now: Date,
  remindWorkingDays: number,
): Promise<Inbox> {
  const today = shanghaiDate(now);
  const cal = await readCalendar(db);
  const soon = soonUntil(cal.data, today, remindWorkingDays);
  const rows = await db.query<
    Omit<InboxCase, 'env'> & { organ_id: string; pack_id: string; region_code: string } & RoutingRow
  >(sql`
    SELECT c.id, c.title, a.name AS agency_name, c.registered_on::text AS registered_on, c.facts, c.organ_id, c.pack_id, c.region_code,
      a.management AS agency_management, a.higher_department AS agency_higher_department
    FROM supervision_cases c JOIN organisations a ON a.id = c.agency_id
    WHERE ${caseScope(actor)} AND c.state NOT IN ('not_filed', 'transferred', 'archived')
    ORDER BY c.updated_at DESC LIMIT ${CASE_CAP}`);
  // the world each case is decided in, once per organ, pack and region
  const envs = new Map<string, ProcedureEnv>();
  const cases: InboxCase[] = [];
  for (const r of rows) {
    const key = `${r.organ_id}|${r.pack_id}|${r.region_code}`;
    if (!envs.has(key)) envs.set(key, await procedureEnv(db, r, now, cal.data));
    // the law and the agency differ from case to case (行政执法监督条例第四十二条第二款)
    cases.push({ ...r, env: { ...envs.get(key)!, ...caseRouting(r) } });
  }
  const sheets = (await mySheets(db, actor)).filter((s) => !s.submitted_at && s.campaign_state === 'scoring');
  const disputed: { file_id: string; campaign_title: string; case_number: string; scores: string }[] = [];
  if (['supervisor', 'organ_head'].includes(actor.role)) {
    const campaigns = await db.query<CampaignRow>(sql`
      SELECT * FROM evaluation_campaigns WHERE organ_id = ${actor.organisationId} AND state = 'scoring'`);
    for (const c of campaigns)
      for (const r of fileResults(
        c.rubric,
        c.reviewers_per_file,
        await campaignFiles(db, c.id),
        await campaignSheets(db, c.id),
      ))
        if (r.outcome.state === 'disputed')
          disputed.push({
            file_id: r.file.id,
            campaign_title: c.title,
            case_number: r.file.case_number,
            scores: r.outcome.scores.join(' / '),
          });
  }
  // the organ's own visits with follow-ups still open
  const visits =
    actor.organisationKind === 'supervision_organ'
      ? await db.query<Parameters<typeof followUpItems>[0][number]>(sql`
          SELECT i.id, i.subject, a.name AS agency_name, i.follow_ups
          FROM inspections i JOIN organisations a ON a.id = i.agency_id
          WHERE i.organ_id = ${actor.organisationId} AND i.state = 'follow_up'`)
      : [];
  // matters the organ handles; the agency hears of its own order to correct
  const matters = await db.query<InboxMatter>(sql`
    SELECT m.id, coalesce(a.name, o.name, u.display_name) AS subject, m.state,
      (SELECT d.kind FROM accountability_measures d WHERE d.matter_id = m.id AND d.status = 'drafted') AS drafted,
      (SELECT max(c.deadline)::text FROM accountability_measures c WHERE c.matter_id = m.id AND c.status = 'approved'
        AND c.kind = 'order_correction_deadline' AND m.correction_reported_on IS NULL AND m.state = 'open') AS correct_by
    FROM accountability_matters m LEFT JOIN organisations a ON a.id = m.agency_id
    LEFT JOIN officers o ON o.id = m.officer_id LEFT JOIN users u ON u.id = m.supervisor_id
    WHERE m.state IN ('proposed', 'open') AND ${
      actor.role === 'agency_liaison'
        ? sql`m.agency_id = ${actor.organisationId}`
        : sql`m.organ_id = ${actor.organisationId}`
    }`);
  const items = [
    ...caseItems(cases, actor, today, soon, cal),
    ...evaluationItems(sheets, disputed),
    ...followUpItems(visits, today, soon),
    ...matterItems(
      matters.map((m) => ({ ...m, drafted: m.drafted && (MEASURE_NAMES.get(m.drafted) ?? m.drafted) })),
      actor,
      today,
      soon,
    ),
  ].sort(byUrgency);
  return {
    today,
    soonUntil: soon,
    remindWorkingDays,
    counts: {
      overdue: items.filter((i) => i.severity === 'overdue').length,
      dueSoon: items.filter((i) => i.severity === 'due_soon').length,
      todo: items.filter((i) => i.severity === 'todo').length,
    },
    items,
  };
}
