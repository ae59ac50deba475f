// Accountability (第十六条 to 第十八条) through the API: the ladder's order, the seizure of a
// certificate as a measure, scope, validation, and the automatic proposals.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../apps/api/src/audit/verify.ts';
import { sql } from '../../apps/api/src/db/sql.ts';
import { seedDemoAccountability } from '../../apps/api/src/seeds/demo-accountability.ts';
import { seedDemoCases } from '../../apps/api/src/seeds/demo-cases.ts';
import { type Client, startTestApp, type TestApp } from '../helpers/app.ts';

const NOW = new Date('2026-11-26T02:00:00Z');
let t: TestApp;
let ids: Record<string, string>;
let sup: Client;
let head: Client;
beforeAll(async () => {
  t = await startTestApp({ now: NOW });
  ids = Object.fromEntries(
    [
      ...(await t.ctx.db.query<{ k: string; id: string }>(sql`SELECT name AS k, id FROM organisations`)),
      ...(await t.ctx.db.query<{ k: string; id: string }>(sql`SELECT username AS k, id FROM users`)),
      ...(await t.ctx.db.query<{ k: string; id: string }>(sql`SELECT name AS k, id FROM officers`)),
    ].map((r) => [r.k, r.id]),
  );
  [sup, head] = await Promise.all([t.login('zezhou-sup1'), t.login('zezhou-head')]);
});
afterAll(() => t.close());

const count = async (table: string) =>
  (await t.ctx.db.query<{ n: number }>(sql`SELECT count(*)::int AS n FROM ${sql.raw(table)}`))[0].n;

interface Matter {
  id: string;
  version: number;
  state: string;
  measures: { id: string; kind: string; status: string; actions: { approve: boolean } }[];
  ladder: { code: string; allowed: boolean; refusal: { article: string } | null }[];
  actions: Record<string, boolean>;
}

