// Demo officers: every demo supervisor with a supervision credential (第七条第二款), and a few
// enforcement officers with certificates in the agencies the demo cases concern — one of
// them seized, one expired — filed through the same use cases an administrator uses.
import { auditActor } from '../access/actor.ts';
import { actorByUsername } from '../access/load-actor.ts';
import type { Db } from '../db/client.ts';
import { sql } from '../db/sql.ts';
import { confirm } from '../domains/officers/qualifications.ts';
import { actOnCertificate, createOfficer } from '../domains/officers/service.ts';
import { DEMO_USERS } from './demo-data.ts';
import { systemUseCase } from './system.ts';

const AGENCY_OFFICERS: [agency: string, area: string, names: string[]][] = [
  ['泽州县市场监督管理局', '市场监管', ['李建军', '王秀英', '张伟', '刘洋']],
  ['泽州县交通运输局', '交通运输', ['陈静', '杨勇', '赵磊']],
  ['晋城市市场监督管理局', '市场监管', ['黄敏', '周涛', '吴霞']],
  ['高平市交通运输局', '交通运输', ['徐鹏', '孙丽', '马军']],
];

/** the area of enforcement an agency's name stands for: 市场监督管理局 → 市场监管 */
const AREAS: Record<string, string> = { 市场监督管理局: '市场监管', 交通运输局: '交通运输' };
const areaOf = (shortName: string) =>
  Object.entries(AREAS).find(([k]) => shortName.endsWith(k))?.[1] ??
  shortName.replace(/(局|中心|委员会)$/, '');

export async function seedDemoOfficers(db: Db, now: Date) {
  const uc = await systemUseCase(db, now);
  const ids = new Map(
    (
      await db.query<{ k: string; id: string }>(sql`SELECT name AS k, id FROM organisations
      UNION ALL SELECT username AS k, id FROM users`)
    ).map((r) => [r.k, r.id]),
  );
  let n = 0;
  const seq = () => String(++n).padStart(4, '0');
  for (const u of DEMO_USERS.filter((u) => u.role === 'supervisor'))
    await createOfficer(uc, {
      organisationId: ids.get(u.organisation)!,
      name: u.displayName,
      userId: ids.get(u.username),
      certificate: {
        kind: 'supervision',
        number: `JD-1405-${seq()}`,
        issuingAuthority: '山西省人民政府',
        areas: ['行政执法监督'],
        validFrom: '2020-01-01',
        validUntil: '2030-12-31',
      },
    });
  for (const [agency, area, names] of AGENCY_OFFICERS)
    for (const [i, name] of names.entries())
      await createOfficer(uc, {
        organisationId: ids.get(agency)!,
        name,
        certificate: {
          kind: 'enforcement',
          number: `14050020${seq()}`,
          issuingAuthority: '山西省人民政府',
          areas: [area],
          validFrom: '2021-01-01',
          // the third officer of each agency let the certificate lapse
          validUntil: i === 2 ? '2024-12-31' : '2029-12-31',
        },
      });
  // 第八条（四）: each organ head confirms the qualification of the own government's agencies
  for (const headName of ['city-head', 'zezhou-head', 'gaoping-head']) {
    const h = (await actorByUsername(db, headName))!;
    const huc = { db, actor: h, audit: { actor: auditActor(h), requestId: 'seed', now } };
    const agencies = await db.query<{ id: string; name: string; short_name: string }>(sql`
      SELECT id, name, short_name FROM organisations WHERE kind = 'agency' AND region_code = ${h.regionCode} ORDER BY name`);
    for (const a of agencies)
      await confirm(huc, {
        agencyId: a.id,
        legalBasis: `《中华人民共和国行政处罚法》第十七条；${a.name}职能配置、内设机构和人员编制规定`,
        scope: [areaOf(a.short_name || a.name)],
        // as announced when the measures took effect
        confirmedOn: '2021-12-01',
      });
  }
  // 第七条（八）: 泽州县司法局 seized one officer's certificate pending a case
  const head = (await actorByUsername(db, 'zezhou-head'))!;
  const [cert] = await db.query<{
    id: string;
  }>(sql`SELECT c.id FROM certificates c JOIN officers o ON o.id = c.officer_id
    WHERE o.name = '刘洋'`);
  await actOnCertificate(
    { db, actor: head, audit: { actor: auditActor(head), requestId: 'seed', now } },
    cert.id,
    { version: 1, action: 'seize', reason: '涉嫌超越职权实施行政检查，调查期间暂扣' },
  );
  return n;
}
