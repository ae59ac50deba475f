// A dozen demo cases in every state of the procedure, across the city, 泽州县 and 高平市,
// built step by step through the same use cases (and so the same decide()) that staff use,
// with the dates on which each step was taken.
import { addDays } from '@jiandu/calendar';
import type { CaseAction } from '@jiandu/procedure';
import { auditActor } from '../access/actor.ts';
import { actorByUsername } from '../access/load-actor.ts';
import { PUBLIC_ACTOR } from '../audit/record.ts';
import type { Db } from '../db/client.ts';
import { sql } from '../db/sql.ts';
import { libreOfficeAvailable } from '../documents/pdf/converter.ts';
import { actOnCase, registerPetition } from '../domains/cases/service.ts';
import { shanghaiDate } from '../domains/cases/today.ts';

type Step = [day: string, username: string, action: CaseAction];
interface DemoCase {
  day: string;
  agency: string;
  kind: 'application' | 'complaint' | 'report';
  petitioner: string | null;
  summary: string;
  steps: Step[];
}

/** the two supervisors of each demo organ, as a head names them when assigning the case */
const PAIRS = { city: '王明、李华', zezhou: '杨帆、周杰', gaoping: '孙悦、何静' } as const;
/** the head's opinion on the form, in the words heads write (第九条（一）) */
const OPINIONS = {
  file: (org: keyof typeof PAIRS) => `同意立案，由${PAIRS[org]}承办。`,
  not_file: () => '同意不予立案，告知来件人理由。',
  transfer: () => '同意移送，抄告来件人。',
} as const;

const at = (day: string) => new Date(`${day}T02:30:00Z`);

function filing(
  org: 'city' | 'zezhou' | 'gaoping',
  day: string,
  proposal: 'file' | 'not_file' | 'transfer' = 'file',
  transferTo?: string,
): Step[] {
  return [
    [
      day,
      `${org}-sup1`,
      {
        type: 'draft_filing',
        caseName: '', // the 案由, stated for each case as it is seeded (caseName below)
        proposal,
        reason: '经初步审查，符合立案条件',
        transferTo,
      },
    ],
    [day, `${org}-head`, { type: 'approve_filing', opinion: OPINIONS[proposal](org) }],
  ];
}
/**
 * 第七条: a measure as the supervisors record it — an inquiry of the officer and the party where
 * the agency sits, taken on `on` (a day or two before it is written up), or the files consulted there
 */
const measure = (
  org: string,
  day: string,
  kind: 'inquiry' | 'consult_files' = 'consult_files',
  on = day,
): Step => [
  day,
  `${org}-sup1`,
  {
    type: 'record_measure',
    kind,
    supervisorIds: [`${org}-sup1`, `${org}-sup2`],
    summary: kind === 'inquiry' ? '询问执法人员和当事人' : '调取执法案卷',
    on,
    place: kind === 'inquiry' ? '被监督机关会议室' : '被监督机关档案室',
    ...(kind === 'inquiry'
      ? {
          persons: [
            { name: '刘建军', role: '执法人员' },
            { name: '陈立', role: '当事人委托代理人' },
          ],
        }
      : {}),
  },
];
type Act = Extract<CaseAction, { type: 'issue_notice' }>['act'];
/** 第九条（三）: the act supervised and what the investigation found, as the notice states them */
const notice = (
  org: string,
  day: string,
  deadline: string,
  finding: string,
  act: Act,
  found: string,
): Step => [day, `${org}-sup1`, { type: 'issue_notice', findings: [finding], deadline, act, found }];
function decision(org: string, day: string, served: string): Step[] {
  return [
    [
      day,
      `${org}-sup1`,
      {
        type: 'draft_decision',
        kind: 'order_correction',
        remedy: 'correct',
        grounds: ['art13.1.3'],
        deadline: '2026-12-31',
      },
    ],
    [day, `${org}-head`, { type: 'approve_decision' }],
    [day, `${org}-head`, { type: 'seal_decision' }],
    [served, `${org}-sup1`, { type: 'serve_decision', servedOn: served, receivedOn: served }],
  ];
}

