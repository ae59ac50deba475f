// Reusable conditions of the regulation. Each returns a refusal citing its article, or null.
import { computeDeadline } from '@jiandu/calendar';
import { packStatus } from '@jiandu/regulation';
import type { CaseActor, CaseFacts, PackBasisRef, ProcedureEnv } from './facts.ts';
import { type Refusal, refusal } from './refusal.ts';

/** The actor works in the organ handling the case (第四条第二款). */
export function inOrgan(facts: CaseFacts, actor: CaseActor): Refusal | null {
  return actor.organisationId === facts.organId
    ? null
    : refusal(
        'art4.2',
        '只有承办本案的行政执法监督机关可以办理',
        'only the supervision organ handling the case may act',
      );
}

/** The actor speaks for the agency the case supervises (第九条（三）: it handles and reports). */
export function forAgency(facts: CaseFacts, actor: CaseActor): Refusal | null {
  return actor.organisationId === facts.agencyId
    ? null
    : refusal('art9.1.3', '只有被监督的行政执法机关可以办理', 'only the supervised agency may act');
}

/** An approval is never given by the person who drafted it (第九条（一）: 承办人员填写, 负责人批准). */
export function notDrafter(draftedBy: string, actor: CaseActor): Refusal | null {
  return draftedBy === actor.userId
    ? refusal(
        'art9.1.1',
        '审批人不得批准自己拟制的文书',
        'an approver may not approve what he or she drafted',
      )
    : null;
}

export function after(date: string, today: string, field: string, article: string): Refusal | null {
  return date > today
    ? null
    : refusal(article, '期限必须晚于今天', 'the deadline must be after today', field);
}

export function notFuture(date: string, today: string, field: string, article: string): Refusal | null {
  return date <= today
    ? null
    : refusal(article, '日期不能晚于今天', 'the date cannot be in the future', field);
}

/**
 * 第十条: a document is served on a day that has come, not before it was issued, and received
 * (the date on the 送达回证, from which the review window runs) no earlier than served.
 */
export function serviceDates(
  dates: { servedOn: string; receivedOn: string },
  today: string,
  issuedOn: string | null = null,
): Refusal | null {
  return (
    notFuture(dates.servedOn, today, 'servedOn', 'art10.1') ??
    notFuture(dates.receivedOn, today, 'receivedOn', 'art10.2') ??
    (issuedOn && dates.servedOn < issuedOn
      ? refusal('art10.1', '送达日期不能早于发文日期', 'service cannot precede the issue date', 'servedOn')
      : null) ??
    (dates.receivedOn >= dates.servedOn
      ? null
      : refusal('art10.2', '签收日期不能早于送达日期', 'receipt cannot precede service', 'receivedOn'))
  );
}

/** 第十条第二款: five working days from the date of receipt, the start day not counted. */
export function reviewDeadline(env: ProcedureEnv, receivedOn: string): string {
  return computeDeadline(env.calendar, { from: receivedOn, workingDays: 5 }).deadline;
}

/** At least one measure of investigation before a finding (第九条（二） 进行调查核实). */
export function investigated(facts: CaseFacts): Refusal | null {
  return facts.measures.length > 0
    ? null
    : refusal(
        'art9.1.2',
        '尚未进行调查核实（未记录任何监督措施）',
        'nothing has been investigated yet (no measure recorded)',
      );
}

/** 第十九条: the basis valid today among those recorded for the case's region, if any. */
export function governingBasis(env: Pick<ProcedureEnv, 'today' | 'bases'>): PackBasisRef | null {
  return (
    env.bases.find((b) => b.validFrom <= env.today && (b.validUntil === null || env.today <= b.validUntil)) ??
    null
  );
}

/**
 * 第十九条: the measures were valid for two years; once lapsed, no step applies them until a basis for
 * applying them further has been recorded for the case's region and is valid today.
 */
export function packApplies(env: ProcedureEnv): Refusal | null {
  const status = packStatus(env.pack, env.today);
  if (status.inForce || governingBasis(env)) return null;
  const since = status.lapsedOn ?? status.startsOn ?? '';
  // a procedural pack cites the provision fixing its validity (validatePack)
  const validity = env.pack.validityCitation ?? '';
  return status.startsOn
    ? refusal(
        validity,
        `《${env.pack.titleZh}》自${since}起施行，尚未生效`,
        `the rule pack takes effect on ${since}`,
      )
    : refusal(
        validity,
        `《${env.pack.titleZh}》已于${since}失效，尚未记录继续适用的依据，不能依其办理。请本辖区（或上级）系统管理员在“法规依据”页面记录依据`,
        `the rule pack lapsed on ${since} and no basis for applying it further is recorded for this region; an administrator whose jurisdiction covers it records one on the regulation page`,
      );
}

/** 第十条第二款: a review applied for and not yet decided — whatever execution did meanwhile. */
export const reviewPending = (facts: CaseFacts): boolean => !!facts.review && !facts.review.outcome;

/** the kinds of measure taken somewhere in particular, whose record states the place */
export const MEASURES_WITH_PLACE: readonly string[] = ['inquiry', 'site_investigation', 'hearing'];
/** the kinds of measure whose record names the persons questioned (询问笔录) */
export const MEASURES_WITH_PERSONS: readonly string[] = ['inquiry'];

/**
 * 第七条, 第九条（二）: a measure is recorded as it was taken — on a day that has come and not
 * before the head approved filing (第九条（一）: 批准立案后，开展行政执法监督工作), at a stated
 * place when it was taken somewhere (询问, 实地调查, 听证), with the persons questioned in an inquiry.
 */
export function measureRecord(
  facts: CaseFacts,
  m: { kind: string; on?: string; place?: string; persons?: readonly { name: string; role: string }[] },
  env: ProcedureEnv,
): Refusal | null {
  const article = env.pack.measures.find((k) => k.code === m.kind)?.citation ?? 'art7.1';
  const filedOn = facts.filing?.approval?.on;
  if (m.on !== undefined) {
    if (m.on > env.today)
      return refusal(
        'art7.1',
        '采取措施的日期不能晚于今天',
        'the day of the measure cannot be in the future',
        'on',
      );
    if (filedOn && m.on < filedOn)
      return refusal(
        'art9.1.1',
        `采取措施的日期不能早于批准立案之日（${filedOn}）`,
        `the day of the measure cannot precede the approval of filing (${filedOn})`,
        'on',
      );
  }
  if (MEASURES_WITH_PLACE.includes(m.kind) && !m.place?.trim())
    return refusal(article, '须写明采取措施的地点', 'say where the measure was taken', 'place');
  if (MEASURES_WITH_PERSONS.includes(m.kind) && !m.persons?.some((p) => p.name.trim()))
    return refusal(article, '询问须写明被询问人', 'name the persons questioned', 'persons');
  return null;
}
