import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../apps/api/src/db/sql.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('login, sessions and CSRF', () => {
  it('logs in with an HttpOnly SameSite=Strict cookie and answers /me', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'zezhou-sup1', password: 'Test-password-2026' },
    });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'jiandu_sid')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Strict');
    const c = await t.login('zezhou-sup1');
    const me = (await c.get('/api/v1/auth/me')).json();
    expect(me.user).toMatchObject({ username: 'zezhou-sup1', role: 'supervisor' });
    expect(me.organisation).toMatchObject({ name: '泽州县司法局', regionCode: '140525' });
    expect(me.permissions).toContain('organisation.read');
    expect(me.permissions).not.toContain('user.write');
  });

  it('answers every failure with the same generic 401', async () => {
    const wrong = await t.anonymous.post('/api/v1/auth/login', {
      username: 'zezhou-sup2',
      password: 'nope-nope-1',
    });
    const unknown = await t.anonymous.post('/api/v1/auth/login', {
      username: 'nobody-here',
      password: 'nope-nope-1',
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().title).toBe(unknown.json().title);
    expect(wrong.headers['content-type']).toContain('application/problem+json');
  });

  it('locks an account after five failures until an admin unlocks it', async () => {
    for (let i = 0; i < 5; i++)
      await t.anonymous.post('/api/v1/auth/login', { username: 'gaoping-sup1', password: `wrong-pass-${i}` });
    const locked = await t.anonymous.post('/api/v1/auth/login', {
      username: 'gaoping-sup1',
      password: 'Test-password-2026',
    });
    expect(locked.statusCode).toBe(401);
    const admin = await t.login('city-admin');
    const users = (await admin.get('/api/v1/users?q=gaoping-sup1')).json();
    expect(users.items[0].locked).toBe(true);
    expect((await admin.post(`/api/v1/users/${users.items[0].id}/unlock`)).statusCode).toBe(200);
    await t.login('gaoping-sup1');
  });

  it('refuses a cookie-authenticated write without the CSRF token', async () => {
    const c = await t.login('city-admin');
    const res = await c.request({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { 'x-csrf-token': 'forged' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().title_en).toBe('Forbidden');
    expect((await c.get('/api/v1/auth/me')).statusCode).toBe(200);
  });

  it('logout ends the session', async () => {
    const c = await t.login('city-sup2');
    expect((await c.post('/api/v1/auth/logout')).statusCode).toBe(204);
    expect((await c.get('/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('logging out everywhere ends every session of the user, and only his', async () => {
    const [a, b, other] = await Promise.all([
      t.login('city-sup2'),
      t.login('city-sup2'),
      t.login('city-sup1'),
    ]);
    const res = await a.post('/api/v1/auth/logout-everywhere');
    expect(res.statusCode).toBe(200);
    expect(res.json().sessionsEnded).toBeGreaterThanOrEqual(2);
    expect((await a.get('/api/v1/auth/me')).statusCode).toBe(401);
    expect((await b.get('/api/v1/auth/me')).statusCode).toBe(401);
    expect((await other.get('/api/v1/auth/me')).statusCode).toBe(200);
  });

  it('expires an idle session and a session past its end', async () => {
    const c = await t.login('city-head');
    const start = t.clock.now;
    t.clock.now = new Date(start.getTime() + 31 * 60_000);
    expect((await c.get('/api/v1/auth/me')).statusCode).toBe(401);
    t.clock.now = start;
    const d = await t.login('city-head');
    for (let m = 25; m <= 13 * 60; m += 25) {
      t.clock.now = new Date(start.getTime() + m * 60_000);
      const res = await d.get('/api/v1/auth/me');
      if (m < 12 * 60) expect(res.statusCode).toBe(200);
      else expect(res.statusCode).toBe(401);
    }
    t.clock.now = start;
  });

  it('stores only a hash of the session token', async () => {
    const c = await t.login('city-reviewer');
    const rows = await t.ctx.db.query<{ token_hash: string }>(sql`SELECT token_hash FROM sessions`);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.token_hash))).toBe(true);
    expect(c.csrf.length).toBeGreaterThan(20);
  });

  it('rate-limits login attempts', async () => {
    // a second app on the same database, with a small limit
    const { buildApp } = await import('../../apps/api/src/app.ts');
    const app = await buildApp({ ...t.ctx, config: { ...t.ctx.config, loginRateLimit: 3 } });
    const codes: number[] = [];
    for (let i = 0; i < 5; i++)
      codes.push(
        (
          await app.inject({
            method: 'POST',
            url: '/api/v1/auth/login',
            payload: { username: 'x-user', password: 'y' },
          })
        ).statusCode,
      );
    await app.close();
    expect(codes.slice(0, 3)).toEqual([401, 401, 401]);
    expect(codes.slice(3)).toEqual([429, 429]);
  });
});
