// The demo cases are built through the procedure itself: every state of the lifecycle is
// reached by steps that decide() allowed, each with its audit event.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../apps/api/src/audit/verify.ts';
import { sql } from '../../apps/api/src/db/sql.ts';
import { libreOfficeAvailable } from '../../apps/api/src/documents/pdf/converter.ts';
import { seedDemoActs } from '../../apps/api/src/seeds/demo-acts.ts';
import { DEMO_CASES, seedDemoCases } from '../../apps/api/src/seeds/demo-cases.ts';
import { seedDemoEvaluation } from '../../apps/api/src/seeds/demo-evaluations.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';

const HAS_PDF = libreOfficeAvailable();

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('demo cases through the procedure', () => {
  it('reach every state of the lifecycle, audited, and load only once', async () => {
    expect(await seedDemoCases(t.ctx.db, new Date('2026-11-26T02:00:00Z'))).toBe(DEMO_CASES.length);
    const states = (
      await t.ctx.db.query<{ state: string }>(sql`SELECT DISTINCT state FROM supervision_cases`)
    ).map((r) => r.state);
    // without LibreOffice no decision can be sealed (第十条): those cases wait at the seal
    expect(states.sort()).toEqual(
      [
        ...(HAS_PDF ? ['decided', 'executed', 'under_review'] : []),
        'archived',
        'closed',
        'decision_pending',
        'filing_pending',
        'investigating',
        'not_filed',
        'notice_issued',
        'registered',
        'transferred',
      ].sort(),
    );
    const [{ steps }] = await t.ctx.db.query<{ steps: number }>(
      sql`SELECT count(*)::int AS steps FROM case_steps`,
    );
    const [{ events }] = await t.ctx.db.query<{ events: number }>(
      sql`SELECT count(*)::int AS events FROM audit_events WHERE entity_type = 'case'`,
    );
    expect(events).toBe(steps + DEMO_CASES.length);
    expect((await verifyAuditChain(t.ctx.db)).ok).toBe(true);
    expect(await seedDemoCases(t.ctx.db, new Date('2026-11-26T02:00:00Z'))).toBe(0);
    const city = await t.login('city-sup1');
    const overdue = (await city.get('/api/v1/cases?overdue=true')).json();
    expect(overdue.total).toBeGreaterThan(0);
  });

  it('demo acts are reported through the bulk use case, and the rules find what they should', async () => {
    const stored = await seedDemoActs(t.ctx.db, new Date('2026-11-26T02:00:00Z'));
    expect(stored).toBeGreaterThan(30);
    const rules = (
      await t.ctx.db.query<{ rule: string }>(
        sql`SELECT DISTINCT rule FROM warnings WHERE state = 'open' ORDER BY rule`,
      )
    ).map((r) => r.rule);
    expect(rules).toEqual(
      expect.arrayContaining([
        'deadline_overrun',
        'full_record',
        'legal_basis',
        'officer_certificate',
        'seal',
        'two_officers',
      ]),
    );
    expect(await seedDemoActs(t.ctx.db, new Date('2026-11-26T02:00:00Z'))).toBe(0);
  });

  it('第八条（一）: the demo evaluation is drawn and partly scored through the use cases, once', async () => {
    expect(await seedDemoEvaluation(t.ctx.db, new Date('2026-11-26T02:00:00Z'))).toBe(true);
    const [c] = await t.ctx.db.query<{ state: string; seed: string; files: number; open: number }>(sql`
      SELECT c.state, c.seed, (SELECT count(*)::int FROM evaluation_files f WHERE f.campaign_id = c.id) AS files,
        (SELECT count(*)::int FROM evaluation_sheets s JOIN evaluation_files f ON f.id = s.file_id
          WHERE f.campaign_id = c.id AND s.submitted_at IS NULL) AS open
      FROM evaluation_campaigns c`);
    expect(c).toEqual({ state: 'scoring', seed: 'demo-zezhou-2026', files: 4, open: 1 });
    expect(await seedDemoEvaluation(t.ctx.db, new Date('2026-11-26T02:00:00Z'))).toBe(false);
  });

  it('move with the day they are loaded', async () => {
    const other = await startTestApp();
    try {
      await seedDemoCases(other.ctx.db, new Date('2027-03-01T02:00:00Z'));
      const [{ max }] = await other.ctx.db.query<{ max: string }>(
        sql`SELECT max(registered_on)::text AS max FROM supervision_cases`,
      );
      expect(max).toBe('2027-02-27');
      const states = await other.ctx.db.query(sql`SELECT DISTINCT state FROM supervision_cases`);
      expect(states).toHaveLength(HAS_PDF ? 12 : 9);
    } finally {
      await other.close();
    }
  });
});
