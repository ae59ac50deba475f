import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
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

  const from = (remoteAddress: string, username: string, password: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username, password },
      remoteAddress,
    });
  const later = (seconds: number) => {
    t.clock.now = new Date(t.clock.now.getTime() + seconds * 1000);
  };

  it('five failures make that address wait on that account only; the wait grows, lapses by itself, and an admin can lift it', async () => {
    const start = t.clock.now;
    for (let i = 0; i < 5; i++)
      expect((await from('10.0.0.1', 'gaoping-sup1', `wrong-pass-${i}`)).statusCode).toBe(401);
    // the address that failed waits, even with the right password, and is told nothing more
    const waiting = await from('10.0.0.1', 'gaoping-sup1', 'Test-password-2026');
    expect(waiting.statusCode).toBe(401);
    expect(waiting.json().title).toBe('用户名、密码或验证码错误，或账户已被暂时锁定');
    // the user, elsewhere, is not denied: guessing from one address cannot lock him out
    expect((await from('10.0.0.2', 'gaoping-sup1', 'Test-password-2026')).statusCode).toBe(200);
    const admin = await t.login('city-admin');
    const user = (await admin.get('/api/v1/users?q=gaoping-sup1')).json().items[0];
    expect(user.locked).toBe(true);
    const events = await t.ctx.db.query<{ action: string; after: { ip: string; waitUntil?: string } }>(
      sql`SELECT action, after FROM audit_events WHERE entity_id = ${user.id} AND action IN ('auth.login_failed', 'auth.backoff') ORDER BY seq`,
    );
    expect(events.map((e) => e.action)).toEqual([...Array(4).fill('auth.login_failed'), 'auth.backoff']);
    expect(events[4].after).toMatchObject({
      ip: '10.0.0.1',
      waitUntil: new Date(start.getTime() + 60_000).toISOString(),
    });
    // a minute later the wait has lapsed by itself; a right password forgives the count
    later(61);
    expect((await from('10.0.0.1', 'gaoping-sup1', 'Test-password-2026')).statusCode).toBe(200);
    // five failures again, and a sixth after the first wait: two minutes now
    for (let i = 0; i < 5; i++) await from('10.0.0.1', 'gaoping-sup1', `wrong-again-${i}`);
    later(61);
    expect((await from('10.0.0.1', 'gaoping-sup1', 'wrong-sixth')).statusCode).toBe(401);
    later(61);
    expect((await from('10.0.0.1', 'gaoping-sup1', 'Test-password-2026')).statusCode).toBe(401);
    // an admin lifts it at once
    const unlocked = await admin.post(`/api/v1/users/${user.id}/unlock`);
    expect(unlocked.statusCode).toBe(200);
    expect(unlocked.json().locked).toBe(false);
    expect((await from('10.0.0.1', 'gaoping-sup1', 'Test-password-2026')).statusCode).toBe(200);
    t.clock.now = start;
  });

  it('eighteen guesses at once are counted one by one under the row lock: five are compared, then the address waits', async () => {
    const answers = await Promise.all(
      Array.from({ length: 18 }, (_, i) => from('10.0.0.3', 'city-leader', `burst-guess-${i}`)),
    );
    expect(answers.every((a) => a.statusCode === 401)).toBe(true);
    const [u] = await t.ctx.db.query<{ id: string }>(
      sql`SELECT id FROM users WHERE username = 'city-leader'`,
    );
    const compared = await t.ctx.db.query<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM audit_events WHERE entity_id = ${u.id} AND action IN ('auth.login_failed', 'auth.backoff')`,
    );
    expect(compared[0].n).toBe(5);
    const [row] = await t.ctx.db.query<{ failures: number }>(
      sql`SELECT failures FROM login_backoff WHERE user_id = ${u.id} AND address = '10.0.0.3'`,
    );
    expect(row.failures).toBe(5);
    // so a right guess after the burst is not even compared
    expect((await from('10.0.0.3', 'city-leader', 'Test-password-2026')).statusCode).toBe(401);
  });

  it('the user is told by mail when an address begins to wait on his account', async () => {
    const mails: { to: string; subject: string; text: string }[] = [];
    t.ctx.mailer = { send: async (m) => void mails.push(m), close: () => {} };
    try {
      await t.ctx.db.query(
        sql`UPDATE users SET email = 'gaoping-head@example.org' WHERE username = 'gaoping-head'`,
      );
      for (let i = 0; i < 6; i++) await from('10.0.0.4', 'gaoping-head', `wrong-${i}`);
      await vi.waitFor(() => expect(mails.length).toBe(1));
      expect(mails[0].to).toBe('gaoping-head@example.org');
      expect(mails[0].text).toContain('10.0.0.4');
      expect(mails[0].text).not.toContain('wrong-');
    } finally {
      t.ctx.mailer = null;
    }
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
