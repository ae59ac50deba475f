// Timers run once per interval across processes (docs/operations.md): of several looks at
// once, one claims the run and the others find it taken; once run, it is not due again before
// its interval; a timer first seen waits one interval when it is to. On both databases (on
// PostgreSQL the looks hold the timer's advisory lock on connections of their own).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../apps/api/src/db/sql.ts';
import { runIfDue } from '../../apps/api/src/timers/schedule.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const runs = async (name: string) =>
  (await t.ctx.db.query<{ runs: number }>(sql`SELECT runs FROM timer_runs WHERE name = ${name}`))[0]?.runs;

describe('a timer across processes', () => {
  it('three looks at once run it once, and it is not due again within its interval', async () => {
    const timer = { name: 'test-at-once', everyMs: 3_600_000, firstRun: 'at-once' } as const;
    let ran = 0;
    const fn = async () => {
      ran++;
      await new Promise((r) => setTimeout(r, 200));
    };
    const looks = await Promise.all([1, 2, 3].map(() => runIfDue(t.ctx.db, timer, fn)));
    expect(looks.filter(Boolean)).toHaveLength(1);
    expect(ran).toBe(1);
    expect(await runIfDue(t.ctx.db, timer, fn)).toBe(false);
    expect(ran).toBe(1);
    expect(await runs(timer.name)).toBe(1);
  });

  it('due again once its interval has passed', async () => {
    const timer = { name: 'test-again', everyMs: 3_600_000, firstRun: 'at-once' } as const;
    let ran = 0;
    const fn = async () => {
      ran++;
    };
    expect(await runIfDue(t.ctx.db, timer, fn)).toBe(true);
    await t.ctx.db.query(
      sql`UPDATE timer_runs SET last_run_at = last_run_at - interval '61 minutes' WHERE name = ${timer.name}`,
    );
    expect(await runIfDue(t.ctx.db, timer, fn)).toBe(true);
    expect(ran).toBe(2);
  });

  it('a timer that waits an interval does not run when first seen', async () => {
    const timer = { name: 'test-after', everyMs: 3_600_000, firstRun: 'after-interval' } as const;
    let ran = 0;
    expect(
      await runIfDue(t.ctx.db, timer, async () => {
        ran++;
      }),
    ).toBe(false);
    expect(ran).toBe(0);
    expect(await runs(timer.name)).toBe(0);
  });
});
