// The order of measures in 第十六条 to 第十八条, as one pure function. Each rung of a ladder
// has a trigger in the article's own words: 有下列情形之一的 (the ground is enough), 逾期不改正的
// (the order's deadline passed uncorrected), 情节严重的 and 构成犯罪的 (findings that must be
// written down). 情节严重 and 构成犯罪 are findings beside the ground, not consequences of the
// milder measures, so they need the first rung taken, not every rung between.
import {
  type AccountabilityEnv,
  type MatterDecision,
  type MatterFacts,
  type MeasureRequest,
  matterRefusal,
} from './facts.ts';
import { ladderOf, SUBJECTS } from './subjects.ts';

/** the agency's 责令限期改正, when given */
export const orderOf = (m: MatterFacts) => m.measures.find((x) => x.kind === 'order_correction_deadline');

/** 第十六条: a correction reported by the order's deadline ends the ladder */
export function correctedInTime(m: MatterFacts): boolean {
  const order = orderOf(m);
  return !!(order?.deadline && m.correction && m.correction.reportedOn <= order.deadline);
}

export function decideMeasure(
  matter: MatterFacts,
  measure: MeasureRequest,
  env: AccountabilityEnv,
): MatterDecision {
  const subject = SUBJECTS[matter.subject];
  const art = subject.paragraph;
  const subjectZh = { art16: '第十六条', art17: '第十七条', art18: '第十八条' }[subject.article];
  if (matter.state !== 'open')
    return matterRefusal(
      409,
      art,
      '只有进行中的追责事项可以决定处理措施',
      'measures are decided on an open matter only',
    );
  if (matter.pendingDraft)
    return matterRefusal(
      409,
      art,
      '已有待审批的处理措施，请先审批',
      'a drafted measure awaits approval',
      'kind',
    );
  const ladder = ladderOf(env.pack, matter.subject);
  const rung = ladder.find((r) => r.code === measure.kind);
  if (!rung)
    return matterRefusal(
      422,
      art,
      `${subjectZh}未规定对${subject.zh}给予该处理`,
      `${subject.article} provides no such measure against this subject`,
      'kind',
    );
  if (matter.measures.some((x) => x.kind === rung.code))
    return matterRefusal(409, rung.article, `已给予${rung.zh}`, `${rung.en} was already given`, 'kind');
  if (correctedInTime(matter))
    return matterRefusal(
      409,
      art,
      '已在责令改正期限内改正，不再给予其他处理',
      'corrected within the deadline: no further measure',
      'kind',
    );
  if (measure.deadline && rung.code !== 'order_correction_deadline')
    return matterRefusal(
      422,
      rung.article,
      `${rung.zh}不设改正期限`,
      `${rung.en} sets no deadline`,
      'deadline',
    );
  const first = ladder.filter((r) => r.level === 1);
  if (rung.level > 1 && !matter.measures.some((x) => first.some((f) => f.code === x.kind)))
    return matterRefusal(
      409,
      rung.article,
      `须先给予${first.map((f) => f.zh).join('或')}，方可${rung.zh}（${subjectZh}）`,
      `${first.map((f) => f.en).join(' or ')} comes first (${subject.article})`,
      'kind',
    );
  const reasons = measure.reasons?.trim() ?? '';
  switch (rung.trigger) {
    case 'ground_found':
      if (rung.code === 'order_correction_deadline') {
        if (!measure.deadline)
          return matterRefusal(
            422,
            rung.article,
            '责令限期改正须设定改正期限',
            'an order to correct sets a deadline',
            'deadline',
          );
        if (measure.deadline <= env.today)
          return matterRefusal(
            422,
            rung.article,
            '改正期限必须晚于今天',
            'the deadline must be after today',
            'deadline',
          );
      }
      if (rung.code === 'seize_certificate' && env.certificateStatus !== 'valid')
        return matterRefusal(
          409,
          'art7.1.8',
          `该执法人员没有可暂扣的有效执法证件（${env.certificateStatus ?? '无证'}）`,
          `the officer has no valid certificate to seize (${env.certificateStatus ?? 'none'})`,
          'kind',
        );
      break;
    case 'not_corrected_by_deadline': {
      const order = orderOf(matter);
      // no order given: the record lacks it (409); its deadline not yet passed: time refuses (422)
      if (!order?.deadline || env.today <= order.deadline)
        return matterRefusal(
          order?.deadline ? 422 : 409,
          rung.article,
          order?.deadline
            ? `逾期不改正的，方可${rung.zh}：改正期限（${order.deadline}）尚未届满`
            : `逾期不改正的，方可${rung.zh}：尚未责令限期改正`,
          order?.deadline
            ? `only when not corrected by the deadline (${order.deadline}), which has not passed`
            : 'only when an order to correct went unmet; none was given',
          'kind',
        );
      break;
    }
    case 'serious':
      if (!reasons)
        return matterRefusal(
          422,
          rung.article,
          `情节严重的，方可${rung.zh}：须写明情节严重的事实和理由`,
          'only where serious: state the facts and reasons',
          'reasons',
        );
      break;
    case 'crime':
      if (!reasons)
        return matterRefusal(
          422,
          rung.article,
          '构成犯罪的，依法追究刑事责任：须写明涉嫌犯罪的事实',
          'referral only where a crime is suspected: state the facts',
          'reasons',
        );
      break;
  }
  return {
    ok: true,
    article: rung.article,
    facts: {
      ...matter,
      measures: [
        ...matter.measures,
        {
          kind: rung.code,
          on: env.today,
          deadline: rung.code === 'order_correction_deadline' ? measure.deadline! : null,
        },
      ],
    },
  };
}

/** the measures that could be decided now, each with the refusal of those that cannot */
export function nextMeasures(matter: MatterFacts, env: AccountabilityEnv) {
  const open = { ...matter, pendingDraft: false };
  return ladderOf(env.pack, matter.subject).map((r) => {
    // a placeholder deadline and reasons: this answers "is the rung reachable", not "is the form filled in"
    const d = decideMeasure(
      open,
      {
        kind: r.code,
        deadline: r.code === 'order_correction_deadline' ? '9999-12-31' : null,
        reasons: r.trigger === 'serious' || r.trigger === 'crime' ? '—' : null,
      },
      env,
    );
    return {
      ...r,
      allowed: d.ok && !matter.pendingDraft,
      refusal: d.ok ? null : { article: d.article, zh: d.zh, en: d.en },
    };
  });
}
