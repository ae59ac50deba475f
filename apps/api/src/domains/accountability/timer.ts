// The automatic proposals on a timer, as the system actor over every region: a person can run
// them at any time too, and a run that finds nothing new proposes nothing (proposal keys).
import type { Db } from '../../db/client.ts';
import { systemUseCase } from '../../seeds/system.ts';
import { proposeMatters } from './proposals.ts';

export function startProposalTimer(
  db: Db,
  now: () => Date,
  everyHours: number,
  log: (line: string) => void,
): () => void {
  if (everyHours <= 0) return () => {};
  const run = async () => {
    try {
      const r = await proposeMatters(await systemUseCase(db, now(), 'accountability-timer'));
      if (r.proposed.length) log(`accountability proposals: ${r.proposed.length} new`);
    } catch (e) {
      log(`accountability proposals failed: ${(e as Error).message}`);
    }
  };
  const timer = setInterval(run, everyHours * 3_600_000);
  // never keeps the process alive on its own
  timer.unref();
  return () => clearInterval(timer);
}
