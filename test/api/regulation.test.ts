// 第十九条: the pack governing a case is shown with its validity; a lapsed pack is never
// applied silently — an admin records the basis for applying it further, audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../apps/api/src/db/sql.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('第十九条 the rule pack and its validity (art19)', () => {
  it('serves the pack: nineteen articles, each with what the system does', async () => {
    const list = (await t.anonymous.get('/api/v1/regulation')).json();
    expect(list.items[0]).toMatchObject({
      id: 'jincheng-2021',
      documentNumber: '晋市政发〔2021〕23号',
      status: { inForce: false, lapsedOn: '2023-12-01' },
    });
    const pack = (await t.anonymous.get('/api/v1/regulation/jincheng-2021')).json();
    expect(pack.articles).toHaveLength(19);
    const art9 = pack.articles.find((a: { id: string }) => a.id === 'art9');
    expect(art9.uses[0].zh).toContain('填写立案审批表');
    const art14 = pack.articles.find((a: { id: string }) => a.id === 'art14');
    expect(art14.paragraphs[0].items[1]).toMatchObject({ id: 'art14.1.2', numberZh: '（二）' });
    expect((await t.anonymous.get('/api/v1/regulation/nope')).statusCode).toBe(404);
  });

  it('an admin records the basis for applying the lapsed pack further; others may not', async () => {
    const sup = await t.login('city-sup1');
    expect(
      (
        await sup.post('/api/v1/regulation/jincheng-2021/bases', {
          kind: 'interim',
          reference: 'x',
          regionCodes: ['140500'],
        })
      ).statusCode,
    ).toBe(403);
    const admin = await t.login('city-admin');
    const bad = await admin.post('/api/v1/regulation/jincheng-2021/bases', {
      kind: 'forever',
      reference: '',
    });
    expect(
      bad
        .json()
        .fields.map((f: { field: string }) => f.field)
        .sort(),
    ).toEqual(['kind', 'reference', 'regionCodes']);
    const res = await admin.post('/api/v1/regulation/jincheng-2021/bases', {
      kind: 'interim',
      reference: '晋城市司法局关于在新规定出台前继续参照执行的通知（示例）',
      regionCodes: ['140500'],
    });
    expect(res.statusCode).toBe(201);
    const [event] = await t.ctx.db.query<{ action: string; article: string }>(
      sql`SELECT action, article FROM audit_events WHERE entity_type = 'rule_pack' ORDER BY seq DESC LIMIT 1`,
    );
    expect(event).toEqual({ action: 'regulation.basis_record', article: 'art19.1' });
    const pack = (await admin.get('/api/v1/regulation/jincheng-2021')).json();
    expect(pack.bases[0].reference).toContain('继续参照执行');
  });
});
