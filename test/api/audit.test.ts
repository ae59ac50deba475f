// 全过程记录: the audit chain is append-only and any edit, deletion or reordering is named.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../apps/api/src/audit/verify.ts';
import { sql } from '../../apps/api/src/db/sql.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(() => t.close());

const unlock = () => t.ctx.db.exec('ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update');

describe('audit chain', () => {
  it('verifies after the seed and after changes, via the API too', async () => {
    const admin = await t.login('city-admin');
    const res = (await admin.get('/api/v1/audit/verify')).json();
    expect(res.ok).toBe(true);
    expect(res.checked).toBeGreaterThan(100);
    expect(res.checked).toBe(res.headSeq);
  });

  it('the database refuses UPDATE, DELETE and TRUNCATE', async () => {
    await expect(t.ctx.db.query(sql`UPDATE audit_events SET actor_name = 'x' WHERE seq = 1`)).rejects.toThrow(
      /append-only/,
    );
    await expect(t.ctx.db.query(sql`DELETE FROM audit_events WHERE seq = 1`)).rejects.toThrow(/append-only/);
    await expect(t.ctx.db.exec('TRUNCATE audit_events')).rejects.toThrow(/append-only/);
    await expect(t.ctx.db.query(sql`DELETE FROM audit_head`)).rejects.toThrow(/forward/);
    await expect(t.ctx.db.query(sql`UPDATE audit_head SET seq = 1`)).rejects.toThrow(/forward/);
  });

  it('names an edited event', async () => {
    await unlock();
    await t.ctx.db.query(sql`UPDATE audit_events SET after = '{"name":"篡改"}'::jsonb WHERE seq = 40`);
    const r = await verifyAuditChain(t.ctx.db);
    expect(r.ok).toBe(false);
    expect(r.firstBroken).toMatchObject({ seq: 40, problem: 'hash_mismatch' });
  });

  it('names an edited event even when its hash was recomputed by the tamperer', async () => {
    await unlock();
    await t.ctx.db.query(sql`UPDATE audit_events SET hash = repeat('a', 64) WHERE seq = 41`);
    const r = await verifyAuditChain(t.ctx.db);
    expect(r.firstBroken?.seq).toBe(41);
  });

  it('names a deleted event', async () => {
    await unlock();
    await t.ctx.db.query(sql`DELETE FROM audit_events WHERE seq = 17`);
    const r = await verifyAuditChain(t.ctx.db);
    expect(r.firstBroken).toMatchObject({ seq: 17, problem: 'missing_event' });
  });

  it('names reordered events', async () => {
    await unlock();
    await t.ctx.db.query(sql`UPDATE audit_events SET seq = -1 WHERE seq = 30`);
    await t.ctx.db.query(sql`UPDATE audit_events SET seq = 30 WHERE seq = 31`);
    await t.ctx.db.query(sql`UPDATE audit_events SET seq = 31 WHERE seq = -1`);
    const r = await verifyAuditChain(t.ctx.db);
    expect(r.firstBroken).toMatchObject({ seq: 30, problem: 'prev_hash_mismatch' });
  });

  it('names a deleted tail', async () => {
    await unlock();
    const [{ seq }] = await t.ctx.db.query<{ seq: number }>(
      sql`SELECT max(seq)::int AS seq FROM audit_events`,
    );
    await t.ctx.db.query(sql`DELETE FROM audit_events WHERE seq >= ${seq - 1}`);
    const r = await verifyAuditChain(t.ctx.db);
    expect(r.firstBroken).toMatchObject({ seq: seq - 1, problem: 'missing_event' });
  });

  it('lists events within the jurisdiction only', async () => {
    const zz = await t.login('zezhou-admin');
    const items = (await zz.get('/api/v1/audit-events?limit=500')).json().items as {
      regionCode: string | null;
      after: { concerns?: string[] } | null;
    }[];
    expect(items.length).toBeGreaterThan(0);
    // the county's own events, and those that govern it from above (the city's basis, 第十九条)
    expect(
      items.every((e) => e.regionCode === '140525' || (e.after?.concerns ?? []).includes('140525')),
    ).toBe(true);
    const city = await t.login('city-admin');
    const all = (await city.get('/api/v1/audit-events?limit=500')).json().items as {
      regionCode: string | null;
    }[];
    expect(new Set(all.map((e) => e.regionCode)).size).toBeGreaterThan(2);
  });

  it('a failed request leaves the chain as it was', async () => {
    const admin = await t.login('city-admin');
    const before = await verifyAuditChain(t.ctx.db);
    await admin.post('/api/v1/users', {
      username: 'UPPER',
      displayName: '',
      role: 'nobody',
      organisationId: 'x',
      password: '1',
    });
    await admin.post('/api/v1/organisations', {
      kind: 'government',
      name: '晋城市人民政府',
      regionCode: '140500',
    });
    const after = await verifyAuditChain(t.ctx.db);
    expect(after.ok).toBe(true);
    expect(after.headHash).toBe(before.headHash);
  });
});
