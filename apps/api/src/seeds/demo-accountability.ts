// Demo accountability matters (第十六条 to 第十八条), built through the same use cases staff
// use: the automatic proposals over the demo cases and acts, left for a person to confirm or
// dismiss; an agency ordered to correct within a deadline; an officer given 批评教育.
import { addDays } from '@jiandu/calendar';
import { auditActor } from '../access/actor.ts';
import { actorByUsername } from '../access/load-actor.ts';
import type { Db } from '../db/client.ts';
import { sql } from '../db/sql.ts';
import { approveDraft, draftMeasure } from '../domains/accountability/measures.ts';
import { proposeMatters } from '../domains/accountability/proposals.ts';
import { openMatter } from '../domains/accountability/service.ts';
import { shanghaiDate } from '../domains/cases/today.ts';
import type { UseCase } from '../use-case.ts';
import { systemUseCase } from './system.ts';

export async function seedDemoAccountability(db: Db, now: Date): Promise<number> {
  const [{ n }] = await db.query<{ n: number }>(sql`SELECT count(*)::int AS n FROM accountability_matters`);
  if (n > 0) return 0;
  const as = async (username: string): Promise<UseCase | null> => {
    const actor = await actorByUsername(db, username);
    return actor ? { db, actor, audit: { actor: auditActor(actor), requestId: 'seed', now } } : null;
  };
  const [sup, head] = [await as('zezhou-sup1'), await as('zezhou-head')];
  if (!sup || !head) return 0;
  const { proposed } = await proposeMatters(await systemUseCase(db, now));
  const ids = new Map(
    (
      await db.query<{
        k: string;
        id: string;
      }>(sql`SELECT name AS k, id FROM organisations WHERE kind = 'agency'
        UNION ALL SELECT name AS k, id FROM officers`)
    ).map((r) => [r.k, r.id]),
  );
  const approve = async (matterId: string, body: Parameters<typeof draftMeasure>[2]) => {
    const d = await draftMeasure(sup, matterId, body);
    await approveDraft(head, matterId, d.id, { version: d.version });
  };
  // 第十六条（七）: an agency let an officer act without a valid certificate
  const agency = ids.get('泽州县市场监督管理局');
  if (agency) {
    const m = await openMatter(sup, {
      subjectKind: 'agency',
      subjectId: agency,
      grounds: ['art16.1.7'],
      facts: '执法人员张伟的执法证件已过期，仍在多份行政处罚决定书上署名执法。',
      sources: [],
    });
    await approve(m.id, {
      version: 1,
      kind: 'order_correction_deadline',
      deadline: addDays(shanghaiDate(now), 15),
      reasons: '限期清理持证情况，过期证件人员暂停执法',
    });
  }
  // 第十七条（二）: the officer whose certificate the organ seized pending a case
  const officer = ids.get('刘洋');
  if (officer) {
    const m = await openMatter(sup, {
      subjectKind: 'officer',
      subjectId: officer,
      grounds: ['art17.1.2'],
      facts: '超越职权对非管辖区域的经营户实施行政检查。',
      sources: [],
    });
    await approve(m.id, { version: 1, kind: 'criticism_education', reasons: '首次违规，情节较轻' });
  }
  return proposed.length + (agency ? 1 : 0) + (officer ? 1 : 0);
}
