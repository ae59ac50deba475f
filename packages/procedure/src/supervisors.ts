// 第七条第二款 for every kind of supervision work — a measure in a case, an on-site visit: at
// least two supervisors take part, each holding a supervision credential valid today, and the
// one who records the work is among them.
import { MIN_SUPERVISORS_PER_MEASURE } from '@jiandu/regulation';
import { type Refusal, refusal } from './case/refusal.ts';

/** the first refusal of the checks, in order, or null */
export const firstRefusal = (...checks: (() => Refusal | null)[]): Refusal | null => {
  for (const check of checks) {
    const r = check();
    if (r) return r;
  }
  return null;
};

export function supervisorsPresent(
  ids: readonly string[],
  validSupervisorIds: ReadonlySet<string>,
  recorderId: string,
  /** what they take part in: 采取监督措施 / a measure, 现场监督 / an on-site visit */
  work: { zh: string; en: string },
): Refusal | null {
  const people = new Set(ids);
  const min = MIN_SUPERVISORS_PER_MEASURE.value;
  return firstRefusal(
    () =>
      people.size >= min
        ? null
        : refusal(
            MIN_SUPERVISORS_PER_MEASURE.citation,
            `${work.zh}的行政执法监督人员不得少于${min}人`,
            `at least ${min} supervisors take part in ${work.en}`,
            'supervisorIds',
          ),
    () =>
      [...people].every((id) => validSupervisorIds.has(id))
        ? null
        : refusal(
            'art7.2',
            '参加人员须是本机关持有效监督证件的行政执法监督人员',
            'every participant must be a supervisor of the organ with a valid credential',
            'supervisorIds',
          ),
    () =>
      people.has(recorderId)
        ? null
        : refusal(
            'art7.2',
            `记录人须是参加${work.zh}的监督人员之一`,
            `the recorder must be one of the supervisors taking part in ${work.en}`,
            'supervisorIds',
          ),
  );
}
