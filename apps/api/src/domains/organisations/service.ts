// Use cases for regions and organisations (第二条, 第四条). Each runs in one transaction:
// load → authorise (scope) → validate → save → audit.

import { randomUUID } from 'node:crypto';
import type {
  createOrganisation as CreateOrgSchema,
  createRegion as CreateRegionSchema,
  Organisation,
  Region,
  updateOrganisation as UpdateOrgSchema,
  updateRegion as UpdateRegionSchema,
} from '@jiandu/contracts';
import { ART42_2, maySupervise, reviewingRegion, wouldCycle } from '@jiandu/procedure';
import { cite } from '@jiandu/regulation';
import type { z } from 'zod';
import { canSeeRegion } from '../../access/scope.ts';
import { recordAudit } from '../../audit/record.ts';
import { sql } from '../../db/sql.ts';
import { refuse } from '../../http/problem.ts';
import type { UseCase } from '../../use-case.ts';
import {
  findGovernment,
  findOrgan,
  getOrganisation,
  insertOrganisation,
  loadRegions,
  lockRegion,
  referencesTo,
  updateOrganisationRow,
} from './queries.ts';
import { nextStanding } from './standing.ts';

export async function createRegion(uc: UseCase, input: z.infer<typeof CreateRegionSchema>): Promise<Region> {
  return uc.db.tx(async (tx) => {
    const parent = await lockRegion(tx, input.parentCode);
    if (!parent || !canSeeRegion(uc.actor.scope, parent.code))
      throw refuse.field(
        'parentCode',
        '上级行政区划不存在或不在管辖范围内',
        'no such parent region in your jurisdiction',
      );
    if (input.level === 'city' && parent.level !== 'province')
      throw refuse.field('level', '市级区划的上级必须是省', 'a city must sit under a province');
    if (input.level === 'county' && parent.level !== 'city')
      throw refuse.field('level', '县级区划的上级必须是市', 'a county must sit under a city');
    const [dup] = await tx.query(sql`SELECT 1 FROM regions WHERE code = ${input.code}`);
    if (dup) throw refuse.field('code', '区划代码已存在', 'region code already exists', 409);
    const path = `${parent.path}${input.code}/`;
    await tx.query(sql`INSERT INTO regions (code, name, name_en, level, parent_code, path)
      VALUES (${input.code}, ${input.name}, ${input.nameEn}, ${input.level}, ${parent.code}, ${path})`);
    const region: Region = { ...input, inSystem: true, version: 1 };
    await recordAudit(tx, uc.audit, {
      action: 'region.create',
      entityType: 'region',
      entityId: input.code,
      after: region,
      article: 'art2',
      regionCode: input.code,
      organisationId: null,
    });
    return region;
  });
}

export async function updateRegion(
  uc: UseCase,
  code: string,
  input: z.infer<typeof UpdateRegionSchema>,
): Promise<Region> {
  return uc.db.tx(async (tx) => {
    const before = await lockRegion(tx, code);
    if (!before || !canSeeRegion(uc.actor.scope, code)) throw refuse.notFound('行政区划', 'Region');
    if (before.version !== input.version) throw refuse.stale();
    const regions = await loadRegions(tx);
    let path = before.path;
    if (input.parentCode !== undefined && input.parentCode !== before.parentCode) {
      if (code === uc.actor.regionCode)
        throw refuse.field('parentCode', '不能移动本机关所在的区划', 'you cannot move your own region');
      const parent = regions.get(input.parentCode);
      if (!parent || !canSeeRegion(uc.actor.scope, parent.code))
        throw refuse.field(
          'parentCode',
          '上级行政区划不存在或不在管辖范围内',
          'no such parent region in your jurisdiction',
        );
      if (wouldCycle(code, input.parentCode, regions))
        throw refuse.field('parentCode', '会使区划树形成循环', 'would make the region tree a cycle');
      path = `${parent.path}${code}/`;
      await tx.query(sql`UPDATE regions SET path = ${path} || substr(path, ${before.path.length + 1})
        WHERE path LIKE ${`${before.path}%`}`);
      // governments follow their region: the government of the new parent region is the new parent
      const gov = await findGovernment(tx, parent.code);
      await tx.query(sql`UPDATE organisations SET parent_id = ${gov?.id ?? null}
        WHERE region_code = ${code} AND kind = 'government'`);
    }
    const after: Region = {
      code,
      name: input.name ?? before.name,
      nameEn: input.nameEn ?? before.nameEn,
      level: before.level,
      parentCode: input.parentCode ?? before.parentCode,
      inSystem: before.inSystem,
      version: before.version + 1,
    };
    await tx.query(sql`UPDATE regions SET name = ${after.name}, name_en = ${after.nameEn},
      parent_code = ${after.parentCode}, version = version + 1 WHERE code = ${code}`);
    const { path: _p, ...beforePublic } = before;
    await recordAudit(tx, uc.audit, {
      action: 'region.update',
      entityType: 'region',
      entityId: code,
      before: beforePublic,
      after: { ...after, path },
      article: 'art2',
      regionCode: code,
      organisationId: null,
    });
    return after;
  });
}

