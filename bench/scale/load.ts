// The province's five years of records by COPY: enforcement acts (2021–2025) with the
// officers who acted and a warning on about one act in twenty (第十五条 to 第十七条), and
// supervision cases with their petitions and timelines. A case is a copy of one of the demo's
// cases — built step by step through the real procedure — moved to another agency and date,
// so its facts and steps are those the case page really reads; most are closed, as in a year
// of real work.
import { randomUUID } from 'node:crypto';
import { mulberry32 } from '@jiandu/procedure';
import type pg from 'pg';
import { type Cell, copyInto, json } from './copy.ts';
import type { Agency, Province } from './province.ts';

const DAY = 86_400_000;
const START = Date.parse('2021-01-01');
const DAYS = 5 * 365;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

const KINDS = [
  'penalty',
  'penalty',
  'inspection',
  'inspection',
  'inspection',
  'licensing',
  'coercion',
  'levy',
];
const AREAS = ['市场监管', '交通运输', '生态环境', '应急管理', '城市管理', '自然资源', '卫生健康'];
const RULES: [rule: string, article: string, zh: string, en: string][] = [
  ['legal_basis', 'art15.1.2', '未引用法律依据', 'No legal basis cited'],
  ['two_officers', 'art17.1.10', '执法人员少于两人', 'Fewer than two officers'],
  ['seal', 'art15.1.3', '执法决定书未加盖有效印章', 'Decision without a valid seal'],
  ['full_record', 'art17.1.8', '未按要求进行全过程记录', 'No full-process record'],
  ['deadline_overrun', 'art16.1.1', '超过法定办理期限', 'Statutory time limit exceeded'],
];

const ACT_COLS =
  'id, agency_id, region_code, case_number, kind, area, decision_date, parties, facts, legal_basis, seal_present, discretion_level, deadlines, full_record, outcome, content_sha256, reported_at';
const HASH = '0'.repeat(64);

export async function loadActs(
  pool: pg.Pool,
  p: Province,
  n: number,
  tick: (what: string, k: number) => void,
) {
  // seeded (the evaluation draw's generator), so two runs load the same province
  const rnd = mulberry32(7);
  const links: Cell[][] = [];
  const keys: Cell[][] = [];
  const warnings: Cell[][] = [];
  // the year partitions of the acts' dates (migration 0080), as ingestion would create them
  await pool.query('SELECT enforcement_acts_year(y) FROM generate_series($1::int, $2::int) AS y', [
    Number(iso(START).slice(0, 4)),
    Number(iso(START + (DAYS - 1) * DAY).slice(0, 4)),
  ]);
  const pick = (a: Agency) => a.officers[Math.floor(rnd() * a.officers.length)];
  // acts and their links are made together; links and warnings of a chunk go in after the acts
  let made = 0;
  function* acts(from: number, to: number): Generator<Cell[]> {
    for (let i = from; i < to; i++) {
      const a = p.agencies[Math.floor(rnd() * p.agencies.length)];
      const day = START + Math.floor(rnd() * DAYS) * DAY;
      const d = iso(day);
      const id = randomUUID();
      const alone = rnd() < 0.02;
      const o1 = pick(a);
      const o2 = a.officers.find((o) => o !== o1)!;
      const caseNumber = `执〔${d.slice(0, 4)}〕${i + 1}号`;
      links.push([id, o1, d, a.regionCode]);
      keys.push([a.id, caseNumber, id, d, HASH, a.regionCode]);
      if (!alone) links.push([id, o2, d, a.regionCode]);
      const basis = rnd() < 0.01 ? [] : ['《中华人民共和国行政处罚法》第二十八条'];
      yield [
        id,
        a.id,
        a.regionCode,
        caseNumber,
        KINDS[i % KINDS.length],
        AREAS[i % AREAS.length],
        d,
        json([{ name: `当事人${i % 997}`, kind: i % 3 ? 'organisation' : 'person' }]),
        '经查，当事人存在违法行为。',
        json(basis),
        rnd() > 0.01,
        '一般',
        json([{ label: '作出决定', due: d, metOn: d }]),
        rnd() > 0.01,
        '罚款',
        HASH,
        new Date(day + 3 * DAY).toISOString(),
      ];
      if (rnd() < 0.05) {
        const [rule, article, zh, en] = alone ? RULES[1] : RULES[Math.floor(rnd() * RULES.length)];
        const r = rnd();
        const state = r < 0.4 ? 'open' : r < 0.7 ? 'dismissed' : 'cleared';
        const raised = new Date(day + 3 * DAY);
        warnings.push([
          randomUUID(),
          id,
          a.id,
          a.regionCode,
          rule,
          article,
          null,
          zh,
          en,
          state,
          state === 'dismissed' ? '经核实，情况属实且已说明' : null,
          raised.toISOString(),
          state === 'open' ? null : new Date(raised.getTime() + 20 * DAY).toISOString(),
        ]);
      }
      made++;
      if (made % 20_000 === 0) tick('enforcement_acts', made);
    }
  }
  const CHUNK = 500_000;
  for (let done = 0; done < n; done += CHUNK) {
    await copyInto(pool, 'enforcement_acts', ACT_COLS, acts(done, Math.min(n, done + CHUNK)));
    await copyInto(
      pool,
      'act_keys',
      'agency_id, case_number, act_id, decision_date, content_sha256, region_code',
      keys.splice(0),
    );
    await copyInto(pool, 'act_officers', 'act_id, officer_id, decision_date, region_code', links.splice(0));
    await copyInto(
      pool,
      'warnings',
      'id, act_id, agency_id, region_code, rule, article, officer_id, message, message_en, state, reason, raised_at, closed_at',
      warnings.splice(0),
    );
  }
}

