// Warnings (预警) have a life of their own: open, dismissed with a reason, or turned into a
// supervision case (source: information-based supervision, 第八条（三）) in one action. When a
// certificate changes, only the acts of that officer from that day are checked again.
import { checkAct, type EnforcementAct, rulesDependingOn } from '@jiandu/procedure';
import type { Actor } from '../../access/actor.ts';
import { recordAudit } from '../../audit/record.ts';
import type { Queryable } from '../../db/client.ts';
import { type SqlFragment, sql } from '../../db/sql.ts';
import { refuse } from '../../http/problem.ts';
import type { UseCase } from '../../use-case.ts';
import { registerProactiveCase } from '../cases/service.ts';
import { shanghaiDate } from '../cases/today.ts';
import { insertWarnings } from './ingest.ts';
import { certificatesOf, contextFor, qualificationsOf } from './rule-context.ts';

/** the actor's warnings; a liaison's agency lies in its one region, which is named too */
export function warningScope(actor: Actor): SqlFragment {
  if (actor.role === 'agency_liaison')
    return sql`w.agency_id = ${actor.organisationId} AND w.region_code = ANY(${actor.scope.regionCodes})`;
  return sql`w.region_code = ANY(${actor.scope.regionCodes})`;
}

export interface WarningRow {
  id: string;
  act_id: string;
  case_number: string;
  act_kind: string;
  decision_date: string;
  agency_id: string;
  agency_name: string;
  region_code: string;
  rule: string;
  article: string;
  officer_name: string | null;
  message: string;
  message_en: string;
  state: string;
  reason: string | null;
  case_id: string | null;
  raised_at: Date;
}

const SELECT = sql`SELECT w.id, w.act_id, a.case_number, a.kind AS act_kind, a.decision_date, w.agency_id, org.name AS agency_name,
    w.region_code, w.rule, w.article, o.name AS officer_name, w.message, w.message_en, w.state, w.reason, w.case_id, w.raised_at
  FROM warnings w JOIN enforcement_acts a ON a.id = w.act_id AND a.region_code = w.region_code
  JOIN organisations org ON org.id = w.agency_id
  LEFT JOIN officers o ON o.id = w.officer_id`;

export async function listWarnings(
  q: Queryable,
  actor: Actor,
  f: { state?: string; rule?: string; agencyId?: string; limit: number; offset: number },
) {
  const where: SqlFragment[] = [warningScope(actor)];
  if (f.state) where.push(sql`w.state = ${f.state}`);
  if (f.rule) where.push(sql`w.rule = ${f.rule}`);
  if (f.agencyId) where.push(sql`w.agency_id = ${f.agencyId}`);
  const w = sql.join(where, ' AND ');
  const rows = await q.query<WarningRow>(
    sql`${SELECT} WHERE ${w} ORDER BY w.raised_at DESC, w.id LIMIT ${f.limit} OFFSET ${f.offset}`,
  );
  const [{ total }] = await q.query<{ total: number }>(
    sql`SELECT count(*)::int AS total FROM warnings w WHERE ${w}`,
  );
  return { rows, total };
}

/** open warnings by agency and rule: the dashboard */
export async function warningSummary(q: Queryable, actor: Actor) {
  return q.query<{ agency_id: string; agency_name: string; rule: string; article: string; n: number }>(sql`
    SELECT w.agency_id, org.name AS agency_name, w.rule, w.article, count(*)::int AS n
    FROM warnings w JOIN organisations org ON org.id = w.agency_id
    WHERE ${warningScope(actor)} AND w.state = 'open'
    GROUP BY w.agency_id, org.name, w.rule, w.article ORDER BY n DESC, org.name, w.rule`);
}

async function openWarning(tx: Queryable, uc: UseCase, id: string) {
  if (
    !['supervisor', 'organ_head'].includes(uc.actor.role) ||
    uc.actor.organisationKind !== 'supervision_organ'
  )
    throw refuse.forbidden(
      '只有监督机关的监督人员或负责人可以处理预警',
      'only supervisors or heads of a supervision organ may do this',
      'art8.1.3',
    );
  const [w] = await tx.query<WarningRow>(
    sql`${SELECT} WHERE w.id = ${id} AND w.region_code = ANY(${uc.actor.scope.regionCodes}) AND ${warningScope(uc.actor)}
      FOR UPDATE OF w`,
  );
  if (!w) throw refuse.notFound('预警', 'Warning');
  if (w.state !== 'open')
    throw refuse.field('id', '预警已处理', 'the warning is no longer open', 409, 'art8.1.3');
  return w;
}

export async function dismissWarning(uc: UseCase, id: string, reason: string) {
  return uc.db.tx(async (tx) => {
    const w = await openWarning(tx, uc, id);
    await tx.query(sql`UPDATE warnings SET state = 'dismissed', reason = ${reason}, closed_at = ${uc.audit.now},
      closed_by = ${uc.actor.userId} WHERE id = ${id} AND region_code = ${w.region_code}`);
    await recordAudit(tx, uc.audit, {
      action: 'warning.dismiss',
      entityType: 'warning',
      entityId: id,
      before: { state: 'open' },
      after: { state: 'dismissed', reason },
      article: w.article,
      organisationId: w.agency_id,
      regionCode: w.region_code,
    });
    return { id, state: 'dismissed' as const };
  });
}