export async function createOrganisation(
  uc: UseCase,
  input: z.infer<typeof CreateOrgSchema>,
): Promise<Organisation> {
  return uc.db.tx(async (tx) => {
    const region = await lockRegion(tx, input.regionCode);
    if (!region || !canSeeRegion(uc.actor.scope, input.regionCode))
      throw refuse.field(
        'regionCode',
        '行政区划不存在或不在管辖范围内',
        'no such region in your jurisdiction',
      );
    if (!region.inSystem)
      throw refuse.field('regionCode', '该区划不在本系统管理范围内', 'this region is outside the system');
    const standing = nextStanding(input.kind, input, null);
    if (input.kind !== 'supervision_organ' && input.docPrefix)
      throw refuse.field('docPrefix', '只有监督机关有文号代字', 'only supervision organs number documents');
    const government = await findGovernment(tx, input.regionCode);
    let parentId: string | null;
    if (input.kind === 'government') {
      if (government)
        throw refuse.field(
          'regionCode',
          '该区划已有人民政府（每个区划一个）',
          'this region already has its government',
          409,
          'art4.1',
        );
      parentId = region.parentCode ? ((await findGovernment(tx, region.parentCode))?.id ?? null) : null;
    } else {
      if (!government)
        throw refuse.field(
          'regionCode',
          '请先建立该区划的人民政府',
          'create the government of this region first',
          409,
          'art2',
        );
      if (input.kind === 'supervision_organ' && (await findOrgan(tx, input.regionCode)))
        throw refuse.field(
          'kind',
          '每级人民政府只有一个行政执法监督机关',
          'each government has one supervision organ',
          409,
          'art4.2',
        );
      parentId = government.id;
    }
    const org: Organisation = {
      id: randomUUID(),
      ...standing,
      name: input.name,
      nameEn: input.nameEn,
      shortName: input.shortName,
      regionCode: input.regionCode,
      regionName: region.name,
      parentId,
      docPrefix: input.docPrefix ?? null,
      active: true,
      version: 1,
    };
    const [dup] = await tx.query(
      sql`SELECT 1 FROM organisations WHERE region_code = ${org.regionCode} AND name = ${org.name}`,
    );
    if (dup)
      throw refuse.field(
        'name',
        '该区划内已有同名单位',
        'an organisation of this name exists in the region',
        409,
      );
    await insertOrganisation(tx, org);
    await recordAudit(tx, uc.audit, {
      action: 'organisation.create',
      entityType: 'organisation',
      entityId: org.id,
      after: org,
      article: org.kind !== 'agency' ? 'art4.2' : org.management !== 'local' ? ART42_2 : 'art2',
      organisationId: org.id,
      regionCode: org.regionCode,
    });
    return org;
  });
}

