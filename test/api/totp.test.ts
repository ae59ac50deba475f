// The optional second factor (RFC 6238) of organ heads and admins: the algorithm against the
// RFC's own vectors, enrolment confirmed by a code, a login that needs the code before any
// session, wrong and replayed codes refused and counted toward the login back-off, wrong codes
// on confirming and disabling limited the same way, disabling, an
// admin's reset, and other roles refused. The accounts whose approvals carry the organ's
// authority (第七条, 第十条) are the ones it protects.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { base32Encode, hotp, matchStep, otpauthUri, stepOf, totp } from '../../apps/api/src/access/totp.ts';
import { verifyAuditChain } from '../../apps/api/src/audit/verify.ts';
import { sql } from '../../apps/api/src/db/sql.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { TEST_PASSWORD } from '../helpers/pg-url.ts';

describe('RFC 6238 and RFC 4226 test vectors', () => {
  const key = Buffer.from('12345678901234567890');
  it('HOTP values of RFC 4226 appendix D', () => {
    const expected = [
      '755224',
      '287082',
      '359152',
      '969429',
      '338314',
      '254676',
      '287922',
      '162583',
      '399871',
      '520489',
    ];
    expect(expected.map((_, i) => hotp(key, i))).toEqual(expected);
  });
  it('TOTP SHA-1 values of RFC 6238 appendix B (8 digits)', () => {
    const vectors: [number, string][] = [
      [59, '94287082'],
      [1111111109, '07081804'],
      [1111111111, '14050471'],
      [1234567890, '89005924'],
      [2000000000, '69279037'],
      [20000000000, '65353130'],
    ];
    for (const [t, code] of vectors) expect(hotp(key, stepOf(new Date(t * 1000)), 8)).toBe(code);
  });
  it('six digits, ±1 step, never a step already used', () => {
    const secret = base32Encode(key);
    const at = new Date(1111111111 * 1000);
    const s = stepOf(at);
    expect(matchStep(secret, totp(secret, at), at, null)).toBe(s);
    expect(matchStep(secret, totp(secret, new Date(at.getTime() - 30_000)), at, null)).toBe(s - 1);
    expect(matchStep(secret, totp(secret, new Date(at.getTime() + 30_000)), at, null)).toBe(s + 1);
    expect(matchStep(secret, totp(secret, new Date(at.getTime() - 60_000)), at, null)).toBeNull();
    expect(matchStep(secret, totp(secret, at), at, s)).toBeNull();
    expect(matchStep(secret, 'abcdef', at, null)).toBeNull();
    expect(otpauthUri(secret, 'zezhou-head')).toMatch(
      /^otpauth:\/\/totp\/.+\?secret=GEZDGNBV.*&digits=6&period=30/,
    );
  });
});

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const tick = () => {
  t.clock.now = new Date(t.clock.now.getTime() + 30_000);
};

/** the password step: the challenge cookie, and no session */
async function passwordStep(username: string, password = TEST_PASSWORD) {
  const res = await t.anonymous.post('/api/v1/auth/login', { username, password });
  expect(res.statusCode).toBe(200);
  expect(res.json()).toEqual({ totpRequired: true });
  expect(res.cookies.map((c) => c.name)).toEqual(['jiandu_2fa']);
  return `jiandu_2fa=${res.cookies[0].value}`;
}
const codeStep = (cookie: string, code: string) =>
  t.anonymous.request({ method: 'POST', url: '/api/v1/auth/totp', payload: { code }, headers: { cookie } });

async function enrol(username: string) {
  const c = await t.login(username);
  const start = await c.post('/api/v1/account/totp/enrol');
  expect(start.statusCode).toBe(200);
  const { secret, otpauthUri: uri, qrSvg } = start.json();
  expect(uri).toContain(`secret=${secret}`);
  expect(qrSvg).toContain('<svg');
  // not in effect until confirmed
  expect((await c.get('/api/v1/account/totp')).json()).toMatchObject({ enabled: false, pending: true });
  expect((await c.post('/api/v1/account/totp/confirm', { code: '000000' })).statusCode).toBe(400);
  const ok = await c.post('/api/v1/account/totp/confirm', { code: totp(secret, t.clock.now) });
  expect(ok.statusCode, ok.body).toBe(200);
  expect(ok.json()).toMatchObject({ enabled: true, pending: false, eligible: true });
  // the secret is never given again
  expect(JSON.stringify((await c.get('/api/v1/account/totp')).json())).not.toContain(secret);
  return { c, secret };
}

