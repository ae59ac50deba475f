// Migration and seeding at start-up, under one lock on PostgreSQL: several processes started
// at once on an empty database do not each load the demo (duplicate regions, interleaved
// cases); the first does it, the others wait, find it done and go on.
import type { Config } from '../config.ts';
import { type Db, LOCKS } from '../db/client.ts';
import { migrate } from '../db/migrate.ts';
import { demoPassword, demoPasswordWorks } from '../demo-password.ts';
import { seedBase } from './base.ts';
import { seedDemo } from './demo.ts';
import { seedDemoAccountability } from './demo-accountability.ts';
import { seedDemoActs } from './demo-acts.ts';
import { seedDemoCases } from './demo-cases.ts';
import { DEMO_USERS } from './demo-data.ts';
import { seedDemoEvaluation } from './demo-evaluations.ts';
import { seedDemoInspections } from './demo-inspections.ts';

export interface Prepared {
  /** the demo accounts' password when it is known and logs in; null otherwise */
  password: string | null;
}

export async function prepareDatabase(
  db: Db,
  config: Config,
  now: () => Date,
  log: (line: string) => void,
): Promise<Prepared> {
  const locked = await db.withLock(LOCKS.startup, true, async () => {
    const applied = await migrate(db);
    if (applied.length) log(`migrations applied: ${applied.join(', ')}`);
    await seedBase(db, now());
    if (!config.seedDemo) return null;
    const password = await demoPassword(db, config);
    // no user yet means a password was just chosen; a known one is only needed to load
    if (password !== null && (await seedDemo(db, now(), password))) log('demo data loaded');
    const cases = await seedDemoCases(db, now());
    if (cases) log(`demo cases loaded: ${cases}`);
    const acts = await seedDemoActs(db, now());
    if (acts) log(`demo enforcement acts reported: ${acts}`);
    if (await seedDemoEvaluation(db, now())) log('demo case-file evaluation drawn');
    // after the demo cases, which load only into an empty case table
    const visits = await seedDemoInspections(db, now());
    if (visits) log(`demo campaign loaded with ${visits} on-site visits`);
    const matters = await seedDemoAccountability(db, now());
    if (matters) log(`demo accountability matters: ${matters}`);
    return password;
  });
  const password = locked.held ? locked.value : null;
  if (password === null) return { password: null };
  return { password: (await demoPasswordWorks(db, DEMO_USERS[0].username, password)) ? password : null };
}
