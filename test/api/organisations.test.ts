import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../apps/api/src/db/sql.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const head = async () => (await t.ctx.db.query<{ seq: number }>(sql`SELECT seq FROM audit_head`))[0].seq;
const orgByName = async (name: string) =>
  (
    await t.ctx.db.query<{ id: string; version: number }>(
      sql`SELECT id, version FROM organisations WHERE name = ${name}`,
    )
  )[0];

describe('第二条 the organisation tree', () => {
  it('the city sees every county; a county sees itself', async () => {
    const city = (await (await t.login('city-sup1')).get('/api/v1/organisations/tree')).json();
    expect(city.roots).toHaveLength(1);
    expect(city.roots[0].region.name).toBe('晋城市');
    expect(city.roots[0].organ.name).toBe('晋城市司法局');
    expect(city.roots[0].children.map((c: { region: { name: string } }) => c.region.name)).toEqual(
      expect.arrayContaining([
        '城区',
        '沁水县',
        '阳城县',
        '陵川县',
        '泽州县',
        '高平市',
        '晋城经济技术开发区',
      ]),
    );
    const zz = (await (await t.login('zezhou-sup1')).get('/api/v1/organisations/tree')).json();
    expect(zz.roots).toHaveLength(1);
    expect(zz.roots[0].region.name).toBe('泽州县');
    expect(JSON.stringify(zz)).not.toContain('高平市');
  });

  it('an agency liaison sees only its own agency', async () => {
    const res = (await (await t.login('zezhou-liaison')).get('/api/v1/organisations')).json();
    expect(res.items.map((o: { name: string }) => o.name)).toEqual(['泽州县市场监督管理局']);
  });
});

describe('第二条 may this organ supervise this agency?', () => {
  it('answers with the article for the city, and hides other counties from a county', async () => {
    const city = await t.login('city-sup1');
    const zezhouOrgan = await orgByName('泽州县司法局');
    const gaopingAgency = await orgByName('高平市市场监督管理局');
    const no = (
      await city.get(`/api/v1/jurisdiction/supervise?organId=${zezhouOrgan.id}&agencyId=${gaopingAgency.id}`)
    ).json();
    expect(no).toMatchObject({ allowed: false, article: 'art2' });
    const cityOrgan = await orgByName('晋城市司法局');
    const yes = (
      await city.get(`/api/v1/jurisdiction/supervise?organId=${cityOrgan.id}&agencyId=${gaopingAgency.id}`)
    ).json();
    expect(yes.allowed).toBe(true);
    const zz = await t.login('zezhou-sup1');
    const hidden = await zz.get(
      `/api/v1/jurisdiction/supervise?organId=${zezhouOrgan.id}&agencyId=${gaopingAgency.id}`,
    );
    expect(hidden.statusCode).toBe(404);
  });
});

describe('第十条第二款 which organ reviews a decision', () => {
  it('the city organ reviews a county; the province reviews the city, outside the system', async () => {
    const c = await t.login('city-sup1');
    const zz = await orgByName('泽州县司法局');
    const r1 = (await c.get(`/api/v1/organisations/${zz.id}/reviewing-organ`)).json();
    expect(r1).toMatchObject({ external: false, name: '晋城市司法局', article: 'art10.2' });
    const city = await orgByName('晋城市司法局');
    const r2 = (await c.get(`/api/v1/organisations/${city.id}/reviewing-organ`)).json();
    expect(r2).toMatchObject({ external: true, name: '山西省司法厅' });
    // a county user is told the name of the organ above, though it cannot browse it
    const r3 = (
      await (await t.login('zezhou-sup1')).get(`/api/v1/organisations/${zz.id}/reviewing-organ`)
    ).json();
    expect(r3.name).toBe('晋城市司法局');
  });
});

