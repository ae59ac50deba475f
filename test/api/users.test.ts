import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../apps/api/src/db/sql.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
let orgs: Record<string, string>;
beforeAll(async () => {
  t = await startTestApp();
  orgs = Object.fromEntries(
    (await t.ctx.db.query<{ name: string; id: string }>(sql`SELECT name, id FROM organisations`)).map((r) => [
      r.name,
      r.id,
    ]),
  );
});
afterAll(() => t.close());

describe('user accounts', () => {
  it('creates a user who can log in; the password never reaches the audit log', async () => {
    const admin = await t.login('zezhou-admin');
    const res = await admin.post('/api/v1/users', {
      username: 'zezhou-sup3',
      displayName: '钱进',
      role: 'supervisor',
      organisationId: orgs.泽州县司法局,
      password: 'Secret-pass-123',
    });
    expect(res.statusCode).toBe(201);
    await t.login('zezhou-sup3', 'Secret-pass-123');
    const events = await t.ctx.db.query<{ after: unknown }>(
      sql`SELECT after FROM audit_events WHERE entity_id = ${res.json().id}`,
    );
    expect(JSON.stringify(events)).not.toContain('Secret-pass-123');
    expect(JSON.stringify(events)).not.toContain('argon2');
  });

  it('第四条第二款 a supervisor belongs to a supervision organ', async () => {
    const admin = await t.login('city-admin');
    const res = await admin.post('/api/v1/users', {
      username: 'wrong-place',
      displayName: '某人',
      role: 'supervisor',
      organisationId: orgs.晋城市交通运输局,
      password: 'Secret-pass-123',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ article: 'art4.2', fields: [{ field: 'role' }] });
  });

  it('refuses weak passwords and taken usernames', async () => {
    const admin = await t.login('city-admin');
    const weak = await admin.post('/api/v1/users', {
      username: 'new-user',
      displayName: '某人',
      role: 'supervisor',
      organisationId: orgs.晋城市司法局,
      password: 'short',
    });
    expect(weak.json().fields[0]).toMatchObject({ field: 'password', reason: expect.stringContaining('10') });
    const taken = await admin.post('/api/v1/users', {
      username: 'city-sup1',
      displayName: '某人',
      role: 'supervisor',
      organisationId: orgs.晋城市司法局,
      password: 'Secret-pass-123',
    });
    expect(taken.statusCode).toBe(409);
  });

  it('deactivating a user ends their sessions at once', async () => {
    const c = await t.login('city-sup2');
    const admin = await t.login('city-admin');
    const u = (await admin.get('/api/v1/users?q=city-sup2')).json().items[0];
    const res = await admin.patch(`/api/v1/users/${u.id}`, { active: false, version: u.version });
    expect(res.json().active).toBe(false);
    expect((await c.get('/api/v1/auth/me')).statusCode).toBe(401);
    await expect(t.login('city-sup2')).rejects.toThrow(/401/);
  });

  it('a password reset ends sessions and the new password works', async () => {
    const c = await t.login('city-reviewer');
    const admin = await t.login('city-admin');
    const u = (await admin.get('/api/v1/users?q=city-reviewer')).json().items[0];
    expect(
      (await admin.post(`/api/v1/users/${u.id}/password`, { password: 'Another-pass-456' })).statusCode,
    ).toBe(204);
    expect((await c.get('/api/v1/auth/me')).statusCode).toBe(401);
    await t.login('city-reviewer', 'Another-pass-456');
  });
});
