import { z } from 'zod';
import { isoDate, regionCode } from './common.ts';

// The dashboard's filters (第五条): a period and a region within the actor's jurisdiction.
// Both dates are optional: the period defaults to the year so far.
export const dashboardQuery = z.object({
  from: isoDate.optional(),
  to: isoDate.optional(),
  region: regionCode.optional(),
});
export type DashboardQuery = z.infer<typeof dashboardQuery>;
