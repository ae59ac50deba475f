// A timer that runs once per interval across every process on the database, not once per
// process: each process looks every minute (or every interval, if shorter) whether the run is
// due, and claims it in the database while holding the timer's advisory lock, so two processes
// never run it at once and a second one finds it already done. The schedule follows the
// database's clock, the one clock all processes share.
import { type Db, LOCKS } from '../db/client.ts';
import { sql } from '../db/sql.ts';
import { isDatabaseUnavailable } from '../db/unavailable.ts';

/** how often a process looks whether a run is due */
const LOOK_EVERY_MS = 60_000;
/** the first look, soon after start: a restart holds nothing back a whole interval */
const FIRST_LOOK_MS = 5_000;

/** a stable 32-bit number for the timer's name, the advisory lock's second key */
function nameKey(name: string): number {
  let h = 0;
  for (const c of name) h = (Math.imul(h, 31) + c.charCodeAt(0)) | 0;
  return h;
}

export interface Timer {
  name: string;
  everyMs: number;
  /** a timer never run before: due at once, or one interval after it was first seen */
  firstRun: 'at-once' | 'after-interval';
}

/** runs fn if the timer is due (last run at least one interval ago) and no other process runs it now */
export async function runIfDue(db: Db, timer: Timer, fn: () => Promise<void>): Promise<boolean> {
  const { name, everyMs } = timer;
  const locked = await db.withLock([LOCKS.timer, nameKey(name)], false, async () => {
    if (timer.firstRun === 'at-once')
      await db.query(sql`INSERT INTO timer_runs (name) VALUES (${name}) ON CONFLICT (name) DO NOTHING`);
    else
      await db.query(sql`INSERT INTO timer_runs (name, last_run_at) VALUES (${name}, clock_timestamp())
        ON CONFLICT (name) DO NOTHING`);
    const claimed = await db.query(sql`
      UPDATE timer_runs SET last_run_at = clock_timestamp(), runs = runs + 1
      WHERE name = ${name}
        AND (last_run_at IS NULL OR last_run_at <= clock_timestamp() - make_interval(secs => ${everyMs / 1000}))
      RETURNING name`);
    if (!claimed.length) return false;
    await fn();
    return true;
  });
  return locked.held && locked.value;
}

/**
 * Looks on a timer until stopped; never keeps the process alive on its own. Stopping resolves
 * once a run in progress has ended, so that the database is not closed under it.
 */
export function startSchedule(
  db: Db,
  timer: Timer,
  fn: () => Promise<void>,
  log: (line: string) => void,
): () => Promise<void> {
  let running: Promise<void> | null = null;
  let stopped = false;
  const look = () => {
    if (running || stopped) return; // a slow run never stacks
    running = runIfDue(db, timer, fn)
      .then(
        () => undefined,
        // an outage is logged once by the database's own watch, not by every look
        (e: Error) => {
          if (!isDatabaseUnavailable(e)) log(`${timer.name} failed: ${e.message}`);
        },
      )
      .finally(() => {
        running = null;
      });
  };
  const first = setTimeout(look, FIRST_LOOK_MS);
  const every = setInterval(look, Math.min(timer.everyMs, LOOK_EVERY_MS));
  first.unref();
  every.unref();
  return async () => {
    stopped = true;
    clearTimeout(first);
    clearInterval(every);
    await running;
  };
}