interface Template {
  state: string;
  pack_id: string;
  title: string;
  facts: unknown;
  steps: {
    n: number;
    action: string;
    from_state: string;
    to_state: string;
    article: string;
    actor_id: string | null;
    actor_name: string;
    payload: unknown;
    documents: unknown;
    offset: number;
  }[];
}

/** how cases are spread over states after five years: most are long finished */
const STATE_WEIGHT: Record<string, number> = {
  closed: 45,
  archived: 25,
  not_filed: 8,
  transferred: 4,
  executed: 3,
  registered: 2,
  filing_pending: 2,
  investigating: 3,
  notice_issued: 2,
  decision_pending: 2,
  decided: 2,
  under_review: 2,
};

async function templates(pool: pg.Pool): Promise<Template[]> {
  const cases = await pool.query(
    `SELECT id, state, pack_id, title, facts, registered_on FROM supervision_cases`,
  );
  const out: Template[] = [];
  for (const c of cases.rows) {
    const steps = await pool.query(
      `SELECT n, action, from_state, to_state, article, actor_id, actor_name, on_day, payload, documents FROM case_steps WHERE case_id = $1 ORDER BY n`,
      [c.id],
    );
    out.push({
      state: c.state,
      pack_id: c.pack_id,
      title: c.title,
      facts: c.facts,
      steps: steps.rows.map((s) => ({
        ...s,
        offset: Math.round((Date.parse(s.on_day) - Date.parse(c.registered_on)) / DAY),
      })),
    });
  }
  return out;
}

const SOURCES = ['information', 'campaign', 'assigned', 'inspection', 'evaluation'];

