// 《行政执法监督条例》第四十二条第二款: the government supervises how an agency in its region that is
// vertically managed, or dual-led with the higher department leading, observes and executes the
// law, and tells the problems it finds to the agency's higher competent department (上一级主管部门).
// Such an agency is not ordered by notice or decision of the organ; the organ writes to that
// department instead. This applies to cases the national regulation governs (registered from
// 2026-02-01); a case registered before keeps the Jincheng procedure whatever the agency is.
import { NATIONAL_2025, qualifiedId } from '@jiandu/regulation';
import type { ProcedureEnv } from './facts.ts';
import { type Refusal, refusal } from './refusal.ts';

export const ART42_2 = qualifiedId(NATIONAL_2025.id, 'art42.2');

const MANAGED = { vertical: '实行垂直管理', dual_led: '实行双重领导并且以上级部门领导为主' } as const;
const MANAGED_EN = {
  vertical: 'vertically managed',
  dual_led: 'dual-led with the higher department leading',
} as const;

/** The higher competent department the organ tells, where 第四十二条第二款 routes the case to it; else null. */
export function higherDepartment(env: ProcedureEnv): string | null {
  const a = env.agency;
  if (env.governingText !== NATIONAL_2025.id || !a || a.management === 'local') return null;
  return a.higherDepartment;
}

/** A notice or decision goes to the agency itself only where 第四十二条第二款 does not route the case. */
export function notRoutedToHigher(env: ProcedureEnv): Refusal | null {
  const a = env.agency;
  return higherDepartment(env) && a && a.management !== 'local'
    ? refusal(
        ART42_2,
        `被监督机关${MANAGED[a.management]}，不向其发出行政执法监督通知书或者决定书；发现的问题告知其上一级主管部门（${a.higherDepartment}）`,
        `the agency is ${MANAGED_EN[a.management]}: no supervision notice or decision goes to it; the problems found are told to its higher competent department (${a.higherDepartment})`,
      )
    : null;
}

/** The letter to the higher department is written only where 第四十二条第二款 routes the case there. */
export function routedToHigher(env: ProcedureEnv): Refusal | null {
  return higherDepartment(env)
    ? null
    : refusal(
        ART42_2,
        '只有《行政执法监督条例》施行后登记、针对实行垂直管理或者双重领导并以上级部门领导为主的执法机关的案件，才将问题告知其上一级主管部门',
        'only a case under the national regulation against a vertically managed or dual-led agency is reported to its higher competent department',
      );
}
