// Where the procedure meets time: 第十九条 (a lapsed pack is applied only under a recorded basis,
// recorded by an administrator whose jurisdiction covers it), and allowedActions held to its word
// over the demo cases and every demo user.
import { ACTION_LABELS, type ActionType, decide } from '@jiandu/procedure';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorByUsername } from '../../apps/api/src/access/load-actor.ts';
import { sql } from '../../apps/api/src/db/sql.ts';
import { getCase } from '../../apps/api/src/domains/cases/queries.ts';
import { procedureEnv } from '../../apps/api/src/domains/cases/service.ts';
import { DEMO_USERS } from '../../apps/api/src/seeds/demo-data.ts';
import { validInput } from '../../packages/procedure/src/case/valid-input.ts';
import { type Client, startTestApp, type TestApp } from '../helpers/app.ts';
import { fileReport, seedEverything } from '../helpers/records.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await seedEverything(t);
});
afterAll(() => t.close());

const caseIn = async (region: string) => (await fileReport(t, region)).caseId;
const draftFiling = async (c: Client, id: string) => {
  const v = (await c.get(`/api/v1/cases/${id}`)).json();
  return c.post(`/api/v1/cases/${id}/actions`, {
    version: v.version,
    action: {
      type: 'draft_filing',
      caseName: '检查时未出示执法证件案',
      proposal: 'file',
      reason: '经初步审查，符合立案条件。',
    },
  });
};
const basis = (regionCodes: string[], extra: object = {}) => ({
  kind: 'interim',
  reference: '关于继续参照执行的通知（测试）',
  regionCodes,
  ...extra,
});

describe('第十九条 a lapsed pack is applied only under a recorded basis (art19)', () => {
  it('with none recorded, every step is refused citing art19 and the case says who may record one', async () => {
    await t.ctx.db.query(sql`DELETE FROM pack_bases`);
    const sup = await t.login('zezhou-sup1');
    const id = await caseIn('140525');
    const page = (await sup.get(`/api/v1/cases/${id}`)).json();
    expect(page.allowedActions).toEqual([]);
    expect(page.pack).toMatchObject({ inForce: false, basis: null, blocked: { article: 'art19.1' } });
    expect(page.pack.blocked.reason).toContain('系统管理员');
    const before = (await t.ctx.db.query<{ n: number }>(sql`SELECT count(*)::int AS n FROM case_steps`))[0].n;
    const r = await draftFiling(sup, id);
    expect(r.statusCode).toBe(422);
    expect(r.json()).toMatchObject({ article: 'art19.1', detail: expect.stringContaining('2023-12-01') });
    expect((await t.ctx.db.query<{ n: number }>(sql`SELECT count(*)::int AS n FROM case_steps`))[0].n).toBe(
      before,
    );
  });

  it('a county administrator records one for the county only; it governs that county, for the days it is valid', async () => {
    const admin = await t.login('zezhou-admin');
    const city = await admin.post('/api/v1/regulation/jincheng-2021/bases', basis(['140500']));
    expect(city.statusCode).toBe(403);
    expect(city.json()).toMatchObject({ article: 'art19.1', fields: [{ field: 'regionCodes' }] });
    expect((await admin.post('/api/v1/regulation/jincheng-2021/bases', basis(['140581']))).statusCode).toBe(
      403,
    );
    const backwards = await admin.post(
      '/api/v1/regulation/jincheng-2021/bases',
      basis(['140525'], { validFrom: '2026-01-01', validUntil: '2025-12-31' }),
    );
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().fields[0].field).toBe('validUntil');
    // one that has already ended governs nothing today
    const ended = await admin.post(
      '/api/v1/regulation/jincheng-2021/bases',
      basis(['140525'], { validFrom: '2024-01-01', validUntil: '2025-12-31' }),
    );
    expect(ended.statusCode).toBe(201);
    const sup = await t.login('zezhou-sup1');
    expect((await draftFiling(sup, await caseIn('140525'))).statusCode).toBe(422);
    const ok = await admin.post(
      '/api/v1/regulation/jincheng-2021/bases',
      basis(['140525'], { validFrom: '2023-12-01' }),
    );
    expect(ok.statusCode, ok.body).toBe(201);
    const id = await caseIn('140525');
    const page = (await sup.get(`/api/v1/cases/${id}`)).json();
    expect(page.pack.basis).toMatchObject({
      reference: '关于继续参照执行的通知（测试）',
      validFrom: '2023-12-01',
    });
    expect(page.pack.blocked).toBeNull();
    expect((await draftFiling(sup, id)).statusCode).toBe(200);
    // 高平市 is not governed by 泽州县's basis
    const gaoping = await t.login('gaoping-sup1');
    expect((await draftFiling(gaoping, await caseIn('140581'))).statusCode).toBe(422);
  });

  it('the city administrator records one for the city; each county administrator finds it in the audit list', async () => {
    const admin = await t.login('city-admin');
    const r = await admin.post(
      '/api/v1/regulation/jincheng-2021/bases',
      basis(['140500'], { validFrom: '2023-12-01', reference: '全市继续参照执行的通知（测试）' }),
    );
    expect(r.statusCode, r.body).toBe(201);
    const gaoping = await t.login('gaoping-sup1');
    expect((await draftFiling(gaoping, await caseIn('140581'))).statusCode).toBe(200);
    const zezhouAdmin = await t.login('zezhou-admin');
    const events = (await zezhouAdmin.get('/api/v1/audit-events?entityType=rule_pack')).json().items as {
      after: { reference: string; concerns: string[] };
    }[];
    const cityBasis = events.find((e) => e.after.reference === '全市继续参照执行的通知（测试）');
    expect(cityBasis?.after.concerns).toEqual(expect.arrayContaining(['140500', '140525', '140581']));
    // the regulation page lists, for a county user, the county's and the city's bases; not another county's
    const pack = (await (await t.login('gaoping-sup1')).get('/api/v1/regulation/jincheng-2021')).json();
    expect(pack.bases.map((b: { reference: string }) => b.reference)).toEqual([
      '全市继续参照执行的通知（测试）',
    ]);
  });
});

