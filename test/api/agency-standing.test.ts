// 《行政执法监督条例》第二条 and 第四十二条第二款: what an agency is (所属部门, 派出机关, 法律法规授权的组织,
// with the level of its authorisation) and who manages it (本级管理, 垂直管理, 双重领导以上级为主, with
// the higher competent department), recorded through the organisation routes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../apps/api/src/db/sql.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const head = async () => (await t.ctx.db.query<{ seq: number }>(sql`SELECT seq FROM audit_head`))[0].seq;
const agency = (over: Record<string, unknown>) => ({
  kind: 'agency',
  agencyKind: 'organ',
  regionCode: '140525',
  ...over,
});

describe('行政执法监督条例第二条 the kinds of agency', () => {
  it('行政执法监督条例第二条: the demo holds a 派出机关 and authorised organisations with their level', async () => {
    const city = await t.login('city-sup1');
    const items = (await city.get('/api/v1/organisations?kind=agency')).json().items as {
      name: string;
      agencyKind: string;
      authorizationLevel: string | null;
      authorizationInstrument: string | null;
      management: string;
    }[];
    expect(items.find((o) => o.name === '城区东街街道办事处')).toMatchObject({
      agencyKind: 'dispatched_organ',
      authorizationLevel: null,
      management: 'local',
    });
    expect(items.find((o) => o.name === '晋城市住房公积金管理中心')).toMatchObject({
      agencyKind: 'authorized_org',
      authorizationLevel: 'administrative_regulation',
      authorizationInstrument: '《住房公积金管理条例》',
    });
  });

  it('行政执法监督条例第二条: an authorised organisation states its level; no other agency has one', async () => {
    const admin = await t.login('zezhou-admin');
    const before = await head();
    const missing = await admin.post(
      '/api/v1/organisations',
      agency({ agencyKind: 'authorized_org', name: '泽州县某授权中心' }),
    );
    expect(missing.statusCode).toBe(422);
    expect(missing.json()).toMatchObject({
      article: 'national-2025:art2',
      fields: [{ field: 'authorizationLevel' }],
    });
    expect(missing.json().article_text).toBe('《行政执法监督条例》第二条');
    const stray = await admin.post(
      '/api/v1/organisations',
      agency({ agencyKind: 'dispatched_organ', authorizationLevel: 'law', name: '泽州县某派出机关' }),
    );
    expect(stray.statusCode).toBe(422);
    expect(stray.json().fields[0].field).toBe('authorizationLevel');
    const bad = await admin.post(
      '/api/v1/organisations',
      agency({ agencyKind: 'authorized_org', authorizationLevel: 'rules', name: '泽州县某授权中心' }),
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields[0].field).toBe('authorizationLevel');
    expect(await head()).toBe(before);

    const made = await admin.post(
      '/api/v1/organisations',
      agency({
        agencyKind: 'authorized_org',
        authorizationLevel: 'local_regulation',
        authorizationInstrument: '《山西省某条例》',
        name: '泽州县某授权中心',
      }),
    );
    expect(made.statusCode).toBe(201);
    expect(made.json()).toMatchObject({ authorizationLevel: 'local_regulation', management: 'local' });
    // becoming a department drops the authorisation it no longer has
    const dept = await admin.patch(`/api/v1/organisations/${made.json().id}`, {
      agencyKind: 'organ',
      version: 1,
    });
    expect(dept.json()).toMatchObject({
      agencyKind: 'organ',
      authorizationLevel: null,
      authorizationInstrument: null,
    });
    // and becoming authorised again asks for the level again
    const again = await admin.patch(`/api/v1/organisations/${made.json().id}`, {
      agencyKind: 'authorized_org',
      version: 2,
    });
    expect(again.statusCode).toBe(422);
    expect(again.json().fields[0].field).toBe('authorizationLevel');
  });

  it('行政执法监督条例第二条: a government or an organ has no agency kind, management or authorisation', async () => {
    const admin = await t.login('city-admin');
    const organ = (
      await t.ctx.db.query<{ id: string; version: number }>(
        sql`SELECT id, version FROM organisations WHERE name = '泽州县司法局'`,
      )
    )[0];
    const res = await admin.patch(`/api/v1/organisations/${organ.id}`, {
      management: 'vertical',
      higherDepartment: '某部门',
      version: organ.version,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields[0].field).toBe('management');
  });
});

describe('行政执法监督条例第四十二条第二款 vertically managed and dual-led agencies', () => {
  it('行政执法监督条例第四十二条第二款: the demo tax bureau is vertically managed under the city tax bureau', async () => {
    const zz = await t.login('zezhou-sup1');
    const items = (await zz.get('/api/v1/organisations?kind=agency')).json().items as {
      name: string;
      management: string;
      higherDepartment: string | null;
    }[];
    expect(items.find((o) => o.name === '国家税务总局泽州县税务局')).toMatchObject({
      management: 'vertical',
      higherDepartment: '国家税务总局晋城市税务局',
    });
    expect(items.find((o) => o.name === '泽州县市场监督管理局')).toMatchObject({
      management: 'local',
      higherDepartment: null,
    });
  });

  it('行政执法监督条例第四十二条第二款: a vertical or dual-led agency names its higher competent department; a local one has none', async () => {
    const admin = await t.login('zezhou-admin');
    const before = await head();
    const none = await admin.post(
      '/api/v1/organisations',
      agency({ management: 'dual_led', name: '泽州县某双重领导局' }),
    );
    expect(none.statusCode).toBe(422);
    expect(none.json()).toMatchObject({
      article: 'national-2025:art42.2',
      fields: [{ field: 'higherDepartment' }],
    });
    expect(none.json().article_text).toBe('《行政执法监督条例》第四十二条第二款');
    const blank = await admin.post(
      '/api/v1/organisations',
      agency({ management: 'vertical', higherDepartment: '  ', name: '泽州县某垂管局' }),
    );
    expect(blank.statusCode).toBe(422);
    const local = await admin.post(
      '/api/v1/organisations',
      agency({ management: 'local', higherDepartment: '某部门', name: '泽州县某本级局' }),
    );
    expect(local.statusCode).toBe(422);
    expect(local.json().fields[0].field).toBe('higherDepartment');
    const wrong = await admin.post(
      '/api/v1/organisations',
      agency({ management: 'upper', name: '泽州县某局' }),
    );
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().fields[0].field).toBe('management');
    expect(await head()).toBe(before);

    const made = await admin.post(
      '/api/v1/organisations',
      agency({ management: 'dual_led', higherDepartment: '山西省某厅', name: '泽州县某双重领导局' }),
    );
    expect(made.statusCode).toBe(201);
    expect(made.json()).toMatchObject({ management: 'dual_led', higherDepartment: '山西省某厅' });
    const [event] = await t.ctx.db.query<{ article: string }>(
      sql`SELECT article FROM audit_events WHERE entity_id = ${made.json().id}`,
    );
    expect(event.article).toBe('national-2025:art42.2');
    // back to local management: the higher department goes with it
    const back = await admin.patch(`/api/v1/organisations/${made.json().id}`, {
      management: 'local',
      version: 1,
    });
    expect(back.json()).toMatchObject({ management: 'local', higherDepartment: null, version: 2 });
  });
});
