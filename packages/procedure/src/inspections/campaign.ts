// A special campaign (专项监督, 第七条第二款 日常监督和专项监督相结合; 第七条（七） 对重点或者专项问题
// 督促有关机关处理): drafted with its theme, scope and agencies, run with visits attached, then
// summarised. Pure: facts and action in, next facts or a refusal citing its article out.
import { type Refusal, refusal } from '../case/refusal.ts';

export const CAMPAIGN_STATES = ['draft', 'running', 'summarised'] as const;
export type CampaignState = (typeof CAMPAIGN_STATES)[number];

export interface CampaignFacts {
  state: CampaignState;
  periodFrom: string;
  periodTo: string;
  agencyIds: string[];
  summary: string | null;
}

export type CampaignAction =
  | { type: 'add_agencies'; agencyIds: string[] }
  | { type: 'start' }
  | { type: 'attach_visit'; agencyId: string; visitState: string }
  | { type: 'summarise'; summary: string; openVisits: number };

export type CampaignDecision =
  | { ok: true; facts: CampaignFacts; article: string }
  | { ok: false; status: 409 | 422; refusal: Refusal };

const FROM: Record<CampaignAction['type'], readonly CampaignState[]> = {
  add_agencies: ['draft', 'running'],
  start: ['draft'],
  attach_visit: ['draft', 'running'],
  summarise: ['running'],
};

/** 第七条（七）: a campaign covers named agencies over a period that ends after it starts */
export function campaignPlanRefusal(input: { periodFrom: string; periodTo: string }): Refusal | null {
  return input.periodTo >= input.periodFrom
    ? null
    : refusal(
        'art7.1.7',
        '专项监督结束日期不能早于开始日期',
        'the period cannot end before it starts',
        'periodTo',
      );
}

export function decideCampaign(facts: CampaignFacts, action: CampaignAction): CampaignDecision {
  if (!FROM[action.type].includes(facts.state))
    return {
      ok: false,
      status: 409,
      refusal: refusal(
        'art7.2',
        '专项监督当前状态不能办理此事项',
        `not possible while the campaign is ${facts.state}`,
      ),
    };
  const no = (r: Refusal): CampaignDecision => ({ ok: false, status: 422, refusal: r });
  switch (action.type) {
    case 'add_agencies':
      return {
        ok: true,
        article: 'art7.1.7',
        facts: { ...facts, agencyIds: [...new Set([...facts.agencyIds, ...action.agencyIds])] },
      };
    case 'start':
      if (!facts.agencyIds.length)
        return no(
          refusal('art7.1.7', '专项监督须确定被监督的行政执法机关', 'name the agencies first', 'agencyIds'),
        );
      return { ok: true, article: 'art7.2', facts: { ...facts, state: 'running' } };
    case 'attach_visit':
      if (!facts.agencyIds.includes(action.agencyId))
        return no(
          refusal(
            'art7.1.7',
            '被检查机关不在本次专项监督范围内',
            'the visited agency is outside the campaign',
            'inspectionId',
          ),
        );
      if (action.visitState === 'closed')
        return no(
          refusal(
            'art7.1.7',
            '已结束的现场监督不能再纳入',
            'a closed visit cannot be attached',
            'inspectionId',
          ),
        );
      return { ok: true, article: 'art7.1.7', facts };
    case 'summarise':
      if (action.openVisits > 0)
        return no(
          refusal(
            'art7.1.7',
            `尚有${action.openVisits}次现场监督未结束`,
            `${action.openVisits} visits are not closed yet`,
            'inspections',
          ),
        );
      if (!action.summary.trim())
        return no(refusal('art7.1.7', '须填写专项监督总结', 'write the summary', 'summary'));
      return {
        ok: true,
        article: 'art7.1.7',
        facts: { ...facts, state: 'summarised', summary: action.summary },
      };
  }
}

export function allowedCampaignActions(facts: CampaignFacts): CampaignAction['type'][] {
  return (Object.keys(FROM) as CampaignAction['type'][]).filter((t) => FROM[t].includes(facts.state));
}
