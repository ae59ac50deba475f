// Many people at once on the same thing: exactly one wins where only one may — the same step of
// the same case, the same certificate, the same evaluation's draw — and the others are told
// why; nothing is half done, every winner's audit event is there, and nothing deadlocks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../apps/api/src/audit/verify.ts';
import { sql } from '../../apps/api/src/db/sql.ts';
import { type Client, startTestApp, type TestApp } from '../helpers/app.ts';
import { seedEverything } from '../helpers/records.ts';

const N = 12;
let t: TestApp;
let heads: Client[];
let sups: Client[];
beforeAll(async () => {
  t = await startTestApp();
  await seedEverything(t);
  // several sessions of the same people, as several browser tabs would be
  heads = await Promise.all(Array.from({ length: 3 }, () => t.login('zezhou-head')));
  sups = await Promise.all(Array.from({ length: 3 }, () => t.login('zezhou-sup1')));
});
afterAll(() => t.close());

const count = async (q: ReturnType<typeof sql>) => (await t.ctx.db.query<{ n: number }>(q))[0].n;
const statuses = (rs: { statusCode: number }[]) =>
  rs.reduce<Record<number, number>>((m, r) => {
    m[r.statusCode] = (m[r.statusCode] ?? 0) + 1;
    return m;
  }, {});

describe('concurrency', () => {
  it('第九条（一）: the same filing approved twelve times at once is approved once', async () => {
    const [kase] = await t.ctx.db.query<{ id: string; version: number }>(
      sql`SELECT id, version FROM supervision_cases WHERE state = 'filing_pending' AND region_code = '140525' LIMIT 1`,
    );
    const steps = await count(sql`SELECT count(*)::int AS n FROM case_steps WHERE case_id = ${kase.id}`);
    const rs = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        heads[i % heads.length].post(`/api/v1/cases/${kase.id}/actions`, {
          version: kase.version,
          action: { type: 'approve_filing', opinion: '同意立案，由杨帆、周杰承办。' },
        }),
      ),
    );
    expect(statuses(rs)).toEqual({ 200: 1, 409: N - 1 });
    for (const r of rs.filter((x) => x.statusCode === 409)) expect(r.json().title_en).toBeTruthy();
    expect(await count(sql`SELECT count(*)::int AS n FROM case_steps WHERE case_id = ${kase.id}`)).toBe(
      steps + 1,
    );
    expect(
      await count(
        sql`SELECT count(*)::int AS n FROM audit_events WHERE entity_id = ${kase.id} AND action = 'case.approve_filing'`,
      ),
    ).toBe(1);
  });

  it('第七条（八）: a certificate seized twelve times at once is seized once, with one event', async () => {
    const [cert] = await t.ctx.db.query<{ id: string; version: number }>(sql`
      SELECT c.id, c.version FROM certificates c JOIN officers o ON o.id = c.officer_id
      WHERE o.region_code = '140525' AND c.kind = 'enforcement' AND c.status = 'valid' ORDER BY c.number LIMIT 1`);
    const rs = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        heads[i % heads.length].post(`/api/v1/certificates/${cert.id}/actions`, {
          version: cert.version,
          action: 'seize',
          reason: `并发暂扣 ${i}`,
        }),
      ),
    );
    expect(rs.filter((r) => r.statusCode === 200)).toHaveLength(1);
    expect(rs.every((r) => r.statusCode === 200 || r.statusCode === 409)).toBe(true);
    expect(
      await count(
        sql`SELECT count(*)::int AS n FROM certificate_events WHERE certificate_id = ${cert.id} AND to_status = 'seized'`,
      ),
    ).toBe(1);
  });

  it('第八条（一）: an evaluation drawn twelve times at once is drawn once', async () => {
    const made = await sups[0].post('/api/v1/evaluations', {
      title: '并发抽取',
      periodFrom: '2026-01-01',
      periodTo: '2026-11-25',
      agencyIds: [
        (
          await t.ctx.db.query<{ id: string }>(
            sql`SELECT id FROM organisations WHERE name = '泽州县市场监督管理局'`,
          )
        )[0].id,
      ],
      filesPerAgency: 3,
      reviewersPerFile: 1,
      reviewerIds: [
        (await t.ctx.db.query<{ id: string }>(sql`SELECT id FROM users WHERE username = 'zezhou-sup2'`))[0]
          .id,
      ],
    });
    const id = made.json().id;
    const rs = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        sups[i % sups.length].post(`/api/v1/evaluations/${id}/draw`, {
          version: 1,
          seed: `concurrent-seed-${i}`,
        }),
      ),
    );
    expect(rs.filter((r) => r.statusCode === 200)).toHaveLength(1);
    expect(await count(sql`SELECT count(*)::int AS n FROM evaluation_files WHERE campaign_id = ${id}`)).toBe(
      3,
    );
    const [c] = await t.ctx.db.query<{ seed: string }>(
      sql`SELECT seed FROM evaluation_campaigns WHERE id = ${id}`,
    );
    expect(rs.find((r) => r.statusCode === 200)!.json().seed).toBe(c.seed);
  });

  it('第二条: steps on many cases of one county at once all land, and the list’s totals stay exact', async () => {
    const cases = await t.ctx.db.query<{ id: string; version: number; state: string }>(sql`
      SELECT id, version, state FROM supervision_cases
      WHERE region_code = '140525' AND state IN ('registered', 'filing_pending') ORDER BY id`);
    expect(cases.length).toBeGreaterThan(1);
    // one county's cases share the rollup's rows (0016): each step waits for the other's lock, none deadlocks
    const rs = await Promise.all(
      cases.map((c, i) =>
        c.state === 'registered'
          ? sups[i % sups.length].post(`/api/v1/cases/${c.id}/actions`, {
              version: c.version,
              action: {
                type: 'draft_filing',
                caseName: '检查时未出示执法证件案',
                proposal: 'file',
                reason: '属于本机关监督范围',
              },
            })
          : heads[i % heads.length].post(`/api/v1/cases/${c.id}/actions`, {
              version: c.version,
              action: { type: 'approve_filing', opinion: '同意立案，由杨帆、周杰承办。' },
            }),
      ),
    );
    expect(statuses(rs)).toEqual({ 200: cases.length });
    expect(
      await t.ctx.db.query(
        sql`SELECT region_code, state, source, n FROM case_totals WHERE n > 0 ORDER BY 1, 2, 3`,
      ),
    ).toEqual(
      await t.ctx.db.query(sql`
        SELECT region_code, state, source, count(*)::int AS n FROM supervision_cases GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`),
    );
  });

  it('the audit chain holds after all of it', async () => {
    expect((await verifyAuditChain(t.ctx.db)).ok).toBe(true);
  });
});
