// The enforcement act a case supervises, as the agency's own documents name it: what it did, to
// whom, on which day, under which provision — and, where the finding is that the wrong law was
// applied, which provision should have been. The notice (第九条（三）) and the decision
// (第九条（四）) state it, so that the agency knows exactly which act is meant and the file shows
// what the organ found, not what the petitioner said.
import type { IsoDate } from '@jiandu/calendar';
import type { ProvisionId } from '@jiandu/regulation';
import { notFuture } from './guards.ts';
import { type Refusal, refusal } from './refusal.ts';

export interface SupervisedAct {
  /** the act as a sentence continues "你单位于…对…": 作出行政处罚决定, 实施现场检查 */
  name: string;
  /** 文书号 of the act, where it has one */
  number?: string | null;
  madeOn: IsoDate;
  /** 当事人 (行政执法相对人), as the act names it */
  party: string;
  /** the provision the act applied */
  provisionApplied?: string | null;
  /** the provision that should have applied, where the finding says so */
  provisionCorrect?: string | null;
}

/** 第十三条第一款第（二）项: 适用法律、法规错误 */
export const WRONG_LAW: ProvisionId = 'art13.1.2';

/**
 * The act must be named before the organ tells the agency what is wrong with it (`article`: the
 * step's own, 第九条（三） or （四）); a finding of the wrong law names both provisions.
 */
export function checkSupervisedAct(
  act: SupervisedAct | null | undefined,
  grounds: readonly ProvisionId[],
  today: IsoDate,
  article: string,
): Refusal | null {
  if (!act?.name.trim() || !act.party.trim())
    return refusal(
      article,
      '须写明被监督的行政执法行为：行为、作出日期和当事人',
      'state the enforcement act supervised: the act, its date and its party',
      'act',
    );
  const future = notFuture(act.madeOn, today, 'act.madeOn', article);
  if (future) return future;
  if (grounds.includes(WRONG_LAW)) {
    if (!act.provisionApplied?.trim())
      return refusal(
        WRONG_LAW,
        '认定适用法律、法规错误的，须写明该行为所适用的依据',
        'a finding that the wrong law was applied states the provision the act applied',
        'act.provisionApplied',
      );
    if (!act.provisionCorrect?.trim())
      return refusal(
        WRONG_LAW,
        '认定适用法律、法规错误的，须写明应当适用的依据',
        'a finding that the wrong law was applied states the provision that should apply',
        'act.provisionCorrect',
      );
  }
  return null;
}

/** the act as stored: trimmed, empty optional parts left out */
export function normaliseAct(act: SupervisedAct): SupervisedAct {
  const opt = (s: string | null | undefined) => s?.trim() || null;
  return {
    name: act.name.trim(),
    number: opt(act.number),
    madeOn: act.madeOn,
    party: act.party.trim(),
    provisionApplied: opt(act.provisionApplied),
    provisionCorrect: opt(act.provisionCorrect),
  };
}
