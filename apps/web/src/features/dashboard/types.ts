// The answer of GET /api/v1/dashboard (apps/api/src/domains/dashboard/service.ts).
export interface Count {
  key: string;
  n: number;
}
export interface AgencyCount {
  agencyId: string;
  name: string;
  n: number;
}
export interface Region {
  code: string;
  name: string;
  parentCode: string | null;
}
interface Rate {
  due: number;
  corrected: number;
  inTime: number;
}

export interface Dashboard {
  today: string;
  period: { from: string; to: string };
  region: string;
  regions: Region[];
  petitionsByMonth: { month: string; kind: string; n: number }[];
  petitionsByChannel: Count[];
  casesByMonth: { month: string; n: number }[];
  casesBySource: Count[];
  casesByState: Count[];
  casesByRegion: { regionCode: string; name: string; n: number }[];
  casesByAgency: AgencyCount[];
  noticesAndDecisions: Count[];
  reviewOutcomes: Count[];
  overdue: { openCases: number; overdueCases: number; overdueNotices: number; overdueOrders: number };
  correctionRate: Rate & { rate: number | null; notices: Rate; orders: Rate };
  warningsByRule: { rule: string; article: string; n: number; open: number }[];
  evaluationScores: { agencyId: string; name: string; files: number; average: number; failing: number }[];
  certificateCoverage: {
    officers: number;
    valid: number;
    agencies: { agencyId: string; name: string; officers: number; valid: number }[];
  };
  accountability: { state: string; subjectKind: string; n: number }[];
}
