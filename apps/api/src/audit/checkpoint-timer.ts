// Checkpoints on a timer. Safe with several processes on one database: each takes the head
// row's lock to sign, and one that finds nothing new since the last checkpoint writes nothing.
import type { Db } from '../db/client.ts';
import type { SigningKey } from './signing-key.ts';
import { takeCheckpoint } from './take-checkpoint.ts';

export function startCheckpointTimer(
  db: Db,
  key: SigningKey,
  opts: { now: () => Date; everyMinutes: number; file: string },
  log: (line: string) => void,
): () => void {
  if (opts.everyMinutes <= 0) return () => {};
  const run = async () => {
    try {
      const cp = await takeCheckpoint(db, key, { now: opts.now(), reason: 'timer', file: opts.file });
      for (const f of cp ? JSON.parse(cp.body).findings : [])
        log(`审计检查点发现 / audit checkpoint finding: ${f.problem} — ${f.detail}`);
    } catch (e) {
      log(`audit checkpoint failed: ${(e as Error).message}`);
    }
  };
  const timer = setInterval(run, opts.everyMinutes * 60_000);
  // never keeps the process alive on its own
  timer.unref();
  return () => clearInterval(timer);
}