/** one action: the warning becomes a supervision case of information-based supervision */
export async function warningToCase(uc: UseCase, id: string) {
  return uc.db.tx(async (tx) => {
    const w = await openWarning(tx, uc, id);
    const caseId = await registerProactiveCase(tx, uc.audit, uc.actor, {
      source: 'information',
      agencyId: w.agency_id,
      title: `预警：${w.agency_name} ${w.case_number} — ${w.message}`,
      basis: { warningId: w.id, rule: w.rule, article: w.article, actId: w.act_id },
    });
    await tx.query(sql`UPDATE warnings SET state = 'case', case_id = ${caseId}, closed_at = ${uc.audit.now},
      closed_by = ${uc.actor.userId} WHERE id = ${id} AND region_code = ${w.region_code}`);
    await recordAudit(tx, uc.audit, {
      action: 'warning.to_case',
      entityType: 'warning',
      entityId: id,
      before: { state: 'open' },
      after: { state: 'case', caseId },
      article: 'art8.1.3',
      organisationId: w.agency_id,
      regionCode: w.region_code,
    });
    return { id, state: 'case' as const, caseId };
  });
}

/**
 * A certificate changed from `fromDay`: re-run the rules that read certificates on that
 * officer's acts dated from then (an index range, never a scan of all acts), raising new
 * warnings and clearing open ones the facts no longer support.
 */
export async function recheckOfficerActs(
  tx: Queryable,
  officer: { id: string; region_code: string },
  fromDay: string,
  now: Date,
) {
  const acts = await tx.query<{
    id: string;
    agency_id: string;
    region_code: string;
    kind: EnforcementAct['kind'];
    area: string;
    case_number: string;
    decision_date: string;
    legal_basis: string[];
    seal_present: boolean;
    discretion_level: string | null;
    deadlines: EnforcementAct['deadlines'];
    full_record: boolean;
    officer_ids: string[];
  }>(sql`
    SELECT a.id, a.agency_id, a.region_code, a.kind, a.area, a.case_number, a.decision_date, a.legal_basis, a.seal_present,
      a.discretion_level, a.deadlines, a.full_record,
      (SELECT array_agg(x.officer_id::text) FROM act_officers x
        WHERE x.act_id = a.id AND x.decision_date = a.decision_date AND x.region_code = a.region_code) AS officer_ids
    FROM act_officers ao
    JOIN enforcement_acts a ON a.id = ao.act_id AND a.decision_date = ao.decision_date AND a.region_code = ao.region_code
    WHERE ao.officer_id = ${officer.id} AND ao.region_code = ${officer.region_code} AND ao.decision_date >= ${fromDay}
      AND a.decision_date >= ${fromDay}`);
  if (!acts.length) return { checked: 0, raised: 0, cleared: 0 };
  const rules = rulesDependingOn('certificates');
  const certs = await certificatesOf(tx, [...new Set(acts.flatMap((a) => a.officer_ids))]);
  const quals = await qualificationsOf(tx, [...new Set(acts.map((a) => a.agency_id))]);
  const today = shanghaiDate(now);
  const codes = rules.map((r) => r.code);
  // the open warnings of these acts under these rules, in one query
  const open = await tx.query<{ id: string; act_id: string; rule: string; officer_id: string | null }>(sql`
    SELECT id, act_id, rule, officer_id FROM warnings
    WHERE act_id = ANY(${acts.map((a) => a.id)}) AND region_code = ${officer.region_code} AND state = 'open'
      AND rule = ANY(${codes})`);
  const key = (actId: string, rule: string, officer: string | null | undefined) =>
    `${actId}:${rule}:${officer ?? ''}`;
  const openKeys = new Map(open.map((o) => [key(o.act_id, o.rule, o.officer_id), o.id]));
  const found = new Map<
    string,
    { actId: string; agencyId: string; regionCode: string; w: ReturnType<typeof checkAct>[number] }
  >();
  for (const a of acts) {
    const facts: EnforcementAct = {
      kind: a.kind,
      agencyId: a.agency_id,
      area: a.area,
      caseNumber: a.case_number,
      decisionDate: a.decision_date,
      officerIds: a.officer_ids,
      legalBasis: a.legal_basis,
      sealPresent: a.seal_present,
      discretionLevel: a.discretion_level,
      deadlines: a.deadlines,
      fullRecord: a.full_record,
    };
    for (const w of checkAct(facts, contextFor(a.officer_ids, a.agency_id, certs, quals, today)))
      if (codes.includes(w.rule))
        found.set(key(a.id, w.rule, w.officerId), {
          actId: a.id,
          agencyId: a.agency_id,
          regionCode: a.region_code,
          w,
        });
  }
  const stale = [...openKeys].filter(([k]) => !found.has(k)).map(([, id]) => id);
  if (stale.length)
    await tx.query(sql`UPDATE warnings SET state = 'cleared', reason = '证件状态变更后复核', closed_at = ${now}
      WHERE id = ANY(${stale}) AND region_code = ${officer.region_code}`);
  const fresh = [...found].filter(([k]) => !openKeys.has(k)).map(([, v]) => v);
  for (const agencyId of new Set(fresh.map((f) => f.agencyId))) {
    const mine = fresh.filter((f) => f.agencyId === agencyId);
    await insertWarnings(
      tx,
      mine.map((f) => ({ ...f.w, actId: f.actId })),
      { id: agencyId, region_code: mine[0].regionCode },
      now,
    );
  }
  return { checked: acts.length, raised: fresh.length, cleared: stale.length };
}
