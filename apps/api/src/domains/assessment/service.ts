// The annual assessment (第五条) as one use case: the counts of the year in the actor's
// jurisdiction, each agency and each government scored by the pure indicators, ranked.
// Nothing is stored: the figures are worked out from the records whenever asked.
import {
  type Assessment,
  type AssessmentCounts,
  assess,
  EMPTY_COUNTS,
  fileOutcome,
  gradeOf,
  INDICATORS,
  type Rubric,
  rankByTotal,
  sumCounts,
} from '@jiandu/procedure';
import { refuse } from '../../http/problem.ts';
import type { UseCase } from '../../use-case.ts';
import { shanghaiDate } from '../cases/today.ts';
import {
  assessedOrganisations,
  countsByOrganisation,
  type EvaluationFileRow,
  evaluationFiles,
  yearRange,
} from './queries.ts';

export interface AssessedUnit extends Assessment {
  id: string;
  name: string;
  regionCode: string;
  regionName: string;
  counts: AssessmentCounts;
  rank: number | null;
}

export interface AssessedAgency extends AssessedUnit {
  governmentId: string | null;
  governmentName: string;
}

export interface AnnualAssessment {
  year: number;
  /** the day the figures were worked out; the year may still be running */
  asOf: string;
  /** the jurisdiction assessed: the actor's region */
  regionName: string;
  organisationName: string;
  indicators: typeof INDICATORS;
  overall: Assessment & { counts: AssessmentCounts };
  governments: AssessedUnit[];
  agencies: AssessedAgency[];
}

export async function assessYear(uc: UseCase, year: number): Promise<AnnualAssessment> {
  // the permission admits organ staff and leaders (第五条); an agency's own view is not an assessment
  if (uc.actor.scope.organisationId)
    throw refuse.forbidden('执法机关不能查看年度考核', 'an agency does not see the assessment', 'art5.1');
  const asOf = shanghaiDate(uc.audit.now);
  if (year > Number(asOf.slice(0, 4)))
    throw refuse.field(
      'year',
      `${year}年尚未开始，无可考核的数据`,
      `${year} has not begun: nothing to assess`,
    );
  const range = yearRange(year);
  const [orgs, counts, evaluation] = await Promise.all([
    assessedOrganisations(uc.db, uc.actor),
    countsByOrganisation(uc.db, uc.actor, range),
    evaluationFiles(uc.db, uc.actor, range),
  ]);
  addEvaluationCounts(counts, evaluation.campaigns, evaluation.files);

  const governments = orgs.filter((o) => o.kind === 'government');
  const govOf = new Map(governments.map((g) => [g.region_code, g]));
  const countsOf = (id: string) => counts.get(id) ?? { ...EMPTY_COUNTS };
  const agencies = orgs
    .filter((o) => o.kind === 'agency' && (o.active || counts.has(o.id)))
    .map((o): Omit<AssessedAgency, 'rank'> => {
      const c = countsOf(o.id);
      const g = govOf.get(o.region_code);
      return {
        id: o.id,
        name: o.name,
        regionCode: o.region_code,
        regionName: o.region_name,
        governmentId: g?.id ?? null,
        governmentName: g?.name ?? o.region_name,
        counts: c,
        ...assess(c, 'agency'),
      };
    });
  // a government answers for its own agencies and its organ (第二条, 第四条); the counties below are ranked beside it
  const govRows = governments.map((g): Omit<AssessedUnit, 'rank'> => {
    const c = sumCounts(orgs.filter((o) => o.region_code === g.region_code).map((o) => countsOf(o.id)));
    return {
      id: g.id,
      name: g.name,
      regionCode: g.region_code,
      regionName: g.region_name,
      counts: c,
      ...assess(c, 'government'),
    };
  });
  const all = sumCounts([...counts.values()]);
  return {
    year,
    asOf,
    regionName: uc.actor.regionName,
    organisationName: uc.actor.organisationName,
    indicators: INDICATORS,
    overall: { counts: all, ...assess(all, 'government') },
    governments: rankByTotal(govRows),
    agencies: rankByTotal(agencies),
  };
}

/** scores each file as the evaluation does and adds the final ones to their agency's counts */
function addEvaluationCounts(
  counts: Map<string, AssessmentCounts>,
  campaigns: readonly { id: string; rubric: unknown; reviewers_per_file: number }[],
  files: readonly EvaluationFileRow[],
) {
  const byId = new Map(campaigns.map((c) => [c.id, c]));
  for (const f of files) {
    const c = byId.get(f.campaign_id);
    if (!c) continue;
    const rubric = c.rubric as Rubric;
    const outcome = fileOutcome(rubric, f.sheets, c.reviewers_per_file, f.settled);
    if (outcome.state !== 'final') continue;
    const row = counts.get(f.agency_id) ?? { ...EMPTY_COUNTS };
    row.filesScored += 1;
    row.filesScoreSum += outcome.score;
    if (gradeOf(rubric, outcome.score) === 'fail') row.filesFailing += 1;
    counts.set(f.agency_id, row);
  }
}
