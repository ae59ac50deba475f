import { z } from 'zod';
import { label, regionCode, uuid, version } from './common.ts';

export const ORG_KINDS = ['government', 'supervision_organ', 'agency'] as const;
export const orgKind = z.enum(ORG_KINDS);
/** 行政执法监督条例第二条: 所属部门, 派出机关, 法律法规授权的组织 */
export const agencyKind = z.enum(['organ', 'dispatched_organ', 'authorized_org']);
/** 行政执法监督条例第二条: an organisation is authorised by a 法律, 行政法规 or 地方性法规 */
export const authorizationLevel = z.enum(['law', 'administrative_regulation', 'local_regulation']);
/** 行政执法监督条例第四十二条第二款: 本级管理, 垂直管理, 双重领导并且以上级部门领导为主 */
export const agencyManagement = z.enum(['local', 'vertical', 'dual_led']);

export const region = z.object({
  code: regionCode,
  name: z.string(),
  nameEn: z.string(),
  level: z.enum(['province', 'city', 'county']),
  parentCode: regionCode.nullable(),
  inSystem: z.boolean(),
  version,
});
export type Region = z.infer<typeof region>;

export const organisation = z.object({
  id: uuid,
  kind: orgKind,
  agencyKind: agencyKind.nullable(),
  /** an authorised organisation's authorisation; null for others, and where not yet recorded */
  authorizationLevel: authorizationLevel.nullable(),
  authorizationInstrument: z.string().nullable(),
  management: agencyManagement,
  /** 上一级主管部门 of a vertically managed or dual-led agency */
  higherDepartment: z.string().nullable(),
  name: z.string(),
  nameEn: z.string(),
  shortName: z.string(),
  regionCode,
  regionName: z.string(),
  parentId: uuid.nullable(),
  docPrefix: z.string().nullable(),
  active: z.boolean(),
  version,
});
export type Organisation = z.infer<typeof organisation>;

export interface OrgTreeNode {
  region: Region;
  government: Organisation | null;
  organ: Organisation | null;
  agencies: Organisation[];
  children: OrgTreeNode[];
}
export const orgTreeNode: z.ZodType<OrgTreeNode> = z
  .lazy(() =>
    z.object({
      region,
      government: organisation.nullable(),
      organ: organisation.nullable(),
      agencies: z.array(organisation),
      children: z.array(orgTreeNode),
    }),
  )
  .meta({ id: 'OrgTreeNode' });

export const createRegion = z.object({
  code: regionCode,
  name: label(60),
  nameEn: label(120),
  level: z.enum(['city', 'county']),
  parentCode: regionCode,
});
export const updateRegion = z.object({
  name: label(60).optional(),
  nameEn: label(120).optional(),
  parentCode: regionCode.optional(),
  version,
});

const docPrefix = z
  .string()
  .trim()
  .regex(/^[\u4e00-\u9fa5]{1,8}$/, { error: '必须是1至8个汉字¦must be 1 to 8 Chinese characters' });

const instrument = z.string().trim().max(120);

export const createOrganisation = z.object({
  kind: orgKind,
  agencyKind: agencyKind.optional(),
  authorizationLevel: authorizationLevel.optional(),
  authorizationInstrument: instrument.optional(),
  management: agencyManagement.optional(),
  higherDepartment: z.string().trim().max(80).optional(),
  name: label(80),
  nameEn: z.string().trim().max(160).default(''),
  shortName: z.string().trim().max(40).default(''),
  regionCode,
  docPrefix: docPrefix.optional(),
});
export const updateOrganisation = z.object({
  name: label(80).optional(),
  nameEn: z.string().trim().max(160).optional(),
  shortName: z.string().trim().max(40).optional(),
  agencyKind: agencyKind.optional(),
  authorizationLevel: authorizationLevel.optional(),
  authorizationInstrument: instrument.optional(),
  management: agencyManagement.optional(),
  higherDepartment: z.string().trim().max(80).optional(),
  docPrefix: docPrefix.optional(),
  active: z.boolean().optional(),
  version,
});

export const organisationQuery = z.object({
  kind: orgKind.optional(),
  regionCode: regionCode.optional(),
  q: z.string().trim().max(80).optional(),
  active: z.enum(['true', 'false']).optional(),
});

export const supervisionVerdict = z.object({
  allowed: z.boolean(),
  article: z.string(),
  articleText: z.string(),
  reason: z.string(),
  reasonEn: z.string(),
});
export type SupervisionVerdict = z.infer<typeof supervisionVerdict>;
export const reviewingOrgan = z.object({
  external: z.boolean(),
  organisation: organisation.nullable(),
  name: z.string(),
  nameEn: z.string(),
  article: z.string(),
  articleText: z.string(),
});
export type ReviewingOrgan = z.infer<typeof reviewingOrgan>;

export const regionList = z.object({ items: z.array(region) });
export type RegionList = z.infer<typeof regionList>;
export const organisationTree = z.object({ roots: z.array(orgTreeNode) });
export type OrganisationTree = z.infer<typeof organisationTree>;
export const organisationList = z.object({ items: z.array(organisation), total: z.number().int() });
export type OrganisationList = z.infer<typeof organisationList>;
