// Who may run visits and campaigns: the staff of a supervision organ (第四条第二款, 第八条),
// only over the agencies of the organ's own government (第二条). Liaisons and leaders read.
import type { Actor } from '../../access/actor.ts';
import type { Queryable } from '../../db/client.ts';
import { refuse } from '../../http/problem.ts';
import { findOrgan, getOrganisation } from '../organisations/queries.ts';
import { getCampaign } from './queries.ts';

export function requireOrganStaff(actor: Actor, roles: readonly string[] = ['supervisor', 'organ_head']) {
  if (actor.organisationKind !== 'supervision_organ' || !roles.includes(actor.role))
    throw refuse.forbidden(
      '只有行政执法监督机关的监督人员可以办理',
      'only the staff of a supervision organ may do this',
      'art8.1.2',
    );
}

/** the agency, checked to be an active agency of the actor's own government (第二条) */
export async function ownAgency(tx: Queryable, actor: Actor, agencyId: string, field: string) {
  const agency = await getOrganisation(tx, actor.scope, agencyId);
  if (agency?.kind !== 'agency' || !agency.active)
    throw refuse.field(
      field,
      '请选择本辖区内有效的行政执法机关',
      'choose an active agency in your jurisdiction',
    );
  const organ = await findOrgan(tx, agency.regionCode);
  if (organ?.id !== actor.organisationId)
    throw refuse.byLaw(
      403,
      '只能对本级人民政府所属行政执法机关开展现场监督',
      "only the agencies of the organ's own government are visited by it",
      'art2',
      field,
    );
  return agency;
}

/** a campaign of the actor's own organ, locked for the change about to be made */
export async function ownCampaign(tx: Queryable, actor: Actor, id: string) {
  const c = await getCampaign(tx, actor, id, true);
  if (!c) throw refuse.notFound('专项监督', 'Campaign');
  if (c.organ_id !== actor.organisationId)
    throw refuse.forbidden(
      '只有组织专项监督的机关可以办理',
      'only the organ running the campaign may act',
      'art4.2',
    );
  return c;
}
