// npm run bench:figures — each figure of the dashboard timed on its own, on a database kept by
// bench:scale (BENCH_KEEP=1): DATABASE_URL names it, REGION a LIKE pattern of region codes
// (default 1405%, the city of 晋城). Shows which figure a slow dashboard waits for; the
// median of five runs after one untimed, in milliseconds.
import { openPostgres } from '../apps/api/src/db/postgres.ts';
import * as f from '../apps/api/src/domains/dashboard/figures.ts';

if (!process.env.DATABASE_URL) {
  console.log('DATABASE_URL: the database to read (one kept by BENCH_KEEP=1 npm run bench:scale)');
  process.exit(0);
}
const db = await openPostgres(process.env.DATABASE_URL);
const codes = (
  await db.pool.query(`SELECT code FROM regions WHERE code LIKE $1`, [process.env.REGION ?? '1405%'])
).rows.map((r) => r.code);
const scope = { regionCodes: codes };
const p = { from: '2025-01-01', to: '2025-12-31' };
const today = '2026-11-26';
const fns: Record<string, () => Promise<unknown>> = {
  petitionsByMonth: () => f.petitionsByMonth(db, scope, p),
  petitionsByChannel: () => f.petitionsByChannel(db, scope, p),
  casesByMonth: () => f.casesByMonth(db, scope, p),
  casesBySource: () => f.casesBySource(db, scope, p),
  casesByState: () => f.casesByState(db, scope, p),
  casesByRegion: () => f.casesByRegion(db, scope, p),
  casesByAgency: () => f.casesByAgency(db, scope, p),
  noticesAndDecisions: () => f.noticesAndDecisions(db, scope, p),
  reviewOutcomes: () => f.reviewOutcomes(db, scope, p),
  overdue: () => f.overdue(db, scope, today),
  correctionRate: () => f.correctionRate(db, scope, p, today),
  warningsByRule: () => f.warningsByRule(db, scope, p),
  evaluationScores: () => f.evaluationScores(db, scope, p),
  certificateCoverage: () => f.certificateCoverage(db, scope, today),
  accountability: () => f.accountabilityByState(db, scope, p),
};
for (const [k, fn] of Object.entries(fns)) {
  await fn();
  const ms: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  console.log(k.padEnd(22), ms[2].toFixed(1));
}
await db.close();