export async function updateOrganisation(
  uc: UseCase,
  id: string,
  input: z.infer<typeof UpdateOrgSchema>,
): Promise<Organisation> {
  return uc.db.tx(async (tx) => {
    const before = await getOrganisation(tx, uc.actor.scope, id, true);
    if (!before) throw refuse.notFound('单位', 'Organisation');
    if (before.version !== input.version) throw refuse.stale();
    const standing = nextStanding(before.kind, input, before);
    if (input.docPrefix && before.kind !== 'supervision_organ')
      throw refuse.field('docPrefix', '只有监督机关有文号代字', 'only supervision organs number documents');
    if (input.active === false && id === uc.actor.organisationId)
      throw refuse.field('active', '不能停用自己所在的单位', 'you cannot deactivate your own organisation');
    const after: Organisation = {
      ...before,
      name: input.name ?? before.name,
      nameEn: input.nameEn ?? before.nameEn,
      shortName: input.shortName ?? before.shortName,
      ...standing,
      docPrefix: input.docPrefix ?? before.docPrefix,
      active: input.active ?? before.active,
      version: before.version + 1,
    };
    if (after.name !== before.name) {
      const [dup] = await tx.query(
        sql`SELECT 1 FROM organisations WHERE region_code = ${after.regionCode} AND name = ${after.name} AND id <> ${id}`,
      );
      if (dup)
        throw refuse.field(
          'name',
          '该区划内已有同名单位',
          'an organisation of this name exists in the region',
          409,
        );
    }
    if (!(await updateOrganisationRow(tx, after, input.version, uc.audit.now))) throw refuse.stale();
    await recordAudit(tx, uc.audit, {
      action: before.active && !after.active ? 'organisation.deactivate' : 'organisation.update',
      entityType: 'organisation',
      entityId: id,
      before,
      after,
      organisationId: id,
      regionCode: after.regionCode,
    });
    return after;
  });
}

/** Deleting is only for mistakes nobody refers to; anything in use is deactivated instead. */
export async function deleteOrganisation(uc: UseCase, id: string): Promise<void> {
  await uc.db.tx(async (tx) => {
    const before = await getOrganisation(tx, uc.actor.scope, id, true);
    if (!before) throw refuse.notFound('单位', 'Organisation');
    const refs = await referencesTo(tx, id);
    if (refs.users > 0 || refs.children > 0)
      throw refuse.field(
        'id',
        `仍有 ${refs.users} 个用户、${refs.children} 个下属单位引用该单位，请改为停用`,
        `still referred to by ${refs.users} users and ${refs.children} organisations: deactivate it instead`,
        409,
      );
    await tx.query(sql`DELETE FROM organisations WHERE id = ${id}`);
    await recordAudit(tx, uc.audit, {
      action: 'organisation.delete',
      entityType: 'organisation',
      entityId: id,
      before,
      organisationId: id,
      regionCode: before.regionCode,
    });
  });
}

/** 第二条: may this organ supervise this agency? Both must be visible to the actor. */
export async function checkSupervision(uc: Omit<UseCase, 'audit'>, organId: string, agencyId: string) {
  const organ = await getOrganisation(uc.db, uc.actor.scope, organId);
  if (!organ)
    throw refuse.field(
      'organId',
      '监督机关不存在或不在管辖范围内',
      'no such organ in your jurisdiction',
      404,
    );
  const agency = await getOrganisation(uc.db, uc.actor.scope, agencyId);
  if (!agency)
    throw refuse.field(
      'agencyId',
      '执法机关不存在或不在管辖范围内',
      'no such agency in your jurisdiction',
      404,
    );
  const v = maySupervise(organ, agency, await loadRegions(uc.db));
  return { ...v, articleText: cite(v.article).zh };
}

/** 第十条第二款: the next-higher supervision organ that reviews this organ's decisions. */
export async function reviewingOrganOf(uc: Omit<UseCase, 'audit'>, organId: string) {
  const organ = await getOrganisation(uc.db, uc.actor.scope, organId);
  if (organ?.kind !== 'supervision_organ') throw refuse.notFound('监督机关', 'Supervision organ');
  const r = reviewingRegion(organ.regionCode, await loadRegions(uc.db));
  if (r.external)
    return {
      external: true,
      organisation: null,
      name: r.name,
      nameEn: r.nameEn,
      article: r.article,
      articleText: cite(r.article).zh,
    };
  // the higher organ is named even when the actor's scope does not reach it: it is public
  const higher = await findOrgan(uc.db, r.regionCode);
  return {
    external: higher === null,
    organisation: higher,
    name: higher?.name ?? '上一级行政执法监督机关',
    nameEn: higher?.nameEn ?? 'the next-higher supervision organ',
    article: r.article,
    articleText: cite(r.article).zh,
  };
}