async function open(subjectKind: string, subjectId: string, grounds: string[]): Promise<Matter> {
  const res = await sup.post('/api/v1/accountability', {
    subjectKind,
    subjectId,
    grounds,
    facts: '经查属实。',
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

/** a supervisor drafts, the head approves; answers the matter after approval */
async function take(m: Matter, kind: string, extra: object = {}): Promise<Matter> {
  const drafted = await sup.post(`/api/v1/accountability/${m.id}/measures`, {
    version: m.version,
    kind,
    ...extra,
  });
  expect(drafted.statusCode, drafted.body).toBe(201);
  const d: Matter = drafted.json();
  const draft = d.measures.find((x) => x.status === 'drafted')!;
  expect(draft.actions.approve).toBe(false);
  const ok = await head.post(`/api/v1/accountability/${m.id}/measures/${draft.id}/approve`, {
    version: d.version,
  });
  expect(ok.statusCode, ok.body).toBe(200);
  return ok.json();
}

describe('第十六条 an agency', () => {
  it('第十六条: 通报批评 before the order’s deadline is refused citing 第十六条; after it, allowed', async () => {
    let m = await open('agency', ids.泽州县交通运输局, ['art16.1.10']);
    expect(m.state).toBe('open');
    const early = await sup.post(`/api/v1/accountability/${m.id}/measures`, {
      version: m.version,
      kind: 'circulate_criticism',
    });
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ article: 'art16.1', type: 'urn:jiandu:problem:refused_by_law' });
    expect(early.json().article_text).toContain('第十六条');
    expect(early.json().detail).toContain('责令限期改正');
    m = await take(m, 'order_correction_deadline', { deadline: '2026-12-10' });
    expect(m.ladder.find((r) => r.code === 'circulate_criticism')).toMatchObject({
      allowed: false,
      refusal: { article: 'art16.1' },
    });
    const beforeDeadline = await sup.post(`/api/v1/accountability/${m.id}/measures`, {
      version: m.version,
      kind: 'circulate_criticism',
    });
    expect(beforeDeadline.statusCode).toBe(422);
    expect(beforeDeadline.json().detail).toContain('2026-12-10');
    t.clock.now = new Date('2026-12-11T02:00:00Z');
    // sessions idle for two weeks have ended: log in again on the later day
    [sup, head] = await Promise.all([t.login('zezhou-sup1'), t.login('zezhou-head')]);
    try {
      m = await take(m, 'circulate_criticism');
      expect(m.measures.map((x) => [x.kind, x.status])).toEqual([
        ['order_correction_deadline', 'approved'],
        ['circulate_criticism', 'approved'],
      ]);
      const closed = await sup.post(`/api/v1/accountability/${m.id}/close`, {
        version: m.version,
        reason: '已通报',
      });
      expect(closed.statusCode, closed.body).toBe(200);
      expect(closed.json().state).toBe('closed');
    } finally {
      t.clock.now = NOW;
      [sup, head] = await Promise.all([t.login('zezhou-sup1'), t.login('zezhou-head')]);
    }
  });

  it('第十六条: a correction reported by the deadline ends the ladder', async () => {
    let m = await open('agency', ids.泽州县市场监督管理局, ['art16.1.2']);
    m = await take(m, 'order_correction_deadline', { deadline: '2026-12-10' });
    const c = await sup.post(`/api/v1/accountability/${m.id}/correction`, {
      version: m.version,
      reportedOn: '2026-11-26',
    });
    expect(c.statusCode, c.body).toBe(200);
    m = c.json();
    expect(m.ladder.every((r) => !r.allowed)).toBe(true);
    const serious = await sup.post(`/api/v1/accountability/${m.id}/measures`, {
      version: m.version,
      kind: 'sanction_responsible_persons',
      reasons: '情节严重',
    });
    expect(serious.statusCode).toBe(409);
    expect(serious.json().article).toBe('art16.1');
  });

  it('第十六条: 处分 needs the reasons for 情节严重, and a supervisor cannot approve', async () => {
    let m = await open('agency', ids.泽州县应急管理局, ['art16.1.9']);
    m = await take(m, 'order_correction_deadline', { deadline: '2026-12-10' });
    const bare = await sup.post(`/api/v1/accountability/${m.id}/measures`, {
      version: m.version,
      kind: 'sanction_responsible_persons',
    });
    expect(bare.statusCode).toBe(422);
    expect(bare.json().fields[0].field).toBe('reasons');
    const drafted = (
      await sup.post(`/api/v1/accountability/${m.id}/measures`, {
        version: m.version,
        kind: 'sanction_responsible_persons',
        reasons: '多次拒绝监督人员调阅案卷',
      })
    ).json() as Matter;
    const draft = drafted.measures.find((x) => x.status === 'drafted')!;
    const bySup = await sup.post(`/api/v1/accountability/${m.id}/measures/${draft.id}/approve`, {
      version: drafted.version,
    });
    expect(bySup.statusCode).toBe(403);
  });
});

describe('第十七条 an officer', () => {
  it('第十七条, 第七条（八）: approving 暂扣行政执法证件 seizes the certificate in the same step', async () => {
    let m = await open('officer', ids.李建军, ['art17.1.2']);
    const before = await count('certificate_events');
    m = await take(m, 'seize_certificate', { reasons: '超越职权实施检查' });
    const officer = (await head.get(`/api/v1/officers/${ids.李建军}`)).json();
    expect(officer.certificates[0].status).toBe('seized');
    expect(officer.certificates[0].history.at(-1)).toMatchObject({ to: 'seized', article: 'art7.1.8' });
    expect(await count('certificate_events')).toBe(before + 1);
    const [measure] = await t.ctx.db.query<{ certificate_id: string | null }>(
      sql`SELECT certificate_id FROM accountability_measures WHERE matter_id = ${m.id}`,
    );
    expect(measure.certificate_id).toBe(officer.certificates[0].id);
    // one transaction, one request: the certificate's event and the approval are audited together
    const last = await t.ctx.db.query<{ action: string; request_id: string }>(
      sql`SELECT action, request_id FROM audit_events ORDER BY seq DESC LIMIT 2`,
    );
    expect(last.map((e) => e.action)).toEqual(['accountability.approve_measure', 'certificate.seize']);
    expect(last[0].request_id).toBe(last[1].request_id);
    // the supervisor may now draft 处分 (with reasons), not the same measure twice
    m = (await sup.get(`/api/v1/accountability/${m.id}`)).json();
    expect(m.ladder.find((r) => r.code === 'sanction')?.allowed).toBe(true);
    expect(m.ladder.find((r) => r.code === 'seize_certificate')?.allowed).toBe(false);
    expect((await verifyAuditChain(t.ctx.db)).ok).toBe(true);
  });

  it('第七条（八）: a certificate already seized cannot be seized again as a measure', async () => {
    const m = await open('officer', ids.刘洋, ['art17.1.2']);
    const res = await sup.post(`/api/v1/accountability/${m.id}/measures`, {
      version: m.version,
      kind: 'seize_certificate',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().article).toBe('art7.1.8');
    expect(m.ladder.find((r) => r.code === 'seize_certificate')).toMatchObject({ allowed: false });
  });

  it('第十七条: 处分 before any milder measure is refused citing 第十七条', async () => {
    const m = await open('officer', ids.王秀英, ['art17.1.8']);
    const res = await sup.post(`/api/v1/accountability/${m.id}/measures`, {
      version: m.version,
      kind: 'sanction',
      reasons: '情节严重',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().article).toBe('art17.1');
  });
});

describe('第二条, 第四条 scope and input', () => {
  it('第四条: a Gaoping supervisor cannot see a Zezhou matter (404), nor find it in the list', async () => {
    const m = await open('agency', ids.泽州县交通运输局, ['art16.1.1']);
    const gaoping = await t.login('gaoping-sup1');
    expect((await gaoping.get(`/api/v1/accountability/${m.id}`)).statusCode).toBe(404);
    expect(
      (await gaoping.post(`/api/v1/accountability/${m.id}/dismiss`, { version: m.version, reason: '无' }))
        .statusCode,
    ).toBe(404);
    const list = (await gaoping.get('/api/v1/accountability?limit=500')).json();
    expect(list.items.some((x: { id: string }) => x.id === m.id)).toBe(false);
    const city = await t.login('city-sup1');
    expect((await city.get(`/api/v1/accountability/${m.id}`)).statusCode).toBe(200);
    expect((await (await t.login('zezhou-liaison')).get('/api/v1/accountability')).statusCode).toBe(403);
  });

  it('第十六条至第十八条: bad input answers 4xx naming the field, and writes nothing', async () => {
    const before = await count('accountability_matters');
    const measures = await count('accountability_measures');
    const audit = await count('audit_events');
    const foreign = await sup.post('/api/v1/accountability', {
      subjectKind: 'agency',
      subjectId: ids.泽州县交通运输局,
      grounds: ['art17.1.1'],
      facts: '经查属实。',
    });
    expect(foreign.statusCode).toBe(422);
    expect(foreign.json()).toMatchObject({ article: 'art16.1', fields: [{ field: 'grounds' }] });
    const noFacts = await sup.post('/api/v1/accountability', {
      subjectKind: 'agency',
      subjectId: ids.泽州县交通运输局,
      grounds: ['art16.1.1'],
    });
    expect(noFacts.statusCode).toBe(400);
    expect(noFacts.json().fields[0].field).toBe('facts');
    const outside = await sup.post('/api/v1/accountability', {
      subjectKind: 'agency',
      subjectId: ids.高平市交通运输局,
      grounds: ['art16.1.1'],
      facts: '经查属实。',
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().fields[0].field).toBe('subjectId');
    const m = await open('agency', ids.泽州县交通运输局, ['art16.1.3']);
    const noDeadline = await sup.post(`/api/v1/accountability/${m.id}/measures`, {
      version: m.version,
      kind: 'order_correction_deadline',
    });
    expect(noDeadline.statusCode).toBe(422);
    expect(noDeadline.json().fields[0].field).toBe('deadline');
    const badKind = await sup.post(`/api/v1/accountability/${m.id}/measures`, {
      version: m.version,
      kind: 'fine',
    });
    expect(badKind.statusCode).toBe(400);
    expect(badKind.json().fields[0].field).toBe('kind');
    expect(await count('accountability_matters')).toBe(before + 1);
    expect(await count('accountability_measures')).toBe(measures);
    expect(await count('audit_events')).toBe(audit + 1);
    const stale = await sup.post(`/api/v1/accountability/${m.id}/dismiss`, {
      version: m.version + 5,
      reason: '无',
    });
    expect(stale.statusCode).toBe(409);
  });
});

describe('第四章 automatic proposals', () => {
  it('第十六条（十）, 第十七条, 第十八条（一）: proposals link their source, are confirmed or dismissed, and are never made twice', async () => {
    await seedDemoCases(t.ctx.db, NOW);
    // 刘洋's certificate was seized by the demo seed; an act naming him raises the warning
    const [cert] = await t.ctx.db.query<{ number: string }>(
      sql`SELECT c.number FROM certificates c WHERE c.officer_id = ${ids.刘洋}`,
    );
    const liaison = await t.login('zezhou-liaison');
    const acts = await liaison.post('/api/v1/acts/batch', {
      agencyId: ids.泽州县市场监督管理局,
      atomic: true,
      acts: [
        {
          caseNumber: '泽市监罚〔2026〕901号',
          kind: 'penalty',
          area: '市场监管',
          decisionDate: '2026-11-20',
          officers: [cert.number],
          parties: [{ name: '某商店', kind: 'organisation' }],
          facts: '销售过期食品。',
          legalBasis: ['《中华人民共和国食品安全法》第一百二十四条'],
          sealPresent: true,
          discretionLevel: '一般',
          deadlines: [{ label: '作出处罚决定', due: '2026-11-25', metOn: '2026-11-20' }],
          fullRecord: true,
        },
      ],
    });
    expect(acts.statusCode, acts.body).toBeLessThan(300);
    const city = await t.login('city-sup1');
    const first = await city.post('/api/v1/accountability/proposals/run', {});
    expect(first.statusCode, first.body).toBe(200);
    const kinds = first.json().proposed.map((p: { subjectKind: string }) => p.subjectKind);
    expect(kinds).toContain('agency');
    expect(kinds).toContain('officer');
    const again = await city.post('/api/v1/accountability/proposals/run', {});
    expect(again.json().proposed).toEqual([]);
    expect((await sup.post('/api/v1/accountability/proposals/run', {})).json().proposed).toEqual([]);

    const officer = first.json().proposed.find((p: { subjectKind: string }) => p.subjectKind === 'officer');
    const p = (await sup.get(`/api/v1/accountability/${officer.id}`)).json();
    expect(p).toMatchObject({ state: 'proposed', origin: 'automatic', grounds: ['art17.1.10'] });
    expect(p.sources[0]).toMatchObject({ kind: 'warning', note: '泽市监罚〔2026〕901号' });
    expect(p.actions).toMatchObject({ confirm: true, dismiss: true, draft: false });
    const empty = await sup.post(`/api/v1/accountability/${p.id}/confirm`, {
      version: p.version,
      reason: ' ',
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().fields[0].field).toBe('reason');
    const confirmed = await sup.post(`/api/v1/accountability/${p.id}/confirm`, {
      version: p.version,
      reason: '核实：暂扣期间仍在执法文书上署名',
    });
    expect(confirmed.json()).toMatchObject({ state: 'open' });

    const agency = first.json().proposed.find((x: { subjectKind: string }) => x.subjectKind === 'agency');
    const a = (await city.get(`/api/v1/accountability/${agency.id}`)).json();
    expect(a.sources[0].kind).toBe('case');
    expect(a.grounds).toEqual(['art16.1.10']);
    // dismissed proposals are not proposed again either
    const organ = await t.login(
      a.organName === '晋城市司法局'
        ? 'city-sup1'
        : a.organName.startsWith('泽州')
          ? 'zezhou-sup1'
          : 'gaoping-sup1',
    );
    const dismissed = await organ.post(`/api/v1/accountability/${a.id}/dismiss`, {
      version: a.version,
      reason: '已说明正当理由',
    });
    expect(dismissed.json().state).toBe('dismissed');
    expect((await city.post('/api/v1/accountability/proposals/run', {})).json().proposed).toEqual([]);

    // 第十八条（一）: weeks later, a case still waiting on its supervisor past the grace period
    t.clock.now = new Date('2027-01-15T02:00:00Z');
    try {
      const later = await t.login('city-sup1');
      const run = (await later.post('/api/v1/accountability/proposals/run', {})).json();
      const sv = run.proposed.find((x: { subjectKind: string }) => x.subjectKind === 'supervisor');
      expect(sv).toBeDefined();
      const s = (await later.get(`/api/v1/accountability/${sv.id}`)).json();
      expect(s).toMatchObject({ grounds: ['art18.1.1'], state: 'proposed' });
      expect(s.sources[0].kind).toBe('case');
      expect((await later.post('/api/v1/accountability/proposals/run', {})).json().proposed).toEqual([]);
    } finally {
      t.clock.now = NOW;
    }
    expect((await verifyAuditChain(t.ctx.db)).ok).toBe(true);
  });
});

describe('第四章 demo data', () => {
  it('第十六条, 第十七条: the demo seed leaves proposals and open matters, once', async () => {
    const demo = await startTestApp({ now: NOW });
    try {
      await seedDemoCases(demo.ctx.db, NOW);
      expect(await seedDemoAccountability(demo.ctx.db, NOW)).toBeGreaterThan(2);
      expect(await seedDemoAccountability(demo.ctx.db, NOW)).toBe(0);
      const zz = await demo.login('zezhou-sup1');
      const open = (await zz.get('/api/v1/accountability?state=open')).json();
      expect(open.items.map((m: { subjectKind: string }) => m.subjectKind).sort()).toEqual(
        expect.arrayContaining(['agency', 'officer']),
      );
      expect((await zz.get('/api/v1/accountability?state=proposed')).json().total).toBeGreaterThan(0);
      expect((await verifyAuditChain(demo.ctx.db)).ok).toBe(true);
    } finally {
      await demo.close();
    }
  });
});