describe('allowedActions: exactly what the server accepts (第九条 to 第十条)', () => {
  it('over the demo cases and every demo user: each offered action passes with valid input, each not offered is refused', async () => {
    const cases = await t.ctx.db.query<{ id: string }>(
      sql`SELECT id FROM supervision_cases ORDER BY registered_on`,
    );
    expect(cases.length).toBeGreaterThan(10);
    const types = Object.keys(ACTION_LABELS) as ActionType[];
    let offeredSeen = 0;
    for (const u of DEMO_USERS) {
      const client = await t.login(u.username);
      const actor = (await actorByUsername(t.ctx.db, u.username))!;
      const who = { userId: actor.userId, role: actor.role, organisationId: actor.organisationId };
      for (const { id } of cases) {
        const row = await getCase(t.ctx.db, actor, id);
        const page = await client.get(`/api/v1/cases/${id}`);
        if (!row) {
          expect(page.statusCode).toBe(404);
          continue;
        }
        const offered = new Set((page.json().allowedActions as { type: ActionType }[]).map((a) => a.type));
        offeredSeen += offered.size;
        const env = await procedureEnv(t.ctx.db, row, t.clock.now);
        for (const type of types) {
          const r = decide(row.facts, validInput(type, row.facts, who, env), who, env);
          expect(r.ok, `${u.username} ${type} on a ${row.state} case: ${r.ok ? '' : r.refusal.reason}`).toBe(
            offered.has(type),
          );
        }
        // and over HTTP: an action not offered is refused, and changes nothing
        const notOffered = types.find((x) => !offered.has(x))!;
        const res = await client.post(`/api/v1/cases/${id}/actions`, {
          version: row.version,
          action: validInput(notOffered, row.facts, who, env),
        });
        expect(res.statusCode, `${u.username} ${notOffered}`).toBeGreaterThanOrEqual(400);
        expect(res.statusCode).toBeLessThan(500);
      }
    }
    expect(offeredSeen).toBeGreaterThan(10);
  });
});

describe('dates are Asia/Shanghai dates', () => {
  it('a petition received at 02:01 Beijing time shows that day on the public status page, not the day before', async () => {
    const { trackingCode } = await fileReport(t, '140525', {
      at: new Date('2026-11-25T18:01:00Z'),
      summary: '凌晨提交的举报',
    });
    const status = (await t.anonymous.get(`/api/v1/public/petitions/${trackingCode}`)).json();
    expect(status.receivedOn).toBe('2026-11-26');
  });
});
