import { z } from 'zod';
import { dateOut, isoDate, regionCode, uuid } from './common.ts';

// The dashboard's filters (第五条): a period and a region within the actor's jurisdiction.
// Both dates are optional: the period defaults to the year so far.
export const dashboardQuery = z.object({
  from: isoDate.optional(),
  to: isoDate.optional(),
  region: regionCode.optional(),
});
export type DashboardQuery = z.infer<typeof dashboardQuery>;

const n = z.number().int();
const count = z.object({ key: z.string(), n });
const dueCorrected = z.object({ due: n, corrected: n, inTime: n });

/** the figures of 第五条 for one period and region subtree, with the regions the reader may choose */
export const dashboard = z.object({
  today: dateOut,
  period: z.object({ from: dateOut, to: dateOut }),
  region: z.string(),
  regions: z.array(z.object({ code: z.string(), name: z.string(), parentCode: z.string().nullable() })),
  petitionsByMonth: z.array(z.object({ month: z.string(), kind: z.string(), n })),
  petitionsByChannel: z.array(count),
  casesByMonth: z.array(z.object({ month: z.string(), n })),
  casesBySource: z.array(count),
  casesByState: z.array(count),
  casesByRegion: z.array(z.object({ regionCode: z.string(), name: z.string(), n })),
  casesByAgency: z.array(z.object({ agencyId: uuid, name: z.string(), n })),
  noticesAndDecisions: z.array(count),
  reviewOutcomes: z.array(count),
  overdue: z.object({ openCases: n, overdueCases: n, overdueNotices: n, overdueOrders: n }),
  /** 有错必纠: of the notices and orders due in the period, those corrected, and in time */
  correctionRate: dueCorrected.extend({
    /** corrected ÷ due, null when nothing was due */
    rate: z.number().nullable(),
    notices: dueCorrected,
    orders: dueCorrected,
  }),
  warningsByRule: z.array(z.object({ rule: z.string(), article: z.string(), n, open: n })),
  evaluationScores: z.array(
    z.object({ agencyId: uuid, name: z.string(), files: n, failing: n, average: z.number() }),
  ),
  /** officers holding a valid certificate, across the scope, and the agencies with the lowest share */
  certificateCoverage: z.object({
    officers: n,
    valid: n,
    agencies: z.array(z.object({ agencyId: uuid, name: z.string(), officers: n, valid: n })),
  }),
  accountability: z.array(z.object({ state: z.string(), subjectKind: z.string(), n })),
});
export type Dashboard = z.infer<typeof dashboard>;
