// Use cases of 第四章: open a matter, confirm or dismiss a proposal, record an agency's
// correction, close. Each is one transaction: load and lock → authorise → the procedure
// decides → save → audit. Measures are in measures.ts, automatic proposals in proposals.ts.
import { randomUUID } from 'node:crypto';
import type { matterDecision, openMatter as openMatterBody, recordCorrection } from '@jiandu/contracts';
import { decideMatter, foreignGrounds, type MatterAction, SUBJECTS } from '@jiandu/procedure';
import { getPack } from '@jiandu/regulation';
import type { z } from 'zod';
import type { Actor } from '../../access/actor.ts';
import { recordAudit } from '../../audit/record.ts';
import type { Queryable } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';
import { refuse } from '../../http/problem.ts';
import type { UseCase } from '../../use-case.ts';
import { caseScope } from '../cases/queries.ts';
import { governingPack } from '../cases/service.ts';
import { shanghaiDate } from '../cases/today.ts';
import { type MatterVerb, matterForAction } from './policy.ts';

type Subject = z.infer<typeof openMatterBody>['subjectKind'];

/** the subject in the actor's jurisdiction, with the region a matter against it is scoped by */
export async function findSubject(q: Queryable, actor: Actor, kind: Subject, id: string) {
  const regions = actor.scope.regionCodes;
  const [row] = await q.query<{ region_code: string; user_id: string | null }>(
    kind === 'agency'
      ? sql`SELECT region_code, NULL::uuid AS user_id FROM organisations
          WHERE id = ${id} AND kind = 'agency' AND region_code = ANY(${regions})`
      : kind === 'officer'
        ? sql`SELECT o.region_code, o.user_id FROM officers o
            JOIN certificates c ON c.officer_id = o.id AND c.kind = 'enforcement'
            WHERE o.id = ${id} AND o.region_code = ANY(${regions}) LIMIT 1`
        : sql`SELECT org.region_code, u.id AS user_id FROM users u JOIN organisations org ON org.id = u.organisation_id
            WHERE u.id = ${id} AND u.role = 'supervisor' AND org.region_code = ANY(${regions})`,
  );
  return row ?? null;
}

/** a supervisor opens a matter by hand, citing the grounds and what found it */
export async function openMatter(uc: UseCase, input: z.infer<typeof openMatterBody>) {
  if (uc.actor.role !== 'supervisor')
    throw refuse.forbidden('只有行政执法监督人员可以提起追责', 'only a supervisor opens a matter');
  const today = shanghaiDate(uc.audit.now);
  const pack = governingPack(today);
  const subject = SUBJECTS[input.subjectKind];
  const foreign = foreignGrounds(pack, input.subjectKind, input.grounds);
  if (foreign.length)
    throw refuse.field(
      'grounds',
      `${foreign.join('、')}不是${subject.zh}的追责情形`,
      `${foreign.join(', ')} is not a ground against this subject`,
      422,
      subject.paragraph,
    );
  return uc.db.tx(async (tx) => {
    const s = await findSubject(tx, uc.actor, input.subjectKind, input.subjectId);
    if (!s)
      throw refuse.field(
        'subjectId',
        `请选择本辖区内的${subject.zh}`,
        'choose a subject in your jurisdiction',
      );
    if (s.user_id === uc.actor.userId)
      throw refuse.field('subjectId', '不得对本人提起追责', 'not against yourself', 403);
    for (const src of input.sources) {
      // cases and warnings are checked against the actor's scope; evaluations and inspections are kept elsewhere
      const [found] =
        src.kind === 'case'
          ? await tx.query(
              sql`SELECT 1 FROM supervision_cases c WHERE c.id = ${src.id} AND ${caseScope(uc.actor)}`,
            )
          : src.kind === 'warning'
            ? await tx.query(
                sql`SELECT 1 FROM warnings WHERE id = ${src.id} AND region_code = ANY(${uc.actor.scope.regionCodes})`,
              )
            : [{}];
      if (!found)
        throw refuse.field(
          'sources',
          '来源须为本辖区内的案件或预警',
          'a source must be in your jurisdiction',
        );
    }
    const id = randomUUID();
    await insertMatter(tx, uc, {
      id,
      subjectKind: input.subjectKind,
      subjectId: input.subjectId,
      organId: uc.actor.organisationId,
      regionCode: s.region_code,
      packId: pack.id,
      grounds: [...new Set(input.grounds)],
      facts: input.facts,
      state: 'open',
      proposalKey: null,
      sources: input.sources.map((x) => ({ kind: x.kind, id: x.id, note: null })),
    });
    return { id };
  });
}

export interface NewMatter {
  id: string;
  subjectKind: Subject;
  subjectId: string;
  organId: string;
  regionCode: string;
  packId: string;
  grounds: string[];
  facts: string;
  state: 'open' | 'proposed';
  proposalKey: string | null;
  sources: { kind: string; id: string; note: string | null }[];
}

