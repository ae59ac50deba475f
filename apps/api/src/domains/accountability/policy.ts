// Who may act on an accountability matter. Supervisors of the handling organ open matters,
// confirm or dismiss proposals, draft measures and close; its head approves measures (as the
// head approves filing and decisions, 第九条). Nobody acts on a matter against himself.
import type { MatterFacts } from '@jiandu/procedure';
import type { Actor } from '../../access/actor.ts';
import type { Queryable } from '../../db/client.ts';
import { refuse } from '../../http/problem.ts';
import { getMatter, type MatterRow, matterFacts, matterMeasures } from './queries.ts';

export type MatterVerb = 'open' | 'confirm' | 'dismiss' | 'draft' | 'correction' | 'close' | 'approve';

export const VERB_ROLES: Record<MatterVerb, readonly Actor['role'][]> = {
  open: ['supervisor'],
  confirm: ['supervisor', 'organ_head'],
  dismiss: ['supervisor', 'organ_head'],
  draft: ['supervisor'],
  correction: ['supervisor'],
  close: ['supervisor', 'organ_head'],
  approve: ['organ_head'],
};

export function mayAct(actor: Actor, row: Pick<MatterRow, 'organ_id' | 'supervisor_id'>, verb: MatterVerb) {
  return (
    VERB_ROLES[verb].includes(actor.role) &&
    actor.organisationId === row.organ_id &&
    actor.userId !== row.supervisor_id
  );
}

/** the matter locked for a change, checked for scope, version, role and organ */
export async function matterForAction(
  tx: Queryable,
  actor: Actor,
  id: string,
  version: number,
  verb: MatterVerb,
): Promise<{ row: MatterRow; facts: MatterFacts }> {
  const row = await getMatter(tx, actor, id, true);
  if (!row) throw refuse.notFound('追责事项', 'Accountability matter');
  if (!VERB_ROLES[verb].includes(actor.role))
    throw refuse.forbidden(
      verb === 'approve' ? '只有监督机关负责人可以审批处理措施' : '只有行政执法监督人员可以办理',
      verb === 'approve' ? 'only the head of the organ approves measures' : 'only a supervisor may do this',
    );
  if (actor.organisationId !== row.organ_id)
    throw refuse.byLaw(
      403,
      `该事项由${row.organ_name}办理`,
      `the matter is handled by ${row.organ_name}`,
      'art4.2',
    );
  if (actor.userId === row.supervisor_id)
    throw refuse.forbidden('不得办理针对本人的追责事项', 'nobody handles a matter against himself');
  if (row.version !== version) throw refuse.stale();
  return { row, facts: matterFacts(row, await matterMeasures(tx, [row.id])) };
}
