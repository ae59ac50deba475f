// Demo data, built through the same use cases an administrator would call, so the audit
// chain records it like any other change.
import type { Organisation } from '@jiandu/contracts';
import { DEFAULT_PACK } from '@jiandu/regulation';
import { auditActor } from '../access/actor.ts';
import { actorByUsername } from '../access/load-actor.ts';
import type { Db } from '../db/client.ts';
import { sql } from '../db/sql.ts';
import { createOrganisation, createRegion } from '../domains/organisations/service.ts';
import { recordPackBasis } from '../domains/regulation/service.ts';
import { createUser } from '../domains/users/service.ts';
import {
  CITY,
  CITY_AGENCIES,
  COUNTIES,
  COUNTY_AGENCIES,
  DEMO_USERS,
  type DemoRegion,
  PROVINCE,
  REGION_AGENCIES,
} from './demo-data.ts';
import { seedDemoOfficers } from './demo-officers.ts';
import { fileDemoSeals } from './demo-seals.ts';
import { systemUseCase } from './system.ts';

export async function seedDemo(db: Db, now: Date, password: string): Promise<boolean> {
  const [{ n }] = await db.query<{ n: number }>(sql`SELECT count(*)::int AS n FROM users`);
  if (n > 0) return false;
  const orgs = new Map<string, Organisation>();
  const add = async (
    region: DemoRegion,
    level: 'city' | 'county',
    parentCode: string,
    agencies: typeof CITY_AGENCIES,
  ) => {
    await createRegion(await systemUseCase(db, now), {
      code: region.code,
      name: region.name,
      nameEn: region.nameEn,
      level,
      parentCode,
    });
    const uc = await systemUseCase(db, now);
    const mk = async (o: Parameters<typeof createOrganisation>[1]) =>
      orgs.set(o.name, await createOrganisation(uc, o));
    await mk({
      kind: 'government',
      name: region.government,
      nameEn: `${region.nameEn} People's Government`,
      shortName: '',
      regionCode: region.code,
    });
    await mk({
      kind: 'supervision_organ',
      name: region.organ,
      nameEn: `${region.nameEn} Justice Bureau`,
      shortName: '',
      regionCode: region.code,
      docPrefix: region.docPrefix,
    });
    for (const [suffix, en, kind, standing] of agencies)
      await mk({
        kind: 'agency',
        agencyKind: kind,
        ...standing,
        name: `${region.prefix}${suffix}`,
        nameEn: `${region.nameEn} ${en}`,
        shortName: suffix,
        regionCode: region.code,
      });
    for (const [name, nameEn, kind, standing] of REGION_AGENCIES[region.code] ?? [])
      await mk({
        kind: 'agency',
        agencyKind: kind,
        ...standing,
        name,
        nameEn,
        shortName: '',
        regionCode: region.code,
      });
  };
  await add(CITY, 'city', PROVINCE.code, CITY_AGENCIES);
  for (const county of COUNTIES) await add(county, 'county', CITY.code, COUNTY_AGENCIES);
  await fileDemoSeals(db, now, (name) => orgs.get(name)?.id);
  const uc = await systemUseCase(db, now);
  for (const u of DEMO_USERS) {
    const org = orgs.get(u.organisation);
    if (!org) throw new Error(`demo user ${u.username}: no organisation ${u.organisation}`);
    await createUser(uc, {
      username: u.username,
      displayName: u.displayName,
      role: u.role,
      organisationId: org.id,
      password,
    });
  }
  await seedDemoOfficers(db, now);
  await recordDemoBasis(db, now);
  return true;
}

/**
 * 第十九条: the measures lapsed on 2023-12-01, so the demo city records, as its administrator would,
 * the basis on which its organs go on applying them — an example, not a real document.
 */
async function recordDemoBasis(db: Db, now: Date) {
  const admin = (await actorByUsername(db, 'city-admin'))!;
  await recordPackBasis(
    { db, actor: admin, audit: { actor: auditActor(admin), requestId: 'seed', now } },
    DEFAULT_PACK.id,
    {
      kind: 'interim',
      reference: '晋城市人民政府关于新规定施行前继续参照执行《晋城市行政执法监督暂行办法》的通知（演示示例）',
      note: '演示数据：全市范围，自办法失效之日起适用，至新的规定施行之日止。',
      regionCodes: [CITY.code],
      validFrom: '2023-12-01',
      validUntil: null,
    },
  );
}
