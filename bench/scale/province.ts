// The province of the scale benchmark: 山西省's eleven cities, the demo's 晋城市 with its seven
// counties among them and ten others of ten counties each, every region with its government
// and supervision organ (第四条), about 3,000 agencies spread over them (第二条) and a few
// officers with a valid enforcement certificate in each agency (第七条第二款).
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { type Cell, copyInto, json } from './copy.ts';

const CITIES: [code: string, name: string, en: string][] = [
  ['140100', '太原市', 'Taiyuan'],
  ['140200', '大同市', 'Datong'],
  ['140300', '阳泉市', 'Yangquan'],
  ['140400', '长治市', 'Changzhi'],
  ['140600', '朔州市', 'Shuozhou'],
  ['140700', '晋中市', 'Jinzhong'],
  ['140800', '运城市', 'Yuncheng'],
  ['140900', '忻州市', 'Xinzhou'],
  ['141000', '临汾市', 'Linfen'],
  ['141100', '吕梁市', 'Lüliang'],
];
const AGENCIES_A_REGION = 25;
const OFFICERS_AN_AGENCY = 3;

export interface Agency {
  id: string;
  regionCode: string;
  /** the supervision organ of the agency's region: it supervises the agency's cases */
  organId: string;
  officers: string[];
}

export interface Province {
  agencies: Agency[];
  /** agencies of 晋城市 and its counties, and of 泽州县: the benchmark's users see these */
  cityRegions: string[];
}

export async function buildProvince(pool: pg.Pool, now: Date): Promise<Province> {
  const regions: Cell[][] = [];
  const orgs: Cell[][] = [];
  const at = now.toISOString();
  const org = (
    kind: string,
    agencyKind: string | null,
    name: string,
    region: string,
    parent: string | null,
  ) => {
    const id = randomUUID();
    orgs.push([id, kind, agencyKind, name, name, '', region, parent, null, at, at]);
    return id;
  };
  for (const [code, name, en] of CITIES) {
    regions.push([code, name, en, 'city', '140000', `140000/${code}/`]);
    for (let i = 1; i <= 10; i++) {
      const c = `${code.slice(0, 4)}${String(20 + i)}`;
      regions.push([c, `${name}第${i}县`, `${en} County ${i}`, 'county', code, `140000/${code}/${c}/`]);
    }
  }
  await copyInto(pool, 'regions', 'code, name, name_en, level, parent_code, path', regions);
  const newRegions = regions.map((r) => ({ code: r[0] as string, name: r[1] as string }));
  const governments = new Map<string, string>();
  for (const r of newRegions) {
    const gov = org('government', null, `${r.name}人民政府`, r.code, null);
    governments.set(r.code, gov);
    org('supervision_organ', null, `${r.name}司法局`, r.code, gov);
  }
  // 晋城市 and its counties already have the demo's agencies: they are filled up to the same count
  const existing = await pool.query<{ code: string; name: string; gov: string; n: number }>(`
    SELECT r.code, r.name, g.id AS gov,
      (SELECT count(*)::int FROM organisations a WHERE a.region_code = r.code AND a.kind = 'agency') AS n
    FROM regions r JOIN organisations g ON g.region_code = r.code AND g.kind = 'government'
    WHERE r.path LIKE '140000/140500/%'`);
  const fill = [
    ...newRegions.map((r) => ({ code: r.code, name: r.name, gov: governments.get(r.code)!, n: 0 })),
    ...existing.rows,
  ];
  for (const r of fill)
    for (let i = r.n; i < AGENCIES_A_REGION; i++)
      org('agency', i % 9 === 8 ? 'authorized_org' : 'organ', `${r.name}执法机构${i + 1}`, r.code, r.gov);
  await copyInto(
    pool,
    'organisations',
    'id, kind, agency_kind, name, name_en, short_name, region_code, parent_id, doc_prefix, created_at, updated_at',
    orgs,
  );

  const all = await pool.query<{ id: string; region_code: string; organ_id: string }>(`
    SELECT a.id, a.region_code, o.id AS organ_id FROM organisations a
    JOIN organisations o ON o.region_code = a.region_code AND o.kind = 'supervision_organ'
    WHERE a.kind = 'agency' ORDER BY a.region_code, a.name`);
  const officers: Cell[][] = [];
  const certs: Cell[][] = [];
  const agencies = all.rows.map((a, ai) => {
    const ids = Array.from({ length: OFFICERS_AN_AGENCY }, (_, k) => {
      const id = randomUUID();
      officers.push([id, a.id, a.region_code, `执法人员${ai}-${k}`, at]);
      certs.push([
        randomUUID(),
        id,
        'enforcement',
        `S${a.region_code}${String(ai).padStart(5, '0')}${k}`,
        '山西省人民政府',
        json(['市场监管']),
        '2020-01-01',
        '2030-12-31',
        'valid',
        at,
        a.region_code,
      ]);
      return id;
    });
    return { id: a.id, regionCode: a.region_code, organId: a.organ_id, officers: ids };
  });
  await copyInto(pool, 'officers', 'id, organisation_id, region_code, name, created_at', officers);
  await copyInto(
    pool,
    'certificates',
    'id, officer_id, kind, number, issuing_authority, areas, valid_from, valid_until, status, issued_at, region_code',
    certs,
  );
  const cityRegions = (
    await pool.query<{ code: string }>(`SELECT code FROM regions WHERE path LIKE '140000/140500/%'`)
  ).rows.map((r) => r.code);
  return { agencies, cityRegions };
}
