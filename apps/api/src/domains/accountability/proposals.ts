// Automatic proposals (第四章): what the system can see for itself, put before a person who
// confirms or dismisses each with a reason. A person or a timer runs it; it is idempotent,
// since each finding has a key and a key is proposed once, even after a dismissal.
//   (a) 第十六条（十）: an agency did not execute or report a notice or decision by its deadline;
//   (b) 第十七条: an officer was named on enforcement acts while his certificate was seized;
//   (c) 第十八条（一）: a supervisor let a case sit past its deadline without the next step
//       (第九条（四）: escalate an unhandled notice; 第十三条: act on an unmet order).
import { randomUUID } from 'node:crypto';
import { addDays } from '@jiandu/calendar';
import { sql } from '../../db/sql.ts';
import { refuse } from '../../http/problem.ts';
import type { UseCase } from '../../use-case.ts';
import { governingPack } from '../cases/service.ts';
import { shanghaiDate } from '../cases/today.ts';
import { findOrgan } from '../organisations/queries.ts';
import { insertMatter, type NewMatter } from './service.ts';

/**
 * The regulation gives the supervisor no period after a missed deadline; proposing at once would
 * blame every supervisor for the agency's lateness on the first day. This is the system's grace,
 * not the law's, and a proposal is only a proposal: a person confirms or dismisses it.
 */
export const SUPERVISOR_GRACE_DAYS = 30;

const DOC = { notice: '《行政执法监督通知书》', order: '《行政执法监督决定书》' } as const;

interface OverdueCase {
  id: string;
  title: string;
  agency_id: string;
  agency_name: string;
  organ_id: string;
  region_code: string;
  kind: 'notice' | 'order';
  deadline: string;
  supervisor_id: string | null;
  supervisor_name: string | null;
  supervisor_region: string | null;
}

/** cases whose notice went unreported, or whose order went unexecuted, past its deadline */
async function overdueCases(uc: UseCase, today: string): Promise<OverdueCase[]> {
  const regions = uc.actor.scope.regionCodes;
  return uc.db.query<OverdueCase>(sql`
    WITH late AS (
      SELECT c.id, c.title, c.agency_id, c.organ_id, c.region_code, c.state, 'notice' AS kind,
        c.facts->'notice'->>'deadline' AS deadline, 'issue_notice' AS step
      FROM supervision_cases c
      WHERE c.state IN ('notice_issued', 'decision_pending') AND c.facts->'notice'->>'reportReceivedOn' IS NULL
        AND c.facts->'notice'->>'deadline' < ${today}
      UNION ALL
      SELECT c.id, c.title, c.agency_id, c.organ_id, c.region_code, c.state, 'order',
        c.facts->'decision'->>'deadline', 'serve_decision'
      FROM supervision_cases c
      WHERE c.state = 'decided' AND c.facts->'decision'->>'deadline' < ${today})
    SELECT l.id, l.title, l.agency_id, a.name AS agency_name, l.organ_id, l.region_code, l.kind, l.deadline,
      -- the supervisor answers for the next step only while the case still waits on it
      CASE WHEN l.state IN ('notice_issued', 'decided') THEN s.actor_id END AS supervisor_id,
      s.actor_name AS supervisor_name, so.region_code AS supervisor_region
    FROM late l JOIN organisations a ON a.id = l.agency_id
    LEFT JOIN LATERAL (SELECT st.actor_id, st.actor_name FROM case_steps st
      WHERE st.case_id = l.id AND st.action = l.step ORDER BY st.n DESC LIMIT 1) s ON true
    LEFT JOIN users su ON su.id = s.actor_id AND su.role = 'supervisor'
    LEFT JOIN organisations so ON so.id = su.organisation_id
    WHERE l.region_code = ANY(${regions})
    ORDER BY l.deadline, l.id`);
}

