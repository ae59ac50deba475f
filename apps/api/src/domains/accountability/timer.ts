// The automatic proposals on a timer, as the system actor over every region, run by one process
// at a time across all of them: a person can run them at any time too, and a run that finds
// nothing new proposes nothing (proposal keys).
import type { Db } from '../../db/client.ts';
import { systemUseCase } from '../../seeds/system.ts';
import { startSchedule } from '../../timers/schedule.ts';
import { proposeMatters } from './proposals.ts';

export function startProposalTimer(
  db: Db,
  now: () => Date,
  everyHours: number,
  log: (line: string) => void,
): () => Promise<void> {
  if (everyHours <= 0) return async () => {};
  // first one interval after the timer was first seen, as it always was
  const timer = {
    name: 'accountability-proposals',
    everyMs: everyHours * 3_600_000,
    firstRun: 'after-interval',
  } as const;
  return startSchedule(
    db,
    timer,
    async () => {
      const r = await proposeMatters(await systemUseCase(db, now(), 'accountability-timer'));
      if (r.proposed.length) log(`accountability proposals: ${r.proposed.length} new`);
    },
    log,
  );
}
