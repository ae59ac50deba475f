// A demo case-file evaluation (第八条（一）) of 泽州县市场监督管理局's reported acts, through the
// same use cases staff use: drawn from a recorded seed, three files scored by both reviewers
// (one of them far apart, for the lead to settle), the fourth still waiting for 吴磊.
import { addDays } from '@jiandu/calendar';
import { auditActor } from '../access/actor.ts';
import { actorByUsername } from '../access/load-actor.ts';
import type { Db } from '../db/client.ts';
import { sql } from '../db/sql.ts';
import { shanghaiDate } from '../domains/cases/today.ts';
import { campaignFiles, campaignSheets } from '../domains/evaluations/queries.ts';
import { createCampaign, drawCampaign, submitSheet } from '../domains/evaluations/service.ts';

export async function seedDemoEvaluation(db: Db, now: Date): Promise<boolean> {
  const [{ n }] = await db.query<{ n: number }>(sql`SELECT count(*)::int AS n FROM evaluation_campaigns`);
  if (n > 0) return false;
  const [lead, sup2, head] = await Promise.all(
    ['zezhou-sup1', 'zezhou-sup2', 'zezhou-head'].map((u) => actorByUsername(db, u)),
  );
  const [agency] = await db.query<{ id: string }>(
    sql`SELECT id FROM organisations WHERE name = '泽州县市场监督管理局'`,
  );
  if (!lead || !sup2 || !head || !agency) return false;
  const as = (actor: NonNullable<typeof lead>) => ({
    db,
    actor,
    audit: { actor: auditActor(actor), requestId: 'seed', now },
  });
  const today = shanghaiDate(now);
  const { id } = await createCampaign(as(lead), {
    title: `${today.slice(0, 4)}年度市场监管行政处罚案卷评查`,
    periodFrom: addDays(today, -90),
    periodTo: addDays(today, -1),
    agencyIds: [agency.id],
    filesPerAgency: 4,
    reviewersPerFile: 2,
    reviewerIds: [sup2.userId, head.userId],
  });
  await drawCampaign(as(lead), id, { version: 1, seed: 'demo-zezhou-2026' });
  const files = await campaignFiles(db, id);
  const sheets = await campaignSheets(db, id);
  for (const [i, f] of files.entries()) {
    const pre = f.prescore.deductions;
    const reviewers = sheets.filter((s) => s.file_id === f.id).map((s) => s.reviewer_id);
    for (const reviewer of reviewers) {
      const who: typeof lead = reviewer === sup2.userId ? sup2 : head;
      // the fourth file is left for 吴磊 to score; on the third the reviewers disagree
      if (i === 3 && who === head) continue;
      const extra: Record<string, number> =
        i === 2 && who === sup2 ? { F1: 10, L2: 10 } : i === 1 ? { D2: 1 } : {};
      await submitSheet(as(who), f.id, { deductions: { ...pre, ...extra } });
    }
  }
  return true;
}
