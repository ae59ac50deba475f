// Jurisdiction (第二条, 第四条): a supervision organ supervises the agencies of its own
// government and the governments (with their agencies) below its region; a decision is
// reviewed at the next-higher organ (第十条第二款). Pure: the region tree is passed in.

export interface RegionRef {
  code: string;
  name: string;
  parentCode: string | null;
  /** codes from the root, '/'-separated with a trailing '/': a subtree is a prefix */
  path: string;
  inSystem: boolean;
}

export interface OrgRef {
  id: string;
  kind: 'government' | 'supervision_organ' | 'agency';
  name: string;
  regionCode: string;
  active: boolean;
}

export type Verdict =
  | { allowed: true; article: string; reason: string; reasonEn: string }
  | { allowed: false; article: string; reason: string; reasonEn: string };

export function regionPath(code: string, regions: ReadonlyMap<string, RegionRef>): string {
  const r = regions.get(code);
  if (!r) throw new Error(`unknown region ${code}`);
  return r.path;
}

/** Is `inner` the same region as `outer` or below it? */
export function isWithin(innerPath: string, outerPath: string): boolean {
  return innerPath.startsWith(outerPath);
}

export function maySupervise(
  organ: OrgRef,
  agency: OrgRef,
  regions: ReadonlyMap<string, RegionRef>,
): Verdict {
  if (organ.kind !== 'supervision_organ')
    return {
      allowed: false,
      article: 'art4.2',
      reason: `${organ.name}不是行政执法监督机关`,
      reasonEn: `${organ.name} is not a supervision organ`,
    };
  if (agency.kind !== 'agency' && agency.kind !== 'government')
    return {
      allowed: false,
      article: 'art2',
      reason: `${agency.name}不是行政执法机关或人民政府`,
      reasonEn: `${agency.name} is not an enforcement agency or a government`,
    };
  const organPath = regionPath(organ.regionCode, regions);
  const agencyPath = regionPath(agency.regionCode, regions);
  if (!isWithin(agencyPath, organPath))
    return {
      allowed: false,
      article: 'art2',
      reason: `${agency.name}不属于${organ.name}的监督范围（本级人民政府所属机关及下级人民政府）`,
      reasonEn: `${agency.name} is outside the jurisdiction of ${organ.name} (its own government's agencies and the governments below)`,
    };
  const own = agencyPath === organPath;
  return {
    allowed: true,
    article: 'art2',
    reason: own ? '本级人民政府所属行政执法机关' : '下级人民政府及其行政执法机关',
    reasonEn: own ? "an agency of the organ's own government" : 'a government below, or one of its agencies',
  };
}

export type Reviewer =
  | { external: false; regionCode: string; article: string }
  | { external: true; regionCode: string | null; name: string; nameEn: string; article: string };

/** Which organ reviews a decision of the organ in `organRegion` (上一级行政执法监督机关, 第十条第二款). */
export function reviewingRegion(organRegionCode: string, regions: ReadonlyMap<string, RegionRef>): Reviewer {
  const r = regions.get(organRegionCode);
  if (!r) throw new Error(`unknown region ${organRegionCode}`);
  const parent = r.parentCode ? regions.get(r.parentCode) : undefined;
  if (!parent)
    return {
      external: true,
      regionCode: null,
      name: '上一级行政执法监督机关',
      nameEn: 'the next-higher supervision organ',
      article: 'art10.2',
    };
  if (!parent.inSystem)
    return {
      external: true,
      regionCode: parent.code,
      name: `${parent.name}司法厅`,
      nameEn: `the justice department of ${parent.name} (outside this system)`,
      article: 'art10.2',
    };
  return { external: false, regionCode: parent.code, article: 'art10.2' };
}

/** The codes of a region and all regions below it. */
export function subtreeCodes(rootCode: string, regions: ReadonlyMap<string, RegionRef>): string[] {
  const root = regionPath(rootCode, regions);
  return [...regions.values()].filter((r) => isWithin(r.path, root)).map((r) => r.code);
}

/** Would making `parentCode` the parent of `code` create a cycle? */
export function wouldCycle(
  code: string,
  parentCode: string,
  regions: ReadonlyMap<string, RegionRef>,
): boolean {
  if (code === parentCode) return true;
  const parent = regions.get(parentCode);
  if (!parent) return false;
  return isWithin(parent.path, regionPath(code, regions));
}
