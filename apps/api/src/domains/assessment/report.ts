// The assessment as the organ's report to its government (第五条), in the official layout the
// other documents use (GB/T 9704-2012): the ranking, each indicator's figure, and how it is computed.

import type { Actor } from '../../access/actor.ts';
import type { Queryable } from '../../db/client.ts';
import { renderDocx } from '../../documents/render-docx.ts';
import { annualAssessmentReport } from '../../documents/templates/annual-assessment.ts';
import { articlesOf, figure, floorOf, standardOf } from './format.ts';
import { governmentAndOrgan } from './queries.ts';
import type { AnnualAssessment } from './service.ts';

export async function assessmentDocx(q: Queryable, actor: Actor, a: AnnualAssessment): Promise<Uint8Array> {
  const names = await governmentAndOrgan(q, actor.regionCode);
  const government = names?.government ?? actor.regionName;
  const organ = names?.organ ?? actor.organisationName;
  const byId = new Map(a.overall.indicators.map((r) => [r.id, r]));
  return renderDocx(
    annualAssessmentReport({
      year: a.year,
      government,
      organ,
      issuedOn: a.asOf,
      partial: a.asOf < `${a.year}-12-31`,
      overall: {
        total: a.overall.total,
        acts: a.overall.counts.acts,
        notices: a.overall.counts.notices,
        orders: a.overall.counts.orders,
        matters: a.overall.counts.matters,
      },
      governments: a.governments.map((g) => ({ rank: g.rank, name: g.name, total: g.total })),
      agencies: a.agencies.map((g) => ({
        rank: g.rank,
        name: g.name,
        government: g.governmentName,
        total: g.total,
      })),
      indicators: a.indicators.map((ind) => {
        const r = byId.get(ind.id);
        return {
          name: ind.zh,
          article: articlesOf(ind),
          formula: ind.formula.zh,
          value: figure(ind, r?.value ?? null),
          standard: standardOf(ind),
          floor: floorOf(ind),
          weight: ind.weight,
          points: r?.points === null || r?.points === undefined ? '—' : r.points.toFixed(1),
        };
      }),
    }),
  );
}
