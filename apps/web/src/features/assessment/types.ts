// The annual assessment as GET /api/v1/assessment answers it (第五条): the contract the API states it in.
import type { AnnualAssessment } from '@jiandu/contracts';

export type { AnnualAssessment } from '@jiandu/contracts';
export type IndicatorDef = AnnualAssessment['indicators'][number];
export type AssessedUnit = AnnualAssessment['governments'][number] & { governmentName?: string };