export const DEMO_CASES: DemoCase[] = [
  {
    day: '2026-11-24',
    agency: '泽州县市场监督管理局',
    kind: 'complaint',
    petitioner: '王建国',
    summary: '对个体工商户的罚款未出具法定票据。',
    steps: [],
  },
  {
    day: '2026-11-23',
    agency: '泽州县交通运输局',
    kind: 'application',
    petitioner: '晋城市通达物流有限公司',
    summary: '车辆扣留超过法定期限未作处理决定。',
    steps: [
      [
        '2026-11-24',
        'zezhou-sup1',
        {
          type: 'draft_filing',
          caseName: '',
          proposal: 'file',
          reason: '反映超期扣留，属于监督范围',
        },
      ],
    ],
  },
  {
    day: '2026-11-02',
    agency: '高平市应急管理局',
    kind: 'complaint',
    petitioner: '李明',
    summary: '对安全生产检查结果有异议。',
    steps: filing('gaoping', '2026-11-04', 'not_file'),
  },
  {
    day: '2026-10-28',
    agency: '高平市自然资源局',
    kind: 'report',
    petitioner: null,
    summary: '举报执法人员收受好处费。',
    steps: filing('gaoping', '2026-10-30', 'transfer', '高平市纪委监委'),
  },
  {
    day: '2026-11-10',
    agency: '晋城市生态环境局',
    kind: 'complaint',
    petitioner: '晋城市鑫源化工有限公司',
    summary: '环保处罚未举行听证。',
    steps: [...filing('city', '2026-11-11'), measure('city', '2026-11-16', 'inquiry', '2026-11-13')],
  },
  {
    day: '2026-11-03',
    agency: '高平市市场监督管理局',
    kind: 'complaint',
    petitioner: '赵红',
    summary: '食品经营许可办理超过法定时限。',
    steps: [
      ...filing('gaoping', '2026-11-04'),
      measure('gaoping', '2026-11-09'),
      notice(
        'gaoping',
        '2026-11-12',
        '2026-12-10',
        'art13.1.1',
        {
          name: '作出食品经营许可决定',
          number: '高市监食许〔2026〕213号',
          madeOn: '2026-10-20',
          party: '高平市赵记餐饮店',
        },
        '你单位受理申请后超过法定期限作出许可决定，其间未作出延期决定；现场核查记录所载经营场所与申请材料不一致，认定事实的主要证据不足。',
      ),
    ],
  },
  {
    day: '2026-10-12',
    agency: '泽州县应急管理局',
    kind: 'complaint',
    petitioner: '泽州县华兴煤业有限公司',
    summary: '行政检查未出示执法证件。',
    steps: [
      ...filing('zezhou', '2026-10-13'),
      measure('zezhou', '2026-10-19', 'inquiry', '2026-10-16'),
      notice(
        'zezhou',
        '2026-10-23',
        '2026-11-20',
        'art13.1.3',
        {
          name: '实施安全生产监督检查',
          number: '泽应急检〔2026〕57号',
          madeOn: '2026-10-09',
          party: '泽州县华兴煤业有限公司',
          provisionApplied: '《中华人民共和国安全生产法》第六十五条',
        },
        '经调取现场检查记录、询问执法人员，你单位执法人员实施检查时未出示行政执法证件，现场检查记录中亦无出示证件的记载。',
      ),
    ],
  },
  {
    day: '2026-09-21',
    agency: '晋城市城市管理局',
    kind: 'complaint',
    petitioner: '陈立',
    summary: '强制拆除广告牌未履行催告程序。',
    steps: [
      ...filing('city', '2026-09-22'),
      measure('city', '2026-09-28'),
      notice(
        'city',
        '2026-10-09',
        '2026-10-30',
        'art13.1.3',
        {
          name: '作出强制拆除决定并实施强制拆除',
          number: '晋城管强拆〔2026〕9号',
          madeOn: '2026-09-15',
          party: '晋城市立新广告有限公司',
          provisionApplied: '《中华人民共和国行政强制法》第四十四条',
        },
        '你单位作出强制拆除决定前，未书面催告当事人履行义务，也未听取当事人的陈述和申辩。',
      ),
      ['2026-11-02', 'city-sup1', { type: 'escalate_unhandled' }],
    ],
  },
  {
    day: '2026-09-01',
    agency: '泽州县市场监督管理局',
    kind: 'complaint',
    petitioner: '泽州县金村镇某商户',
    summary: '无照经营处罚适用法律错误。',
    steps: [
      ...filing('zezhou', '2026-09-02'),
      measure('zezhou', '2026-09-08'),
      notice(
        'zezhou',
        '2026-09-14',
        '2026-10-16',
        'art13.1.2',
        {
          name: '作出行政处罚决定',
          number: '泽市监处罚〔2026〕88号',
          madeOn: '2026-08-19',
          party: '泽州县金村镇李氏建材经营部',
          provisionApplied: '《中华人民共和国市场主体登记管理条例》第四十四条',
          provisionCorrect: '《中华人民共和国市场主体登记管理条例》第四十三条',
        },
        '你单位认定当事人提交虚假材料取得登记，而调取的登记档案和询问笔录表明，当事人未经设立登记从事建材经营活动，并未申请登记。',
      ),
      ['2026-10-19', 'zezhou-sup1', { type: 'escalate_unhandled' }],
      [
        '2026-10-20',
        'zezhou-sup1',
        {
          type: 'draft_decision',
          kind: 'order_correction',
          remedy: 'correct',
          grounds: ['art13.1.2'],
          deadline: '2026-12-31',
        },
      ],
      ['2026-10-20', 'zezhou-head', { type: 'approve_decision' }],
      ['2026-10-21', 'zezhou-head', { type: 'seal_decision' }],
      [
        '2026-11-20',
        'zezhou-sup1',
        { type: 'serve_decision', servedOn: '2026-11-19', receivedOn: '2026-11-20' },
      ],
      ['2026-11-24', 'zezhou-liaison', { type: 'apply_review', appliedOn: '2026-11-24' }],
    ],
  },
  {
    day: '2026-09-07',
    agency: '高平市交通运输局',
    kind: 'complaint',
    petitioner: '高平市顺达客运有限公司',
    summary: '暂扣营运证未告知救济途径。',
    steps: [
      ...filing('gaoping', '2026-09-08'),
      measure('gaoping', '2026-09-14'),
      notice(
        'gaoping',
        '2026-09-18',
        '2026-10-23',
        'art13.1.3',
        {
          name: '作出暂扣道路运输证的决定',
          number: '高交扣〔2026〕31号',
          madeOn: '2026-09-01',
          party: '高平市顺达客运有限公司',
        },
        '你单位送达当事人的暂扣决定书未告知当事人申请行政复议或者提起行政诉讼的途径和期限。',
      ),
      ['2026-10-26', 'gaoping-sup1', { type: 'escalate_unhandled' }],
      ...decision('gaoping', '2026-10-28', '2026-11-23'),
    ],
  },
  {
    day: '2026-08-10',
    agency: '泽州县市场监督管理局',
    kind: 'complaint',
    petitioner: '泽州县康宁药店',
    summary: '行政处罚决定书未加盖印章。',
    steps: [
      ...filing('zezhou', '2026-08-11'),
      measure('zezhou', '2026-08-17'),
      notice(
        'zezhou',
        '2026-08-20',
        '2026-09-18',
        'art15.1.3',
        {
          name: '作出行政处罚决定',
          number: '泽市监处罚〔2026〕61号',
          madeOn: '2026-07-28',
          party: '泽州县康宁药店',
        },
        '你单位送达当事人的行政处罚决定书未加盖本行政执法机关印章。',
      ),
      ['2026-09-21', 'zezhou-sup1', { type: 'escalate_unhandled' }],
      ...decision('zezhou', '2026-09-22', '2026-09-25'),
      ['2026-10-15', 'zezhou-liaison', { type: 'report_execution', reportedOn: '2026-10-15' }],
    ],
  },
  {
    day: '2026-07-06',
    agency: '晋城市交通运输局',
    kind: 'application',
    petitioner: '晋城市阳光出租车有限公司',
    summary: '申请监督客运执法检查程序。',
    steps: [
      ...filing('city', '2026-07-07'),
      measure('city', '2026-07-13'),
      ['2026-07-20', 'city-sup1', { type: 'conclude_lawful', finding: '经调查核实，执法程序合法' }],
    ],
  },
  {
    day: '2026-06-01',
    agency: '泽州县市场监督管理局',
    kind: 'complaint',
    petitioner: '刘某',
    summary: '价格违法处罚事实不清。',
    steps: [
      ...filing('zezhou', '2026-06-02'),
      measure('zezhou', '2026-06-08'),
      notice(
        'zezhou',
        '2026-06-12',
        '2026-07-10',
        'art13.1.1',
        {
          name: '作出行政处罚决定',
          number: '泽市监处罚〔2026〕35号',
          madeOn: '2026-05-18',
          party: '泽州县惠民百货超市',
        },
        '你单位认定当事人哄抬价格，但案卷中无进货凭证和销售价格记录，认定违法所得的证据不足。',
      ),
      ['2026-07-06', 'zezhou-liaison', { type: 'report_handling', receivedOn: '2026-07-06', written: true }],
      ['2026-07-08', 'zezhou-sup1', { type: 'accept_handling' }],
      ['2026-07-15', 'zezhou-sup1', { type: 'archive' }],
    ],
  },
  // 行政执法监督条例第四十二条第二款: a vertically managed tax bureau gets no notice; the problems
  // found go to its higher competent department, and the case waits to be closed
  {
    day: '2026-11-09',
    agency: '国家税务总局泽州县税务局',
    kind: 'report',
    petitioner: null,
    summary: '税务检查时未出示检查通知书即调取账簿。',
    steps: [
      ...filing('zezhou', '2026-11-10'),
      measure('zezhou', '2026-11-13'),
      [
        '2026-11-18',
        'zezhou-sup1',
        {
          type: 'inform_higher_department',
          act: {
            name: '实施税务检查并调取账簿资料',
            number: '泽税检通〔2026〕18号',
            madeOn: '2026-10-27',
            party: '泽州县恒通建材有限公司',
          },
          found: '该局检查人员调取纳税人账簿时未出示税务检查通知书，调取账簿资料清单未经纳税人签字确认。',
          problems: ['实施税务检查未出示税务检查通知书', '调取账簿资料未开具清单交纳税人核对签字'],
        },
      ],
    ],
  },
];

