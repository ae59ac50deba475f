// The user is told by mail when an address begins to wait on his account, so that guesses he
// did not make do not go unnoticed (the audit log has them too). Sent after the failure is
// committed and never awaited by the login: a slow mail server delays nobody.
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';
import type { Mailer } from '../../mail/mailer.ts';
import type { BackoffNotice } from './service.ts';

const beijing = (d: Date) =>
  d.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }).replace(/\//g, '-');

export function backoffNotice(
  db: Db,
  mailer: Mailer | null | undefined,
  log: FastifyBaseLogger,
): BackoffNotice {
  return (userId, address, waitUntil) => {
    if (!mailer) return;
    void (async () => {
      const [u] = await db.query<{ username: string; email: string | null }>(
        sql`SELECT username, email FROM users WHERE id = ${userId}`,
      );
      if (!u?.email) return;
      await mailer.send({
        to: u.email,
        subject: '登录失败提醒 Failed logins on your account',
        text: [
          `您的账户 ${u.username} 自地址 ${address} 多次登录失败，该地址须等待至 ${beijing(waitUntil)}（北京时间）方可再试；`,
          '此后每次失败等待时间加倍，最长一小时，其他地址不受影响。如非本人操作，请修改密码并告知系统管理员。',
          '',
          `Your account ${u.username} has had several failed logins from ${address}; that address must wait`,
          `until ${waitUntil.toISOString()} before trying again, each further failure doubling the wait (an hour`,
          'at most); other addresses are not affected. If this was not you, change your password and tell the',
          'administrator.',
        ].join('\n'),
      });
    })().catch((err) => log.warn({ err: String(err) }, 'back-off notice not sent'));
  };
}
