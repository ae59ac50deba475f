// "待 吴磊 批准立案审批表": who the case waits for, named as its reader may know them. The organ's
// staff see the people of the organs and the agency's name; the agency sees organs only (it is
// not told who among the staff handles its case).
import {
  ACTION_LABELS,
  type ActionType,
  type CaseActor,
  type CaseFacts,
  type ProcedureEnv,
  whoMayAct,
} from '@jiandu/procedure';
import { StampedCache, type Stamps } from '../../db/change-stamps.ts';
import type { Queryable } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';

interface Candidate extends CaseActor {
  name: string;
  orgName: string;
  orgNameEn: string | null;
  orgKind: string;
}

/**
 * who could ever act on a case: the active users of the organs it involves, and the agency
 * itself, which answers (on paper, through staff, or through its liaisons) whether or not it
 * has an account
 */
export async function caseCandidates(
  q: Queryable,
  row: { organ_id: string; agency_id: string; reviewing_organ_id: string | null },
): Promise<Candidate[]> {
  const orgs = [row.organ_id, row.reviewing_organ_id].filter((x): x is string => !!x);
  return q.query<Candidate>(sql`
    SELECT u.id::text AS "userId", u.role, u.organisation_id AS "organisationId", u.display_name AS name,
      o.name AS "orgName", o.name_en AS "orgNameEn", o.kind AS "orgKind"
    FROM users u JOIN organisations o ON o.id = u.organisation_id
    WHERE u.organisation_id = ANY(${orgs}::uuid[]) AND u.active
    UNION ALL
    SELECT '', 'agency_liaison', a.id, a.name, a.name, a.name_en, a.kind FROM organisations a WHERE a.id = ${row.agency_id}
    ORDER BY 1`);
}

// the people of the organs and the agency: kept while no user, organisation or region changes
const candidates = new StampedCache<Candidate[]>(['people']);

/** caseCandidates, kept per process under the change stamps (0090) */
export function caseCandidatesKept(
  q: Queryable,
  stamps: Stamps,
  row: { organ_id: string; agency_id: string; reviewing_organ_id: string | null },
): Promise<Candidate[]> {
  const key = `${row.organ_id} ${row.reviewing_organ_id} ${row.agency_id}`;
  return candidates.get(key, stamps, () => caseCandidates(q, row));
}

/** names shown before "等" */
const NAMED = 3;

export function presentWaiting(
  facts: CaseFacts,
  env: ProcedureEnv,
  candidates: readonly Candidate[],
  reader: 'staff' | 'agency',
) {
  const all = whoMayAct(facts, env, candidates);
  // the agency learns what it has to do itself; of the organs' steps, only that they have the case
  const shown = reader === 'agency' ? all.filter((w) => w.actors.every((a) => a.orgKind === 'agency')) : all;
  const organs = [
    ...new Map(
      all.flatMap((w) => w.actors.filter((a) => a.orgKind !== 'agency')).map((a) => [a.organisationId, a]),
    ).values(),
  ];
  const organSide =
    reader === 'agency' && organs.length
      ? [
          {
            actions: [] as ActionType[],
            zh: `待 ${organs.map((o) => o.orgName).join('、')} 办理`,
            en: `With ${organs.map((o) => o.orgNameEn || o.orgName).join(', ')}`,
          },
        ]
      : [];
  // the steps open to the same people, said once: "待 吴磊 批准立案审批表或退回立案审批表"
  const same = new Map<string, { actions: ActionType[]; actors: Candidate[] }>();
  for (const w of shown) {
    const key = w.actors.map((a) => a.userId || a.organisationId).join(' ');
    const g = same.get(key) ?? { actions: [], actors: w.actors };
    g.actions.push(w.action);
    same.set(key, g);
  }
  return [...[...same.values()].map((g) => said(g, reader)), ...organSide];
}

function said(
  { actions, actors }: { actions: ActionType[]; actors: Candidate[] },
  reader: 'staff' | 'agency',
) {
  const byOrg = reader === 'agency' || actors.every((a) => a.orgKind === 'agency');
  const names = byOrg
    ? [...new Map(actors.map((a) => [a.organisationId, a])).values()].map((a) => ({
        zh: a.orgName,
        en: a.orgNameEn || a.orgName,
      }))
    : actors.map((a) => ({ zh: a.name, en: a.name }));
  const more = names.length > NAMED ? names.length - NAMED : 0;
  const first = names.slice(0, NAMED);
  const zh = first.map((n) => n.zh).join('、') + (more ? `等${names.length}人` : '');
  const en = first.map((n) => n.en).join(', ') + (more ? ` and ${more} more` : '');
  const labels = actions.map((a) => ACTION_LABELS[a]);
  return {
    actions,
    zh: `待 ${zh} ${labels.map((l) => l.zh).join('或')}`,
    en: `Waiting for ${en}: ${labels.map((l) => l.en).join(' or ')}`,
  };
}
