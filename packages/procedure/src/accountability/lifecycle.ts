// A matter's life apart from its measures: a proposal is confirmed or dismissed by a person
// with a reason; the agency's correction is recorded (第十六条 责令限期改正); a matter closes
// once something was done about it. Pure: the facts and the action in, the next facts out.
import type { IsoDate } from '@jiandu/calendar';
import { type AccountabilityEnv, type MatterDecision, type MatterFacts, matterRefusal } from './facts.ts';
import { correctedInTime, orderOf } from './ladder.ts';
import { SUBJECTS } from './subjects.ts';

export type MatterAction =
  | { type: 'confirm'; reason: string }
  | { type: 'dismiss'; reason: string }
  | { type: 'record_correction'; reportedOn: IsoDate }
  | { type: 'close'; reason: string };

export const MATTER_ACTION_LABELS: Record<MatterAction['type'], { zh: string; en: string }> = {
  confirm: { zh: '确认立项', en: 'Confirm the proposal' },
  dismiss: { zh: '不予追究', en: 'Dismiss' },
  record_correction: { zh: '登记改正情况', en: 'Record the correction' },
  close: { zh: '办结', en: 'Close' },
};

export function decideMatter(
  matter: MatterFacts,
  action: MatterAction,
  env: AccountabilityEnv,
): MatterDecision {
  const art = SUBJECTS[matter.subject].paragraph;
  const ok = (facts: Partial<MatterFacts>): MatterDecision => ({
    ok: true,
    article: art,
    facts: { ...matter, ...facts },
  });
  if ('reason' in action && !action.reason.trim())
    return matterRefusal(422, art, '须写明理由', 'a reason is required', 'reason');
  switch (action.type) {
    case 'confirm':
      if (matter.state !== 'proposed')
        return matterRefusal(409, art, '只有待确认的自动提示可以确认', 'only a proposal can be confirmed');
      return ok({ state: 'open' });
    case 'dismiss':
      if (matter.state === 'open' && matter.measures.length)
        return matterRefusal(
          409,
          art,
          '已给予处理的事项不能不予追究，请办结',
          'a matter with measures taken is closed, not dismissed',
        );
      if (matter.state !== 'proposed' && matter.state !== 'open')
        return matterRefusal(
          409,
          art,
          '该事项已办结或已不予追究',
          'the matter is already closed or dismissed',
        );
      if (matter.pendingDraft)
        return matterRefusal(409, art, '有待审批的处理措施', 'a drafted measure awaits approval');
      return ok({ state: 'dismissed' });
    case 'record_correction': {
      const order = orderOf(matter);
      if (matter.subject !== 'agency' || matter.state !== 'open' || !order)
        return matterRefusal(
          409,
          'art16.1',
          '只有已责令限期改正的机关追责事项可以登记改正情况',
          'a correction is recorded only after an order to correct an agency',
        );
      if (matter.correction)
        return matterRefusal(409, 'art16.1', '已登记改正情况', 'the correction was recorded already');
      if (action.reportedOn > env.today || action.reportedOn < order.on)
        return matterRefusal(
          422,
          'art16.1',
          `改正报告日期须在责令改正之日（${order.on}）至今天之间`,
          `the report date must fall between the order (${order.on}) and today`,
          'reportedOn',
        );
      return ok({ correction: { reportedOn: action.reportedOn } });
    }
    case 'close': {
      if (matter.state !== 'open')
        return matterRefusal(409, art, '只有进行中的事项可以办结', 'only an open matter closes');
      if (matter.pendingDraft)
        return matterRefusal(409, art, '有待审批的处理措施', 'a drafted measure awaits approval');
      if (!matter.measures.length)
        return matterRefusal(
          409,
          art,
          '尚未给予任何处理；不予追究的，请写明理由作不予追究',
          'no measure was taken; dismiss with a reason instead',
        );
      const order = orderOf(matter);
      // the deadline still runs: time refuses, not the record (422, as a case's unexpired notice)
      if (matter.subject === 'agency' && order?.deadline && !matter.correction && env.today <= order.deadline)
        return matterRefusal(
          422,
          art,
          `改正期限（${order.deadline}）届满或报告改正之前不能办结`,
          `wait for the correction or the deadline (${order.deadline})`,
        );
      return ok({ state: 'closed' });
    }
  }
}

/** the matter's ladder is finished: an agency corrected in time (第十六条) */
export const ladderEnded = (m: MatterFacts) => correctedInTime(m);