/** warnings on acts whose officer's certificate stood seized on the act's date */
async function seizedOfficerWarnings(uc: UseCase) {
  return uc.db.query<{
    warning_id: string;
    officer_id: string;
    officer_name: string;
    region_code: string;
    case_number: string;
    decision_date: string;
    seizure_id: string;
  }>(sql`
    SELECT w.id AS warning_id, w.officer_id, o.name AS officer_name, o.region_code, a.case_number, a.decision_date,
      e.id AS seizure_id
    FROM warnings w
    JOIN enforcement_acts a ON a.id = w.act_id
    JOIN officers o ON o.id = w.officer_id
    JOIN LATERAL (SELECT ce.id, ce.to_status FROM certificate_events ce JOIN certificates ct ON ct.id = ce.certificate_id
      WHERE ct.officer_id = w.officer_id AND ct.kind = 'enforcement' AND ce.on_day <= a.decision_date
      ORDER BY ce.on_day DESC, ce.at DESC LIMIT 1) e ON e.to_status = 'seized'
    WHERE w.rule = 'officer_certificate' AND w.state IN ('open', 'case') AND o.region_code = ANY(${uc.actor.scope.regionCodes})
    ORDER BY w.officer_id, a.decision_date, w.id`);
}

export async function proposeMatters(uc: UseCase) {
  if (!['supervisor', 'organ_head', 'admin'].includes(uc.actor.role))
    throw refuse.forbidden('只有监督人员或负责人可以运行追责提示', 'only organ staff run the proposals');
  const today = shanghaiDate(uc.audit.now);
  const pack = governingPack(today);
  const candidates: NewMatter[] = [];
  const base = { packId: pack.id, state: 'proposed' as const };

  const late = await overdueCases(uc, today);
  for (const c of late) {
    const what = `${DOC[c.kind]}规定的期限（${c.deadline}）`;
    candidates.push({
      ...base,
      id: randomUUID(),
      subjectKind: 'agency',
      subjectId: c.agency_id,
      organId: c.organ_id,
      regionCode: c.region_code,
      grounds: ['art16.1.10'],
      facts: `${c.agency_name}未在${what}内执行或报告（案件：${c.title}）。`,
      proposalKey: `art16.1.10:case:${c.id}:${c.kind}:${c.deadline}`,
      sources: [{ kind: 'case', id: c.id, note: `${c.kind}:${c.deadline}` }],
    });
    if (c.supervisor_id && c.supervisor_region && c.deadline < addDays(today, -SUPERVISOR_GRACE_DAYS))
      candidates.push({
        ...base,
        id: randomUUID(),
        subjectKind: 'supervisor',
        subjectId: c.supervisor_id,
        organId: c.organ_id,
        regionCode: c.supervisor_region,
        grounds: ['art18.1.1'],
        facts: `${what}届满已逾${SUPERVISOR_GRACE_DAYS}日，承办人${c.supervisor_name}尚未依法作出下一步处理（案件：${c.title}）。`,
        proposalKey: `art18.1.1:case:${c.id}:${c.kind}:${c.deadline}:${c.supervisor_id}`,
        sources: [{ kind: 'case', id: c.id, note: `${c.kind}:${c.deadline}` }],
      });
  }

  // one proposal per officer and seizure, linking every act found with it
  const byOfficer = new Map<string, NewMatter>();
  for (const w of await seizedOfficerWarnings(uc)) {
    const key = `art17:officer:${w.officer_id}:seizure:${w.seizure_id}`;
    const seen = byOfficer.get(key);
    if (seen) {
      seen.sources.push({ kind: 'warning', id: w.warning_id, note: w.case_number });
      continue;
    }
    const organ = await findOrgan(uc.db, w.region_code);
    if (!organ) continue;
    byOfficer.set(key, {
      ...base,
      id: randomUUID(),
      subjectKind: 'officer',
      subjectId: w.officer_id,
      organId: organ.id,
      regionCode: w.region_code,
      grounds: ['art17.1.10'],
      facts: `执法人员${w.officer_name}在执法证件暂扣期间仍参与执法（${w.case_number}，${w.decision_date}）。`,
      proposalKey: key,
      sources: [{ kind: 'warning', id: w.warning_id, note: w.case_number }],
    });
  }
  candidates.push(...byOfficer.values());

  // one transaction: a run stores all its new proposals or none; a key seen before is skipped
  return uc.db.tx(async (tx) => {
    const proposed: { id: string; subjectKind: NewMatter['subjectKind'] }[] = [];
    for (const m of candidates)
      if (await insertMatter(tx, uc, m)) proposed.push({ id: m.id, subjectKind: m.subjectKind });
    return { examined: candidates.length, proposed };
  });
}