/** 案由 as a supervisor would state it: the agency and the act in question */
const caseName = (c: DemoCase) => `${c.agency}${c.summary.replace(/[。；]$/, '')}案`;

/** The demo's dates are written as of 2026-11-26; they move with the day the demo is loaded. */
const WRITTEN_ON = '2026-11-26';
function shifted<T>(value: T, days: number): T {
  if (days === 0) return value;
  return JSON.parse(JSON.stringify(value), (_k, v) =>
    typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? addDays(v, days) : v,
  ) as T;
}

export async function seedDemoCases(db: Db, now: Date): Promise<number> {
  const shift = Math.round((Date.parse(shanghaiDate(now)) - Date.parse(WRITTEN_ON)) / 86_400_000);
  const [{ n }] = await db.query<{ n: number }>(sql`SELECT count(*)::int AS n FROM supervision_cases`);
  if (n > 0) return 0;
  const orgs = new Map(
    (await db.query<{ name: string; id: string }>(sql`SELECT name, id FROM organisations`)).map((o) => [
      o.name,
      o.id,
    ]),
  );
  const users = new Map(
    (await db.query<{ username: string; id: string }>(sql`SELECT username, id FROM users`)).map((u) => [
      u.username,
      u.id,
    ]),
  );
  let unsealed = 0;
  for (const c of shifted(DEMO_CASES, shift)) {
    const { caseId } = await registerPetition(
      db,
      { actor: PUBLIC_ACTOR, requestId: 'seed', now: at(c.day) },
      {
        kind: c.kind,
        anonymous: c.petitioner === null,
        petitionerName: c.petitioner ?? undefined,
        agencyId: orgs.get(c.agency)!,
        summary: c.summary,
      },
      null,
    );
    let version = 1;
    for (const [day, username, action] of c.steps) {
      // without LibreOffice no sealed PDF can be made: the case waits at the seal (第十条)
      if (action.type === 'seal_decision' && !libreOfficeAvailable()) {
        unsealed++;
        break;
      }
      // 行政执法监督条例第四十二条第二款 governs cases registered from its day: a demo loaded earlier stops before
      if (action.type === 'inform_higher_department' && c.day < '2026-02-01') break;
      const actor = (await actorByUsername(db, username))!;
      const resolved =
        action.type === 'record_measure'
          ? {
              ...action,
              supervisorIds: action.supervisorIds.map((u) => users.get(u)!),
              place: action.place?.replace('被监督机关', c.agency),
            }
          : action.type === 'draft_filing'
            ? { ...action, caseName: caseName(c) }
            : action;
      const r = await actOnCase(
        { db, actor, audit: { actor: auditActor(actor), requestId: 'seed', now: at(day) } },
        caseId,
        version,
        resolved,
      );
      version = r.version;
    }
  }
  if (unsealed)
    console.log(
      `未安装 LibreOffice：${unsealed} 件演示案件停在决定书用印之前 / LibreOffice is missing: ${unsealed} demo cases wait at sealing`,
    );
  return DEMO_CASES.length;
}
