// For each article: what this system does with it. The procedure's steps are read from the
// transition table itself; the rest are the places outside the table that enforce an article.
import { ACTION_LABELS, TRANSITIONS } from '@jiandu/procedure';
import type { RulePack } from '@jiandu/regulation';
import { NATIONAL_USES } from './uses-national.ts';

const ELSEWHERE: Record<string, { zh: string; en: string }[]> = {
  art2: [
    {
      zh: '监督管辖：本级政府所属机关及下级政府，数据按管辖范围隔离',
      en: 'Jurisdiction: own agencies and governments below; data scoped by it',
    },
  ],
  art4: [
    {
      zh: '每级人民政府一个行政执法监督机关；监督人员、负责人、复查人员属于监督机关',
      en: 'One supervision organ per government; supervisors belong to it',
    },
  ],
  art5: [{ zh: '政府领导角色：只读查看', en: 'Leader role: read-only' }],
  art7: [
    {
      zh: '措施须二名以上持有效证件的监督人员，询问制作询问笔录',
      en: 'Measures by two or more supervisors; inquiries recorded',
    },
  ],
  art9: [
    {
      zh: '公众在线提交申请、投诉、举报并凭查询码查询；工作人员登记纸质、电话、12345来件',
      en: 'Public filing with tracking codes; staff registration of other channels',
    },
  ],
  art10: [
    {
      zh: '复查期限按工作日计算（国务院放假安排、调休），期间开始之日不计算在内',
      en: 'Review window in working days (holidays, adjusted days), start day excluded',
    },
    {
      zh: '县级决定由市司法局复查，市级决定由省级复查（系统外）',
      en: 'County decisions reviewed by the city organ; city decisions by the province (outside)',
    },
  ],
  art16: [
    {
      zh: '责任追究：责令限期改正在先，逾期不改正方可通报批评，期限内改正即止；未按期执行或报告通知书、决定书的自动提示（第十六条（十））',
      en: 'Accountability: an order to correct first, criticism only when unmet by its deadline; automatic proposals for unmet notices and decisions',
    },
  ],
  art17: [
    {
      zh: '执法人员追责：批评教育、离岗培训、调离执法岗位、暂扣证件择一在先，暂扣即变更证件状态；证件暂扣期间仍执法的自动提示',
      en: 'Officers: a first measure of four; seizure changes the certificate; automatic proposals for acting while seized',
    },
  ],
  art18: [
    {
      zh: '监督人员追责：批评教育、责令改正在先；案件期限届满逾期未处理的自动提示',
      en: 'Supervisors: criticism and an order to correct first; automatic proposals for cases left past their deadlines',
    },
  ],
  art19: [
    {
      zh: '案件按登记日有效的规则包办理；规则包失效时明示，并记录继续适用的依据',
      en: 'Cases follow the pack in force; a lapsed pack is shown, and the basis for applying it further recorded',
    },
  ],
};

const USES: Record<string, Record<string, { zh: string; en: string }[]>> = {
  'jincheng-2021': ELSEWHERE,
  'national-2025': NATIONAL_USES,
};

export function articleUses(
  pack: RulePack,
  articleNumber: number,
): { zh: string; en: string; actions: string[] }[] {
  const id = `art${articleNumber}`;
  // the transition table cites the procedural pack's articles; a text-only pack has no steps
  const steps = pack.procedural
    ? TRANSITIONS.filter((t) => t.article === id || t.article.startsWith(`${id}.`))
    : [];
  const fromTable = steps.length
    ? [
        {
          zh: `办案步骤：${[...new Set(steps.map((t) => ACTION_LABELS[t.action].zh))].join('、')}`,
          en: `Case steps: ${[...new Set(steps.map((t) => ACTION_LABELS[t.action].en))].join(', ')}`,
          actions: [...new Set(steps.map((t) => t.action))],
        },
      ]
    : [];
  return [...fromTable, ...(USES[pack.id]?.[id] ?? []).map((u) => ({ ...u, actions: [] }))];
}
