// Reminder mail through SMTP (a real SMTP server on loopback): the inbox's deadlines — a
// notice's deadline passed unhandled (第九条（三）), approvals waiting (第九条（一）) — mailed to
// the staff who gave an address, each item once per stage, recorded with its audit event only
// once the server has taken the mail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../apps/api/src/audit/verify.ts';
import { sql } from '../../apps/api/src/db/sql.ts';
import { mailReminders } from '../../apps/api/src/domains/inbox/mail-reminders.ts';
import { smtpMailer } from '../../apps/api/src/mail/mailer.ts';
import { seedDemoCases } from '../../apps/api/src/seeds/demo-cases.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { readMail, startSmtpCatcher } from '../helpers/smtp-catcher.ts';

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtpCatcher>>;
beforeAll(async () => {
  t = await startTestApp();
  await seedDemoCases(t.ctx.db, t.clock.now);
  smtp = await startSmtpCatcher();
});
afterAll(async () => {
  await smtp.close();
  await t.close();
});

const logs: string[] = [];
const run = (url = smtp.url) => {
  const mailer = smtpMailer(url, 'Jiandu <jiandu@example.org>');
  return mailReminders(t.ctx.db, mailer, {
    now: t.clock.now,
    remindWorkingDays: 3,
    publicUrl: 'https://jiandu.example.org',
    log: (l) => logs.push(l),
  }).finally(() => mailer.close());
};

async function setEmail(username: string, email: string | null) {
  const admin = await t.login('city-admin');
  const list = (await admin.get(`/api/v1/users?q=${username}`)).json() as {
    items: { id: string; username: string; version: number }[];
  };
  const u = list.items.find((x) => x.username === username)!;
  return admin.patch(`/api/v1/users/${u.id}`, { email, version: u.version });
}

describe('reminder mail (第九条 deadlines, by SMTP)', () => {
  it('an address that is not one is refused, naming the field', async () => {
    const res = await setEmail('zezhou-sup1', 'not-an-address');
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json())).toContain('email');
  });

  it('an SMTP server that cannot be reached: the run goes on, and nothing is recorded', async () => {
    expect((await setEmail('zezhou-sup1', 'yangfan@example.org')).statusCode).toBe(200);
    const count = async () =>
      (
        await t.ctx.db.query<{ mails: number; events: number }>(sql`SELECT
          (SELECT count(*)::int FROM reminder_mails) AS mails, (SELECT count(*)::int FROM audit_events) AS events`)
      )[0];
    const before = await count();
    const r = await run('smtp://127.0.0.1:1');
    expect(r).toMatchObject({ users: 1, mails: 0, failed: 1 });
    expect(await count()).toEqual(before);
  });

  it('第九条（三）: the supervisor is mailed the notice whose deadline passed, once', async () => {
    expect((await setEmail('zezhou-sup1', 'yangfan@example.org')).statusCode).toBe(200);
    expect((await setEmail('zezhou-head', 'head@example.org')).statusCode).toBe(200);
    const before = (await t.ctx.db.query<{ n: number }>(sql`SELECT count(*)::int AS n FROM audit_events`))[0]
      .n;

    const first = await run();
    expect(first).toMatchObject({ users: 2, mails: 2, failed: 0 });
    const toSup = smtp.mails.find((m) => m.to.includes('yangfan@example.org'))!;
    const mail = readMail(toSup.raw);
    expect(mail.subject).toMatch(/^【行政执法监督】待办提醒：逾期[1-9]\d*项/);
    expect(mail.subject).toContain('Reminders:');
    expect(mail.text).toContain('【已逾期】');
    expect(mail.text).toContain('逾期未处理，转入决定');
    expect(mail.text).toContain('依据：第九条');
    expect(mail.text).toContain('https://jiandu.example.org/cases/');
    // 第九条（一）: the head hears of the filing form waiting for his approval
    const toHead = readMail(smtp.mails.find((m) => m.to.includes('head@example.org'))!.raw);
    expect(toHead.text).toContain('批准立案审批表');

    // one audit event a mail, and the chain still verifies
    const after = (await t.ctx.db.query<{ n: number }>(sql`SELECT count(*)::int AS n FROM audit_events`))[0]
      .n;
    expect(after - before).toBe(2);
    expect((await verifyAuditChain(t.ctx.db)).ok).toBe(true);

    // nothing new: nothing mailed
    const again = await run();
    expect(again).toMatchObject({ mails: 0, items: 0 });
    expect(smtp.mails).toHaveLength(2);
  });

  it('a refused mail records nothing and is tried again on the next run', async () => {
    await setEmail('zezhou-sup2', 'zhoujie@example.org');
    const [{ n: mailed }] = await t.ctx.db.query<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM reminder_mails`,
    );
    smtp.refuseAll(true);
    const refused = await run();
    expect(refused.failed).toBeGreaterThan(0);
    expect(refused.mails).toBe(0);
    expect(logs.some((l) => l.includes('zezhou-sup2') && !l.includes('zhoujie@'))).toBe(true);
    const [{ n: still }] = await t.ctx.db.query<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM reminder_mails`,
    );
    expect(still).toBe(mailed);
    smtp.refuseAll(false);
    const retried = await run();
    expect(retried.mails).toBeGreaterThan(0);
    expect(smtp.mails.some((m) => m.to.includes('zhoujie@example.org'))).toBe(true);
  });

  it('an address removed is mailed no more', async () => {
    expect((await setEmail('zezhou-sup1', null)).statusCode).toBe(200);
    const users = (
      await t.ctx.db.query<{ n: number }>(sql`SELECT count(*)::int AS n FROM users WHERE email IS NOT NULL`)
    )[0].n;
    const r = await run();
    expect(r.users).toBe(users);
  });
});
