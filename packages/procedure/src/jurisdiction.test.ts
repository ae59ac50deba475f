import { describe, expect, it } from 'vitest';
import {
  isWithin,
  maySupervise,
  type OrgRef,
  type RegionRef,
  reviewingRegion,
  subtreeCodes,
  wouldCycle,
} from './jurisdiction.ts';

const region = (code: string, parentCode: string | null, path: string, inSystem = true): RegionRef => ({
  code,
  name: code,
  parentCode,
  path,
  inSystem,
});
const regions = new Map(
  [
    region('140000', null, '140000/', false),
    region('140500', '140000', '140000/140500/'),
    region('140525', '140500', '140000/140500/140525/'),
    region('140581', '140500', '140000/140500/140581/'),
  ].map((r) => [r.code, r]),
);
const org = (id: string, kind: OrgRef['kind'], regionCode: string): OrgRef => ({
  id,
  kind,
  name: id,
  regionCode,
  active: true,
});

const cityOrgan = org('晋城市司法局', 'supervision_organ', '140500');
const zezhouOrgan = org('泽州县司法局', 'supervision_organ', '140525');
const cityAgency = org('晋城市市场监督管理局', 'agency', '140500');
const zezhouAgency = org('泽州县市场监督管理局', 'agency', '140525');
const gaopingAgency = org('高平市市场监督管理局', 'agency', '140581');
const zezhouGov = org('泽州县人民政府', 'government', '140525');

describe('第二条 本级人民政府对其所属行政执法机关的监督 (art2)', () => {
  it('an organ supervises the agencies of its own government', () => {
    expect(maySupervise(cityOrgan, cityAgency, regions).allowed).toBe(true);
    expect(maySupervise(zezhouOrgan, zezhouAgency, regions).allowed).toBe(true);
  });
});

describe('第二条 上级人民政府对下级人民政府行政执法行为的监督 (art2)', () => {
  it('the city organ supervises the governments below and their agencies', () => {
    expect(maySupervise(cityOrgan, zezhouAgency, regions).allowed).toBe(true);
    expect(maySupervise(cityOrgan, zezhouGov, regions).allowed).toBe(true);
  });
  it('a county organ supervises neither the city agencies nor another county', () => {
    const up = maySupervise(zezhouOrgan, cityAgency, regions);
    expect(up).toMatchObject({ allowed: false, article: 'art2' });
    expect(maySupervise(zezhouOrgan, gaopingAgency, regions)).toMatchObject({
      allowed: false,
      article: 'art2',
    });
  });
});

describe('第四条第二款 司法行政部门作为行政执法监督机关 (art4.2)', () => {
  it('only a supervision organ supervises', () => {
    expect(maySupervise(cityAgency, zezhouAgency, regions)).toMatchObject({
      allowed: false,
      article: 'art4.2',
    });
  });
});

describe('第十条第二款 向上一级行政执法监督机关申请复查 (art10.2)', () => {
  it('a county decision is reviewed by the city organ', () => {
    expect(reviewingRegion('140525', regions)).toEqual({
      external: false,
      regionCode: '140500',
      article: 'art10.2',
    });
  });
  it('a city decision is reviewed by the province, outside the system', () => {
    expect(reviewingRegion('140500', regions)).toMatchObject({
      external: true,
      regionCode: '140000',
      name: '140000司法厅',
    });
  });
});

describe('the region tree', () => {
  it('subtrees are path prefixes', () => {
    expect(subtreeCodes('140500', regions).sort()).toEqual(['140500', '140525', '140581']);
    expect(subtreeCodes('140525', regions)).toEqual(['140525']);
    expect(isWithin('140000/140500/140525/', '140000/140500/')).toBe(true);
  });
  it('refuses a parent that would make a cycle', () => {
    expect(wouldCycle('140500', '140525', regions)).toBe(true);
    expect(wouldCycle('140500', '140500', regions)).toBe(true);
    expect(wouldCycle('140525', '140581', regions)).toBe(false);
  });
});