describe('admin maintenance of the tree', () => {
  it('第四条第二款 refuses a second supervision organ for one government, changing nothing', async () => {
    const admin = await t.login('city-admin');
    const before = await head();
    const res = await admin.post('/api/v1/organisations', {
      kind: 'supervision_organ',
      name: '泽州县第二司法局',
      regionCode: '140525',
      docPrefix: '泽二',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ article: 'art4.2', fields: [{ field: 'kind' }] });
    expect(res.json().article_text).toContain('第四条第二款');
    expect(await head()).toBe(before);
  });

  it('creates, renames and deactivates an agency, each audited', async () => {
    const admin = await t.login('zezhou-admin');
    const before = await head();
    const created = await admin.post('/api/v1/organisations', {
      kind: 'agency',
      agencyKind: 'organ',
      name: '泽州县林业局',
      regionCode: '140525',
    });
    expect(created.statusCode).toBe(201);
    const org = created.json();
    const renamed = await admin.patch(`/api/v1/organisations/${org.id}`, {
      name: '泽州县林业和草原局',
      version: 1,
    });
    expect(renamed.json()).toMatchObject({ name: '泽州县林业和草原局', version: 2 });
    const stale = await admin.patch(`/api/v1/organisations/${org.id}`, { name: '再改', version: 1 });
    expect(stale.statusCode).toBe(409);
    const off = await admin.patch(`/api/v1/organisations/${org.id}`, { active: false, version: 2 });
    expect(off.json().active).toBe(false);
    expect(await head()).toBe(before + 3);
    const events = await t.ctx.db.query<{ action: string }>(
      sql`SELECT action FROM audit_events WHERE entity_id = ${org.id} ORDER BY seq`,
    );
    expect(events.map((e) => e.action)).toEqual([
      'organisation.create',
      'organisation.update',
      'organisation.deactivate',
    ]);
  });

  it('a county admin cannot create in another county', async () => {
    const admin = await t.login('zezhou-admin');
    const res = await admin.post('/api/v1/organisations', {
      kind: 'agency',
      agencyKind: 'organ',
      name: '高平市林业局',
      regionCode: '140581',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields[0].field).toBe('regionCode');
  });

  it('refuses to delete what is referred to, and deletes a mistake nobody uses', async () => {
    const admin = await t.login('city-admin');
    const used = await orgByName('泽州县司法局');
    const res = await admin.delete(`/api/v1/organisations/${used.id}`);
    expect(res.statusCode).toBe(409);
    expect(res.json().detail_en).toContain('deactivate it instead');
    const mistake = (
      await admin.post('/api/v1/organisations', {
        kind: 'agency',
        agencyKind: 'organ',
        name: '误建单位',
        regionCode: '140500',
      })
    ).json();
    expect((await admin.delete(`/api/v1/organisations/${mistake.id}`)).statusCode).toBe(204);
    expect((await admin.get(`/api/v1/organisations/${mistake.id}`)).statusCode).toBe(404);
  });

  it('refuses a region parent that would make a cycle', async () => {
    const admin = await t.login('city-admin');
    const created = await admin.post('/api/v1/regions', {
      code: '140599',
      name: '测试县',
      nameEn: 'Test County',
      level: 'county',
      parentCode: '140500',
    });
    expect(created.statusCode).toBe(201);
    const region = (await admin.get('/api/v1/regions'))
      .json()
      .items.find((r: { code: string }) => r.code === '140500');
    const cycle = await admin.patch('/api/v1/regions/140500', {
      parentCode: '140599',
      version: region.version,
    });
    expect(cycle.statusCode).toBe(400);
    expect(cycle.json().fields[0].field).toBe('parentCode');
  });

  it('names every bad field in Chinese and English and writes nothing', async () => {
    const admin = await t.login('city-admin');
    const before = await head();
    const res = await admin.post('/api/v1/organisations', {
      kind: 'bureau',
      name: '',
      regionCode: '12',
      docPrefix: 'ABC',
    });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    const fields = body.fields.map((f: { field: string }) => f.field).sort();
    expect(fields).toEqual(['docPrefix', 'kind', 'name', 'regionCode']);
    for (const f of body.fields) {
      expect(f.reason).toMatch(/[\u4e00-\u9fa5]/);
      expect(f.reason_en).toMatch(/[a-z]/);
    }
    expect(await head()).toBe(before);
  });

  it('a supervisor may not change the tree', async () => {
    const res = await (await t.login('city-sup1')).post('/api/v1/organisations', {
      kind: 'agency',
      agencyKind: 'organ',
      name: 'x',
      regionCode: '140500',
    });
    expect(res.statusCode).toBe(403);
  });
});
