// Mails each staff member with an address the inbox items he has not been told of yet; the
// items mailed are recorded with their audit event only once the SMTP server has taken the
// mail, so a failed send is tried again on the next run and nothing is mailed twice.
import { ACTOR_COLUMNS, ACTOR_JOINS, type ActorRow, toActor } from '../../access/load-actor.ts';
import { recordAudit, SYSTEM_ACTOR } from '../../audit/record.ts';
import type { Db } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';
import type { Mailer } from '../../mail/mailer.ts';
import { startSchedule } from '../../timers/schedule.ts';
import { gatherInbox } from './gather.ts';
import { itemKey, reminderMail } from './reminder-mail.ts';

export interface ReminderRun {
  /** staff with an address whose inbox was read */
  users: number;
  mails: number;
  items: number;
  failed: number;
}

export async function mailReminders(
  db: Db,
  mailer: Mailer,
  opts: { now: Date; remindWorkingDays: number; publicUrl: string | null; log(line: string): void },
): Promise<ReminderRun> {
  const run: ReminderRun = { users: 0, mails: 0, items: 0, failed: 0 };
  const staff = await db.query<ActorRow & { email: string }>(sql`
    SELECT ${ACTOR_COLUMNS}, u.email FROM users u ${ACTOR_JOINS}
    WHERE u.active AND u.email IS NOT NULL ORDER BY u.username`);
  for (const row of staff) {
    run.users++;
    const actor = toActor(row);
    const inbox = await gatherInbox(db, actor, opts.now, opts.remindWorkingDays);
    if (!inbox.items.length) continue;
    const keys = inbox.items.map(itemKey);
    const mailed = new Set(
      (
        await db.query<{ item_key: string }>(sql`
          SELECT item_key FROM reminder_mails WHERE user_id = ${actor.userId} AND item_key = ANY(${keys})`)
      ).map((r) => r.item_key),
    );
    const fresh = inbox.items.filter((_, i) => !mailed.has(keys[i]));
    if (!fresh.length) continue;
    try {
      await mailer.send(
        reminderMail(
          { email: row.email, displayName: actor.displayName },
          fresh,
          inbox.today,
          opts.publicUrl,
        ),
      );
    } catch (e) {
      run.failed++;
      // the address is the user's own business: the log names the account only
      opts.log(`reminder mail to ${actor.username} failed: ${(e as Error).message}`);
      continue;
    }
    await db.tx(async (tx) => {
      for (const i of fresh)
        await tx.query(sql`INSERT INTO reminder_mails (user_id, item_key, severity, sent_at)
          VALUES (${actor.userId}, ${itemKey(i)}, ${i.severity}, ${opts.now}) ON CONFLICT DO NOTHING`);
      await recordAudit(
        tx,
        { actor: SYSTEM_ACTOR, requestId: 'reminder-mail', now: opts.now },
        {
          action: 'inbox.reminder_mailed',
          entityType: 'user',
          entityId: actor.userId,
          after: {
            items: fresh.map((i) => ({ link: i.link, severity: i.severity, due: i.due, article: i.article })),
          },
          organisationId: actor.organisationId,
          regionCode: actor.regionCode,
        },
      );
    });
    run.mails++;
    run.items += fresh.length;
  }
  return run;
}

/** the reminder mail on a timer, run by one process at a time across all of them; none
 * without an SMTP server or with the interval at 0 */
export function startReminderMail(
  db: Db,
  mailer: Mailer | null,
  opts: { now(): Date; everyMinutes: number; remindWorkingDays: number; publicUrl: string | null },
  log: (line: string) => void,
): () => Promise<void> {
  if (!mailer || opts.everyMinutes <= 0) return async () => {};
  // due at once when never run: a new installation does not hold reminders back an interval
  const timer = { name: 'reminder-mail', everyMs: opts.everyMinutes * 60_000, firstRun: 'at-once' } as const;
  const stop = startSchedule(
    db,
    timer,
    async () => {
      const r = await mailReminders(db, mailer, { ...opts, now: opts.now(), log });
      if (r.mails || r.failed) log(`reminder mail: ${r.mails} sent (${r.items} items), ${r.failed} failed`);
    },
    log,
  );
  return async () => {
    await stop();
    mailer.close();
  };
}