describe('第七条, 第十条: a second factor for the accounts that approve', () => {
  it('enrolment is confirmed by a code; then login needs the code before any session', async () => {
    const { secret } = await enrol('zezhou-head');
    tick();
    const cookie = await passwordStep('zezhou-head');
    // the challenge is no session: nothing is reachable with it
    const me = await t.anonymous.request({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } });
    expect(me.statusCode).toBe(401);
    const wrong = await codeStep(cookie, totp(secret, new Date(t.clock.now.getTime() - 120_000)));
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().title).toBe('用户名、密码或验证码错误，或账户已被暂时锁定');
    const code = totp(secret, t.clock.now);
    const ok = await codeStep(cookie, code);
    expect(ok.statusCode, ok.body).toBe(200);
    const sid = ok.cookies.find((c) => c.name === 'jiandu_sid')!;
    const who = await t.anonymous.request({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { cookie: `jiandu_sid=${sid.value}` },
    });
    expect(who.json().user.username).toBe('zezhou-head');

    // the same code again, within its window, with a fresh challenge: refused (no replay)
    const again = await passwordStep('zezhou-head');
    expect((await codeStep(again, code)).statusCode).toBe(401);
    // a used challenge, or none, opens nothing
    expect((await codeStep(cookie, code)).statusCode).toBe(401);
    expect((await t.anonymous.post('/api/v1/auth/totp', { code })).statusCode).toBe(401);
    expect((await t.anonymous.post('/api/v1/auth/totp', { code: '12ab' })).statusCode).toBe(400);
  });

  it('wrong codes count toward the login back-off of the password', async () => {
    const { secret } = await enrol('gaoping-head');
    const cookie = await passwordStep('gaoping-head');
    for (let i = 0; i < 5; i++) expect((await codeStep(cookie, '000001')).statusCode).toBe(401);
    // the address waits: even the right code is refused now, with the same answer
    tick();
    expect((await codeStep(cookie, totp(secret, t.clock.now))).statusCode).toBe(401);
    const admin = await t.login('city-admin');
    const users = (await admin.get('/api/v1/users?q=gaoping-head')).json().items;
    expect(users[0].locked).toBe(true);
    const actions = await t.ctx.db.query<{ action: string }>(
      sql`SELECT action FROM audit_events WHERE entity_id = ${users[0].id} ORDER BY seq`,
    );
    expect(actions.map((a) => a.action)).toContain('auth.backoff');
    expect((await admin.post(`/api/v1/users/${users[0].id}/unlock`)).statusCode).toBe(200);
  });

  it('disabling needs a current code; an admin resets a lost one, audited', async () => {
    const { c, secret } = await enrol('zezhou-admin');
    expect((await c.post('/api/v1/account/totp/disable', { code: '999999' })).statusCode).toBe(400);
    tick();
    const off = await c.post('/api/v1/account/totp/disable', { code: totp(secret, t.clock.now) });
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json().enabled).toBe(false);
    expect((await t.login('zezhou-admin')).username).toBe('zezhou-admin'); // no code asked any more

    // zezhou-head (enrolled above) lost the phone: the city admin resets it
    const admin = await t.login('city-admin');
    const head = (await admin.get('/api/v1/users?q=zezhou-head')).json().items[0];
    const reset = await admin.post(`/api/v1/users/${head.id}/totp/reset`);
    expect(reset.statusCode, reset.body).toBe(200);
    expect(reset.json().hadTotp).toBe(true);
    expect((await t.login('zezhou-head')).username).toBe('zezhou-head');
    // another county's admin cannot reach 泽州县's head
    const gaoping = await t.ctx.db.query<{ id: string }>(
      sql`SELECT id FROM users WHERE username = 'gaoping-head'`,
    );
    expect((await admin.post(`/api/v1/users/${gaoping[0].id}/totp/reset`)).statusCode).toBe(200);
    const zAdmin = await t.login('zezhou-admin');
    expect((await zAdmin.post(`/api/v1/users/${gaoping[0].id}/totp/reset`)).statusCode).toBe(404);

    const actions = (
      await t.ctx.db.query<{ action: string }>(
        sql`SELECT action FROM audit_events WHERE action LIKE '%totp%' ORDER BY seq`,
      )
    ).map((a) => a.action);
    for (const a of [
      'auth.totp_enrol_start',
      'auth.totp_enrol',
      'auth.totp_challenge',
      'auth.totp_disable',
      'user.totp_reset',
    ])
      expect(actions).toContain(a);
    const events = await t.ctx.db.query<{ after: unknown }>(sql`SELECT after FROM audit_events`);
    expect(JSON.stringify(events)).not.toContain(secret);
    expect((await verifyAuditChain(t.ctx.db)).ok).toBe(true);
  });

  it('wrong codes on confirming and on disabling are limited like login: the fifth begins a wait (429), audited', async () => {
    const c = await t.login('city-admin');
    const start = await c.post('/api/v1/account/totp/enrol');
    const { secret } = start.json();
    for (let i = 0; i < 5; i++)
      expect((await c.post('/api/v1/account/totp/confirm', { code: '000001' })).statusCode).toBe(400);
    // the right code now waits, and says until when
    const waiting = await c.post('/api/v1/account/totp/confirm', { code: totp(secret, t.clock.now) });
    expect(waiting.statusCode, waiting.body).toBe(429);
    expect(waiting.json()).toMatchObject({ title_en: 'Too many wrong codes; try again later' });
    expect(waiting.json().fields[0].field).toBe('code');
    t.clock.now = new Date(t.clock.now.getTime() + 61_000);
    const ok = await c.post('/api/v1/account/totp/confirm', { code: totp(secret, t.clock.now) });
    expect(ok.statusCode, ok.body).toBe(200);
    // the right code forgave the count: five more wrong ones on disabling, then the wait again
    for (let i = 0; i < 5; i++)
      expect((await c.post('/api/v1/account/totp/disable', { code: '000001' })).statusCode).toBe(400);
    tick();
    expect(
      (await c.post('/api/v1/account/totp/disable', { code: totp(secret, t.clock.now) })).statusCode,
    ).toBe(429);
    const [admin] = await t.ctx.db.query<{ id: string }>(
      sql`SELECT id FROM users WHERE username = 'city-admin'`,
    );
    const actions = await t.ctx.db.query<{ action: string; after: { factor?: string } }>(
      sql`SELECT action, after FROM audit_events WHERE entity_id = ${admin.id} AND action IN ('auth.login_failed', 'auth.backoff') ORDER BY seq`,
    );
    expect(actions.length).toBe(10);
    expect(actions.every((a) => a.after.factor === 'totp')).toBe(true);
    expect(actions.filter((a) => a.action === 'auth.backoff').length).toBe(2);
    t.clock.now = new Date(t.clock.now.getTime() + 61_000);
    expect(
      (await c.post('/api/v1/account/totp/disable', { code: totp(secret, t.clock.now) })).statusCode,
    ).toBe(200);
  });

  it('roles other than organ heads and admins cannot enrol: 403 with the reason', async () => {
    for (const u of ['zezhou-sup1', 'zezhou-liaison', 'city-reviewer', 'city-leader']) {
      const c = await t.login(u);
      expect((await c.get('/api/v1/account/totp')).json().eligible).toBe(false);
      const res = await c.post('/api/v1/account/totp/enrol');
      expect(res.statusCode).toBe(403);
      expect(res.json().detail).toBe('双因素认证仅供监督机关负责人和系统管理员启用');
      expect(res.json().detail_en).toBe('The second factor is for organ heads and admins only');
    }
    const sup = await t.login('zezhou-sup1');
    expect((await sup.post('/api/v1/users/00000000-0000-4000-8000-000000000000/totp/reset')).statusCode).toBe(
      403,
    );
  });
});
