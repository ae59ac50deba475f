// Demo special campaign 涉企行政检查专项监督 by 泽州县司法局 with three visits, built through the
// same use cases supervisors call: one that found a problem, opened a case and awaits the
// agency's correction; one unannounced (不打招呼) that found all in order and closed; one planned.
import { addDays } from '@jiandu/calendar';
import { auditActor } from '../access/actor.ts';
import { actorByUsername } from '../access/load-actor.ts';
import type { Db } from '../db/client.ts';
import { sql } from '../db/sql.ts';
import { shanghaiDate } from '../domains/cases/today.ts';
import { actOnCampaign, createCampaign } from '../domains/inspections/campaigns.ts';
import { actOnInspection, openCaseFromFinding, planInspection } from '../domains/inspections/service.ts';
import type { UseCase } from '../use-case.ts';

const CHECKLIST = [
  '检查主体是否具备执法资格',
  '执法人员是否持证并出示证件',
  '是否经批准开展涉企检查',
  '检查频次是否超过规定',
];

export async function seedDemoInspections(db: Db, now: Date): Promise<number> {
  const [{ n }] = await db.query<{ n: number }>(sql`SELECT count(*)::int AS n FROM campaigns`);
  if (n > 0) return 0;
  const [head, sup1, sup2] = await Promise.all(
    ['zezhou-head', 'zezhou-sup1', 'zezhou-sup2'].map((u) => actorByUsername(db, u)),
  );
  if (!head || !sup1 || !sup2) return 0;
  const as = (a: NonNullable<typeof head>): UseCase => ({
    db,
    actor: a,
    audit: { actor: auditActor(a), requestId: 'seed', now },
  });
  const agency = Object.fromEntries(
    (
      await db.query<{ name: string; id: string }>(
        sql`SELECT name, id FROM organisations WHERE name IN ('泽州县市场监督管理局', '泽州县交通运输局')`,
      )
    ).map((r) => [r.name, r.id]),
  );
  const today = shanghaiDate(now);
  const { id: campaignId } = await createCampaign(as(head), {
    theme: '涉企行政检查',
    scope: '泽州县行政执法机关涉企行政检查的主体资格、检查程序、检查频次和“不打招呼”检查情况',
    periodFrom: addDays(today, -7),
    periodTo: addDays(today, 60),
    agencyIds: [agency.泽州县市场监督管理局, agency.泽州县交通运输局],
  });
  await actOnCampaign(as(head), campaignId, 1, { type: 'start' });
  const present = [sup1.userId, sup2.userId];
  const steps = async (id: string, actions: Parameters<typeof actOnInspection>[3][]) => {
    let version = 1;
    for (const a of actions) version = (await actOnInspection(as(sup1), id, version, a)).version;
    return version;
  };
  const results = (problemAt: number | null) =>
    CHECKLIST.map((_, i) => ({
      id: `k${i + 1}`,
      result: i === problemAt ? ('problem' as const) : ('compliant' as const),
      note: i === problemAt ? '未见审批材料' : null,
    }));

  // 1. a problem found: a case opened from it, and a correction to follow up
  const market = await planInspection(as(sup1), {
    agencyId: agency.泽州县市场监督管理局,
    subject: '涉企行政检查现场监督：食品经营检查',
    unannounced: false,
    plannedOn: today,
    checklist: CHECKLIST,
    campaignId,
  });
  let v = await steps(market.id, [
    { type: 'start', supervisorIds: present },
    { type: 'record_checklist', items: results(2) },
    { type: 'record_findings', findings: [{ text: '未经批准对辖区超市开展涉企行政检查', problem: true }] },
  ]);
  const [{ fid }] = await db.query<{ fid: string }>(
    sql`SELECT findings->0->>'id' AS fid FROM inspections WHERE id = ${market.id}`,
  );
  v = (await openCaseFromFinding(as(sup1), market.id, fid, v)).version;
  await actOnInspection(as(sup1), market.id, v, {
    type: 'add_follow_up',
    task: '建立涉企行政检查审批和备案制度并报送',
    due: addDays(today, 15),
    findingId: fid,
  });

  // 2. 不打招呼: found in order and closed
  const transport = await planInspection(as(sup1), {
    agencyId: agency.泽州县交通运输局,
    subject: '涉企行政检查现场监督：道路运输企业检查',
    unannounced: true,
    checklist: CHECKLIST,
    campaignId,
  });
  await steps(transport.id, [
    { type: 'start', supervisorIds: present },
    { type: 'record_checklist', items: results(null) },
    {
      type: 'record_findings',
      findings: [{ text: '检查主体、程序和频次符合规定，未发现问题', problem: false }],
    },
    { type: 'close', conclusion: '未发现问题' },
  ]);

  // 3. planned for next week
  await planInspection(as(sup2), {
    agencyId: agency.泽州县市场监督管理局,
    subject: '涉企行政检查现场监督：整改情况复查',
    unannounced: false,
    plannedOn: addDays(today, 7),
    checklist: CHECKLIST,
    campaignId,
  });
  return 3;
}
