// The campaign's summary report (第七条（七）): per agency, the visits made, the problems found
// and the cases opened from them; and the cases with their state today. Computed when read.
import type { Actor } from '../../access/actor.ts';
import type { Queryable } from '../../db/client.ts';
import { type CampaignRow, campaignVisits, casesByIds, namesOf } from './queries.ts';

export async function campaignReport(q: Queryable, actor: Actor, c: CampaignRow) {
  const visits = await campaignVisits(q, actor, c.id);
  const names = await namesOf(q, c.agency_ids);
  const caseIds = visits.flatMap((v) => v.findings.flatMap((f) => (f.caseId ? [f.caseId] : [])));
  const cases = await casesByIds(q, caseIds);
  const byAgency = c.agency_ids.map((agencyId) => {
    const vs = visits.filter((v) => v.agency_id === agencyId);
    const findings = vs.flatMap((v) => v.findings);
    return {
      agencyId,
      agencyName: names.get(agencyId) ?? '',
      visits: vs.length,
      visitsClosed: vs.filter((v) => v.state === 'closed').length,
      findings: findings.length,
      problems: findings.filter((f) => f.problem).length,
      casesOpened: findings.filter((f) => f.caseId).length,
      followUpsOpen: vs.flatMap((v) => v.follow_ups).filter((u) => !u.doneOn).length,
    };
  });
  const sum = (k: keyof (typeof byAgency)[number]) => byAgency.reduce((n, a) => n + Number(a[k]), 0);
  return {
    campaignId: c.id,
    theme: c.theme,
    scope: c.scope,
    periodFrom: c.period_from,
    periodTo: c.period_to,
    state: c.state,
    summary: c.summary,
    totals: {
      agencies: byAgency.length,
      visits: sum('visits'),
      visitsClosed: sum('visitsClosed'),
      findings: sum('findings'),
      problems: sum('problems'),
      casesOpened: sum('casesOpened'),
      followUpsOpen: sum('followUpsOpen'),
    },
    byAgency,
    problems: visits.flatMap((v) =>
      v.findings
        .filter((f) => f.problem)
        .map((f) => ({
          inspectionId: v.id,
          agencyName: v.agency_name,
          findingId: f.id,
          text: f.text,
          caseId: f.caseId,
        })),
    ),
    cases: cases.map((x) => ({ id: x.id, title: x.title, state: x.state, source: x.source })),
  };
}
