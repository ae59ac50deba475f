// Use cases for special campaigns (专项监督, 第七条): create with theme, scope, period and
// agencies; add agencies, start, attach visits, summarise. The procedure (decideCampaign)
// decides; each use case is one transaction with its audit event.
import { randomUUID } from 'node:crypto';
import type { campaignAction, createCampaign as createBody } from '@jiandu/contracts';
import {
  type CampaignAction,
  type CampaignFacts,
  campaignPlanRefusal,
  decideCampaign,
} from '@jiandu/procedure';
import type { z } from 'zod';
import { recordAudit } from '../../audit/record.ts';
import type { Queryable } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';
import { refuse } from '../../http/problem.ts';
import type { UseCase } from '../../use-case.ts';
import { ownAgency, ownCampaign, requireOrganStaff } from './policy.ts';
import { type CampaignRow, getVisit } from './queries.ts';

export const campaignFacts = (c: CampaignRow): CampaignFacts => ({
  state: c.state,
  periodFrom: c.period_from,
  periodTo: c.period_to,
  agencyIds: c.agency_ids,
  summary: c.summary,
});

async function addAgencies(tx: Queryable, uc: UseCase, campaignId: string, ids: string[], known: string[]) {
  for (const [i, id] of ids.entries()) {
    await ownAgency(tx, uc.actor, id, `agencyIds.${i}`);
    if (!known.includes(id))
      await tx.query(sql`INSERT INTO campaign_agencies (campaign_id, region_code, agency_id, added_at)
        SELECT id, region_code, ${id}, ${uc.audit.now} FROM campaigns WHERE id = ${campaignId} ON CONFLICT DO NOTHING`);
  }
}

export async function createCampaign(uc: UseCase, input: z.infer<typeof createBody>) {
  requireOrganStaff(uc.actor);
  const r = campaignPlanRefusal(input);
  if (r) throw refuse.byLaw(422, r.reason, r.reasonEn, r.article, r.field);
  return uc.db.tx(async (tx) => {
    const id = randomUUID();
    await tx.query(sql`INSERT INTO campaigns (id, organ_id, region_code, theme, scope, period_from, period_to, state,
        created_by, created_at, updated_at)
      VALUES (${id}, ${uc.actor.organisationId}, ${uc.actor.regionCode}, ${input.theme}, ${input.scope}, ${input.periodFrom},
        ${input.periodTo}, 'draft', ${uc.actor.userId}, ${uc.audit.now}, ${uc.audit.now})`);
    await addAgencies(tx, uc, id, [...new Set(input.agencyIds)], []);
    await recordAudit(tx, uc.audit, {
      action: 'campaign.create',
      entityType: 'campaign',
      entityId: id,
      after: { ...input, agencyIds: [...new Set(input.agencyIds)] },
      article: 'art7.2',
      organisationId: uc.actor.organisationId,
      regionCode: uc.actor.regionCode,
    });
    return { id };
  });
}

export async function actOnCampaign(
  uc: UseCase,
  id: string,
  version: number,
  input: z.infer<typeof campaignAction>,
) {
  requireOrganStaff(uc.actor);
  return uc.db.tx(async (tx) => {
    const c = await ownCampaign(tx, uc.actor, id);
    if (c.version !== version) throw refuse.stale();
    let action: CampaignAction;
    let visit: { id: string; agency_id: string } | null = null;
    if (input.type === 'attach_visit') {
      const v = await getVisit(tx, uc.actor, input.inspectionId, true);
      if (v?.organ_id !== uc.actor.organisationId || (v.campaign_id && v.campaign_id !== c.id))
        throw refuse.field(
          'action.inspectionId',
          '须为本机关尚未纳入其他专项监督的现场监督',
          'must be a visit of your organ in no other campaign',
        );
      visit = v;
      action = { type: 'attach_visit', agencyId: v.agency_id, visitState: v.state };
    } else if (input.type === 'summarise') {
      const [{ n }] = await tx.query<{ n: number }>(
        sql`SELECT count(*)::int AS n FROM inspections WHERE campaign_id = ${c.id} AND state <> 'closed'`,
      );
      action = { type: 'summarise', summary: input.summary, openVisits: n };
    } else action = input;
    const d = decideCampaign(campaignFacts(c), action);
    if (!d.ok) {
      const { reason, reasonEn, article, field } = d.refusal;
      throw refuse.byLaw(d.status, reason, reasonEn, article, field ? `action.${field}` : undefined);
    }
    if (input.type === 'add_agencies')
      await addAgencies(tx, uc, c.id, [...new Set(input.agencyIds)], c.agency_ids);
    if (visit)
      await tx.query(sql`UPDATE inspections SET campaign_id = ${c.id}, version = version + 1, updated_at = ${uc.audit.now}
        WHERE id = ${visit.id}`);
    const updated =
      await tx.query(sql`UPDATE campaigns SET state = ${d.facts.state}, summary = ${d.facts.summary},
        version = version + 1, updated_at = ${uc.audit.now}
      WHERE id = ${c.id} AND version = ${version} RETURNING id`);
    if (updated.length !== 1) throw refuse.stale();
    await recordAudit(tx, uc.audit, {
      action: `campaign.${input.type}`,
      entityType: 'campaign',
      entityId: c.id,
      before: { state: c.state, version },
      after: { state: d.facts.state, version: version + 1, action: input },
      article: d.article,
      organisationId: c.organ_id,
      regionCode: c.region_code,
    });
    return { id: c.id, state: d.facts.state, version: version + 1 };
  });
}
