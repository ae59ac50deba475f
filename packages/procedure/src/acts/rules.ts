// The warning rules (预警) run on every reported act: each finds one problem the regulation
// names, and cites it. Pure: the act and what was true on its date go in, warnings come out.
import type { ProvisionId } from '@jiandu/regulation';
import { type ActContext, certificateStatusOn, DECISION_KINDS, type EnforcementAct } from './act.ts';

export interface Warning {
  rule: RuleCode;
  article: ProvisionId;
  zh: string;
  en: string;
  /** the officer concerned, for the rules about officers */
  officerId?: string;
}

export interface Rule {
  code: RuleCode;
  article: ProvisionId;
  zh: string;
  en: string;
  /** what the rule reads besides the act, so a change there re-checks only the acts it touches */
  dependsOn: readonly ('certificates' | 'qualifications' | 'today')[];
  check(act: EnforcementAct, ctx: ActContext): Warning[];
}

export type RuleCode =
  | 'officer_certificate'
  | 'two_officers'
  | 'agency_qualified'
  | 'legal_basis'
  | 'seal'
  | 'deadline_overrun'
  | 'full_record'
  | 'discretion_benchmark';

const warn = (r: Pick<Rule, 'code' | 'article'>, zh: string, en: string, officerId?: string): Warning => ({
  rule: r.code,
  article: r.article,
  zh,
  en,
  ...(officerId ? { officerId } : {}),
});

const STATUS_ZH = { seized: '被暂扣', revoked: '被吊销', expired: '已过期', valid: '有效' } as const;

export const RULES: readonly Rule[] = [
  {
    code: 'officer_certificate',
    article: 'art16.1.7',
    zh: '执法人员在执法之日未持有效执法证件',
    en: 'An officer had no valid certificate on the day of the act',
    dependsOn: ['certificates'],
    check(act, ctx) {
      return act.officerIds.flatMap((id) => {
        const certs = ctx.certificates.get(id) ?? [];
        const statuses = certs.map((c) => ({ c, s: certificateStatusOn(c, act.decisionDate) }));
        const valid = statuses.find((x) => x.s === 'valid');
        if (!valid) {
          const why = statuses.length ? STATUS_ZH[statuses[0].s] : '无证';
          return [
            warn(
              this,
              `执法人员证件${why}（持证上岗，第十六条（七）、第十七条）`,
              `certificate ${statuses[0]?.s ?? 'missing'} on the act date`,
              id,
            ),
          ];
        }
        if (!valid.c.areas.includes(act.area))
          return [
            warn(
              this,
              `执法证件的执法领域不含“${act.area}”`,
              `the certificate does not cover the area ${act.area}`,
              id,
            ),
          ];
        return [];
      });
    },
  },
  {
    code: 'two_officers',
    article: 'art17.1.10',
    zh: '执法人员少于两人',
    en: 'Fewer than two officers',
    dependsOn: [],
    check(act) {
      return new Set(act.officerIds).size >= 2
        ? []
        : [
            warn(
              this,
              `执法人员仅 ${new Set(act.officerIds).size} 人，少于两人（违反法定程序，第十七条（十））`,
              'fewer than two officers took part',
            ),
          ];
    },
  },
  {
    code: 'agency_qualified',
    article: 'art15.1.1',
    zh: '执法机关在执法之日不具备主体资格或超出职权范围',
    en: 'The agency was not qualified on the day, or acted outside its scope',
    dependsOn: ['qualifications'],
    check(act, ctx) {
      const q = ctx.qualifications.find(
        (p) => p.from <= act.decisionDate && (p.until === null || act.decisionDate <= p.until),
      );
      if (!q)
        return [
          warn(
            this,
            '执法机关在执法之日未经确认行政执法主体资格（第十五条（一））',
            'no confirmed qualification on the act date',
          ),
        ];
      if (!q.scope.includes(act.area))
        return [
          warn(
            this,
            `执法领域“${act.area}”超出已确认的职权范围（第十五条（一））`,
            `the area ${act.area} is outside the confirmed scope`,
          ),
        ];
      return [];
    },
  },
  {
    code: 'legal_basis',
    article: 'art15.1.2',
    zh: '未引用法定依据',
    en: 'No legal basis cited',
    dependsOn: [],
    check(act) {
      return act.legalBasis.some((b) => b.trim())
        ? []
        : [warn(this, '行政执法行为未引用法定依据（第十五条（二））', 'no legal basis is cited')];
    },
  },
  {
    code: 'seal',
    article: 'art15.1.3',
    zh: '执法决定未加盖有效印章',
    en: 'Decision without a valid seal',
    dependsOn: [],
    check(act) {
      return !DECISION_KINDS.includes(act.kind) || act.sealPresent
        ? []
        : [
            warn(
              this,
              '行政执法决定未加盖本机关有效印章（第十五条（三））',
              'the decision bears no valid seal',
            ),
          ];
    },
  },
  {
    code: 'deadline_overrun',
    article: 'art16.1.1',
    zh: '超过法定期限',
    en: 'Deadline overrun',
    dependsOn: ['today'],
    check(act, ctx) {
      return act.deadlines
        .filter((d) => (d.metOn ?? ctx.today) > d.due)
        .map((d) =>
          warn(
            this,
            `“${d.label}”超过期限（${d.due}）${d.metOn ? `，于${d.metOn}办结` : '，尚未办结'}（拖延履行法定职责，第十六条（一））`,
            `"${d.label}" ran past ${d.due}`,
          ),
        );
    },
  },
  {
    code: 'full_record',
    article: 'art17.1.8',
    zh: '未进行全过程记录',
    en: 'No full-process record',
    dependsOn: [],
    check(act) {
      return act.fullRecord
        ? []
        : [
            warn(
              this,
              '未按要求对行政执法行为进行全过程记录（第十七条（八））',
              'the process was not recorded',
            ),
          ];
    },
  },
  {
    code: 'discretion_benchmark',
    article: 'art16.1.2',
    zh: '未适用行政裁量权基准',
    en: 'No discretion benchmark applied',
    dependsOn: [],
    check(act) {
      return act.kind !== 'penalty' || act.discretionLevel
        ? []
        : [
            warn(
              this,
              '行政处罚未适用行政裁量权基准（第十六条（二））',
              'no discretion benchmark was applied to the penalty',
            ),
          ];
    },
  },
];

/** every warning the rules find on an act */
export function checkAct(act: EnforcementAct, ctx: ActContext): Warning[] {
  return RULES.flatMap((r) => r.check(act, ctx));
}

/** the rules to run again when what they depend on changes (a seized certificate re-checks one rule) */
export const rulesDependingOn = (what: Rule['dependsOn'][number]) =>
  RULES.filter((r) => r.dependsOn.includes(what));
