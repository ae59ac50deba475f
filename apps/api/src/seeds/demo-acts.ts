// Demo enforcement acts reported by 泽州县市场监督管理局 over the last two months, through the
// same bulk use case agencies use, so the warning rules have something real to find: an
// officer whose certificate had lapsed, a decision without its seal, a missing legal basis, a
// late decision, a lone officer (第十五条 to 第十七条).
import { addDays } from '@jiandu/calendar';
import { auditActor } from '../access/actor.ts';
import { actorByUsername } from '../access/load-actor.ts';
import type { Db } from '../db/client.ts';
import { sql } from '../db/sql.ts';
import { ingestActs } from '../domains/acts/ingest.ts';
import { shanghaiDate } from '../domains/cases/today.ts';

export async function seedDemoActs(db: Db, now: Date): Promise<number> {
  const [{ n }] = await db.query<{ n: number }>(sql`SELECT count(*)::int AS n FROM enforcement_acts`);
  if (n > 0) return 0;
  const liaison = await actorByUsername(db, 'zezhou-liaison');
  if (!liaison) return 0;
  const certs = Object.fromEntries(
    (
      await db.query<{ name: string; number: string }>(sql`
        SELECT o.name, c.number FROM officers o JOIN certificates c ON c.officer_id = o.id WHERE o.organisation_id = ${liaison.organisationId}`)
    ).map((r) => [r.name, r.number]),
  );
  const today = shanghaiDate(now);
  const acts = Array.from({ length: 40 }, (_, i) => {
    const day = addDays(today, -60 + i);
    const officers =
      i === 5 ? [certs.李建军] : i % 13 === 3 ? [certs.张伟, certs.王秀英] : [certs.李建军, certs.王秀英];
    return {
      caseNumber: `泽市监${i % 4 === 0 ? '检' : '罚'}〔${day.slice(0, 4)}〕${100 + i}号`,
      kind: i % 4 === 0 ? 'inspection' : 'penalty',
      area: '市场监管',
      decisionDate: day,
      officers,
      parties: [
        {
          name: ['泽州县某超市', '某餐饮店', '某药店', '李某'][i % 4],
          kind: i % 4 === 3 ? 'person' : 'organisation',
        },
      ],
      facts: i % 4 === 0 ? '对经营场所开展食品安全检查。' : '销售超过保质期的食品。',
      legalBasis: i === 9 ? [] : ['《中华人民共和国食品安全法》第一百二十四条'],
      sealPresent: i !== 17,
      discretionLevel: i % 4 === 0 ? null : '一般',
      deadlines: [{ label: '作出处理决定', due: addDays(day, 7), metOn: i === 22 ? addDays(day, 12) : day }],
      fullRecord: i !== 30,
      outcome: i % 4 === 0 ? '责令整改' : '罚款2000元',
    };
  }).filter((a) => a.deadlines[0].metOn <= today);
  const r = await ingestActs(
    { db, actor: liaison, audit: { actor: auditActor(liaison), requestId: 'seed', now } },
    { agencyId: liaison.organisationId, atomic: true, acts },
  );
  return r.stored;
}