/** stores a matter with its sources and audits it; false when the proposal key exists already */
export async function insertMatter(tx: Queryable, uc: UseCase, m: NewMatter): Promise<boolean> {
  const inserted = await tx.query(sql`
    INSERT INTO accountability_matters (id, subject_kind, agency_id, officer_id, supervisor_id, organ_id, region_code,
      pack_id, grounds, facts, state, origin, proposal_key, created_by, created_by_name, created_at, updated_at)
    VALUES (${m.id}, ${m.subjectKind}, ${m.subjectKind === 'agency' ? m.subjectId : null},
      ${m.subjectKind === 'officer' ? m.subjectId : null}, ${m.subjectKind === 'supervisor' ? m.subjectId : null},
      ${m.organId}, ${m.regionCode}, ${m.packId}, ${JSON.stringify(m.grounds)}::jsonb, ${m.facts}, ${m.state},
      ${m.proposalKey ? 'automatic' : 'manual'}, ${m.proposalKey}, ${uc.audit.actor.userId}, ${uc.audit.actor.displayName},
      ${uc.audit.now}, ${uc.audit.now})
    ON CONFLICT (proposal_key) DO NOTHING RETURNING id`);
  if (!inserted.length) return false;
  for (const s of m.sources)
    await tx.query(sql`INSERT INTO accountability_sources (matter_id, region_code, source_kind, source_id, note)
      VALUES (${m.id}, ${m.regionCode}, ${s.kind}, ${s.id}, ${s.note}) ON CONFLICT DO NOTHING`);
  await recordAudit(tx, uc.audit, {
    action: m.proposalKey ? 'accountability.propose' : 'accountability.open',
    entityType: 'accountability_matter',
    entityId: m.id,
    after: {
      subjectKind: m.subjectKind,
      subjectId: m.subjectId,
      grounds: m.grounds,
      facts: m.facts,
      state: m.state,
      sources: m.sources,
      proposalKey: m.proposalKey,
    },
    article: SUBJECTS[m.subjectKind].paragraph,
    organisationId: m.organId,
    regionCode: m.regionCode,
  });
  return true;
}

const VERBS: Record<MatterAction['type'], MatterVerb> = {
  confirm: 'confirm',
  dismiss: 'dismiss',
  record_correction: 'correction',
  close: 'close',
};

/** confirm or dismiss a proposal, record a correction, or close: the procedure decides */
export async function actOnMatter(uc: UseCase, id: string, version: number, action: MatterAction) {
  return uc.db.tx(async (tx) => {
    const { row, facts } = await matterForAction(tx, uc.actor, id, version, VERBS[action.type]);
    const today = shanghaiDate(uc.audit.now);
    const d = decideMatter(facts, action, { today, pack: getPack(row.pack_id) });
    if (!d.ok) throw refuse.byLaw(d.status, d.zh, d.en, d.article, d.field);
    const reason = 'reason' in action ? action.reason : null;
    const ends = d.facts.state === 'closed' || d.facts.state === 'dismissed' || action.type === 'confirm';
    await tx.query(sql`UPDATE accountability_matters SET state = ${d.facts.state},
        correction_reported_on = ${d.facts.correction?.reportedOn ?? null},
        decision_reason = CASE WHEN ${ends}::boolean THEN ${reason}::text ELSE decision_reason END,
        decided_by = CASE WHEN ${ends}::boolean THEN ${uc.actor.userId}::uuid ELSE decided_by END,
        decided_at = CASE WHEN ${ends}::boolean THEN ${uc.audit.now}::timestamptz ELSE decided_at END,
        version = version + 1, updated_at = ${uc.audit.now}
      WHERE id = ${id} AND region_code = ${row.region_code}`);
    await recordAudit(tx, uc.audit, {
      action: `accountability.${action.type}`,
      entityType: 'accountability_matter',
      entityId: id,
      before: { state: row.state, version },
      after: { state: d.facts.state, version: version + 1, action },
      article: d.article,
      organisationId: row.organ_id,
      regionCode: row.region_code,
    });
    return { id, state: d.facts.state, version: version + 1 };
  });
}

export const confirmProposal = (uc: UseCase, id: string, b: z.infer<typeof matterDecision>) =>
  actOnMatter(uc, id, b.version, { type: 'confirm', reason: b.reason });
export const dismissMatter = (uc: UseCase, id: string, b: z.infer<typeof matterDecision>) =>
  actOnMatter(uc, id, b.version, { type: 'dismiss', reason: b.reason });
export const closeMatter = (uc: UseCase, id: string, b: z.infer<typeof matterDecision>) =>
  actOnMatter(uc, id, b.version, { type: 'close', reason: b.reason });
export const recordMatterCorrection = (uc: UseCase, id: string, b: z.infer<typeof recordCorrection>) =>
  actOnMatter(uc, id, b.version, { type: 'record_correction', reportedOn: b.reportedOn });