export async function loadCases(
  pool: pg.Pool,
  p: Province,
  n: number,
  tick: (what: string, k: number) => void,
) {
  const rnd = mulberry32(11);
  const tpl = await templates(pool);
  // a weighted list of the templates: each state's weight shared among the demo cases in it
  const weighted: Template[] = [];
  for (const t of tpl) {
    const same = tpl.filter((u) => u.state === t.state).length;
    const w = Math.max(1, Math.round(((STATE_WEIGHT[t.state] ?? 1) * 10) / same));
    for (let k = 0; k < w; k++) weighted.push(t);
  }
  const organOf = new Map(p.agencies.map((a) => [a.regionCode, a.organId]));
  const petitions: Cell[][] = [];
  const steps: Cell[][] = [];
  let made = 0;
  function* cases(m: number): Generator<Cell[]> {
    for (let k = 0; k < m; k++) {
      const i = made++;
      const t = weighted[Math.floor(rnd() * weighted.length)];
      const a = p.agencies[Math.floor(rnd() * p.agencies.length)];
      const reg = START + Math.floor(rnd() * DAYS) * DAY;
      const id = randomUUID();
      const fromPetition = rnd() < 0.8;
      const petitionId = fromPetition ? randomUUID() : null;
      if (petitionId) {
        const anonymous = rnd() < 0.1;
        petitions.push([
          petitionId,
          `${petitionId.replace(/-/g, '')}${i.toString(16).padStart(32, '0')}`,
          anonymous ? 'report' : (['application', 'complaint', 'report'] as const)[i % 3],
          (['public_web', 'paper', 'phone', 'hotline_12345', 'visit'] as const)[i % 5],
          anonymous,
          anonymous ? null : `来件人${i % 9973}`,
          null,
          null,
          a.id,
          a.regionCode,
          iso(reg - 10 * DAY),
          t.title,
          null,
          new Date(reg).toISOString(),
        ]);
      }
      let last = reg;
      for (const s of t.steps) {
        const on = reg + Math.max(0, s.offset) * DAY;
        last = Math.max(last, on);
        steps.push([
          id,
          a.regionCode,
          s.n,
          s.action,
          s.from_state,
          s.to_state,
          s.article,
          s.actor_id,
          s.actor_name,
          iso(on),
          new Date(on + 3_600_000).toISOString(),
          json(s.payload),
          json(s.documents),
        ]);
      }
      // as registration sets it (第十条): a county's cases would be reviewed by its city's organ
      const reviewing = a.regionCode.endsWith('00') ? null : organOf.get(`${a.regionCode.slice(0, 4)}00`);
      const updated = new Date(last + 3_600_000 + Math.floor(rnd() * 3_600_000));
      yield [
        id,
        fromPetition ? 'petition' : SOURCES[i % SOURCES.length],
        petitionId,
        a.organId,
        a.id,
        a.regionCode,
        reviewing ?? null,
        t.pack_id,
        t.title,
        t.state,
        json(t.facts),
        iso(reg),
        t.steps.length ? iso(reg + DAY) : null,
        1 + t.steps.length,
        new Date(reg).toISOString(),
        updated.toISOString(),
        // 案号 (0072): unique, apart from the demo's own numbers
        `基准案〔${iso(reg).slice(0, 4)}〕${i + 1}号`,
      ];
      if (made % 20_000 === 0) tick('supervision_cases', made);
    }
  }
  const CHUNK = 200_000;
  for (let done = 0; done < n; done += CHUNK) {
    const m = Math.min(CHUNK, n - done);
    // the petitions of a chunk are made with its cases and must be there before them
    const rows = [...cases(m)];
    await copyInto(
      pool,
      'petitions',
      'id, tracking_hash, kind, channel, anonymous, petitioner_name, petitioner_phone, petitioner_address, agency_id, region_code, occurred_on, summary, duplicate_of, received_at',
      petitions.splice(0),
    );
    await copyInto(
      pool,
      'supervision_cases',
      'id, source, petition_id, organ_id, agency_id, region_code, reviewing_organ_id, pack_id, title, state, facts, registered_on, filed_on, version, created_at, updated_at, case_number',
      rows,
    );
    await copyInto(
      pool,
      'case_steps',
      'case_id, region_code, n, action, from_state, to_state, article, actor_id, actor_name, on_day, at, payload, documents',
      steps.splice(0),
    );
  }
}
