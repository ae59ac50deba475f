// The annual assessment as GET /api/v1/assessment answers it (第五条).
export interface IndicatorDef {
  id: string;
  zh: string;
  en: string;
  articles: string[];
  formula: { zh: string; en: string };
  unit: 'percent' | 'points' | 'per_thousand';
  direction: 'higher' | 'lower';
  weight: number;
  standard: number;
  floor: number;
  levels: ('government' | 'agency')[];
}

export interface IndicatorResult {
  id: string;
  value: number | null;
  attainment: number | null;
  points: number | null;
}

export interface AssessedUnit {
  id: string;
  name: string;
  regionCode: string;
  regionName: string;
  counts: Record<string, number>;
  indicators: IndicatorResult[];
  total: number | null;
  rank: number | null;
  governmentName?: string;
}

export interface AnnualAssessment {
  year: number;
  asOf: string;
  regionName: string;
  organisationName: string;
  indicators: IndicatorDef[];
  overall: { counts: Record<string, number>; indicators: IndicatorResult[]; total: number | null };
  governments: AssessedUnit[];
  agencies: AssessedUnit[];
}
