// The scoring rubric of a case-file evaluation (案卷评查, 第八条（一）): chapters with points, and
// in each the deductions a reviewer may make. The default follows the chapters evaluators in
// Shanxi use (执法主体 … 归档管理), 100 points in all; a campaign may edit it before the draw.
// An item that a warning rule can see names that rule, so the data pre-scores it.
import type { RuleCode } from '../acts/rules.ts';
import { type Refusal, refusal } from '../case/refusal.ts';

export interface RubricItem {
  /** stable within the rubric: 'S1', 'P2' … */
  code: string;
  text: string;
  /** the most this item may deduct */
  points: number;
  /** the article the problem offends, when one names it */
  article?: string;
  /** the warning rule that finds the problem in reported data */
  rule?: RuleCode;
}

export interface RubricChapter {
  code: string;
  name: string;
  /** the chapter's share of 100; its deductions never exceed it */
  points: number;
  items: RubricItem[];
}

export interface Rubric {
  chapters: RubricChapter[];
  /** a file scoring below this fails (不合格) */
  passMark: number;
}

export const DEFAULT_RUBRIC: Rubric = {
  passMark: 60,
  chapters: [
    {
      code: 'S',
      name: '执法主体',
      points: 10,
      items: [
        {
          code: 'S1',
          text: '执法机关不具备行政执法主体资格或超越法定职权',
          points: 10,
          article: 'art15.1.1',
          rule: 'agency_qualified',
        },
        {
          code: 'S2',
          text: '执法人员未取得或未持有效行政执法证件',
          points: 6,
          article: 'art16.1.7',
          rule: 'officer_certificate',
        },
      ],
    },
    {
      code: 'F',
      name: '事实证据',
      points: 20,
      items: [
        { code: 'F1', text: '主要事实不清', points: 10, article: 'art13.1.1' },
        { code: 'F2', text: '证据不足、证据来源或形式不合法', points: 10, article: 'art13.1.1' },
      ],
    },
    {
      code: 'L',
      name: '法律适用',
      points: 15,
      items: [
        { code: 'L1', text: '未引用法律依据', points: 15, article: 'art15.1.2', rule: 'legal_basis' },
        { code: 'L2', text: '适用法律、法规错误或引用条款不准确', points: 10, article: 'art13.1.2' },
      ],
    },
    {
      code: 'P',
      name: '执法程序',
      points: 25,
      items: [
        { code: 'P1', text: '执法人员少于两人', points: 8, article: 'art17.1.10', rule: 'two_officers' },
        { code: 'P2', text: '超过法定办理期限', points: 7, article: 'art16.1.1', rule: 'deadline_overrun' },
        { code: 'P3', text: '未按要求进行全过程记录', points: 5, article: 'art17.1.8', rule: 'full_record' },
        { code: 'P4', text: '未依法告知陈述、申辩、听证等权利', points: 5, article: 'art13.1.3' },
      ],
    },
    {
      code: 'D',
      name: '文书制作',
      points: 10,
      items: [
        { code: 'D1', text: '执法决定书未加盖有效印章', points: 6, article: 'art15.1.3', rule: 'seal' },
        { code: 'D2', text: '文书要素不全、表述不规范', points: 4 },
      ],
    },
    {
      code: 'X',
      name: '裁量适用',
      points: 10,
      items: [
        {
          code: 'X1',
          text: '未适用行政裁量权基准',
          points: 6,
          article: 'art16.1.2',
          rule: 'discretion_benchmark',
        },
        { code: 'X2', text: '裁量明显不当', points: 4, article: 'art13.1.5' },
      ],
    },
    {
      code: 'A',
      name: '归档管理',
      points: 10,
      items: [
        { code: 'A1', text: '案卷材料不完整或未按规定立卷归档', points: 6, article: 'art17.1.9' },
        { code: 'A2', text: '卷内目录、页码编排不规范', points: 4 },
      ],
    },
  ],
};

/** a rubric a campaign may use: 100 points, unique codes, no item worth more than its chapter */
export function checkRubric(r: Rubric): Refusal | null {
  const bad = (reason: string, reasonEn: string) => refusal('art8.1.1', reason, reasonEn, 'rubric');
  const total = r.chapters.reduce((s, c) => s + c.points, 0);
  if (total !== 100)
    return bad(`各章分值合计应为100分，现为${total}分`, `chapters must total 100, not ${total}`);
  const codes = new Set<string>();
  for (const c of r.chapters) {
    if (!c.items.length) return bad(`“${c.name}”没有评查项目`, `chapter ${c.name} has no items`);
    for (const i of c.items) {
      if (codes.has(i.code)) return bad(`项目编号 ${i.code} 重复`, `item code ${i.code} repeats`);
      codes.add(i.code);
      if (i.points > c.points)
        return bad(`项目 ${i.code} 的分值超过所在章`, `item ${i.code} is worth more than its chapter`);
    }
  }
  if (r.passMark <= 0 || r.passMark > 100) return bad('合格线应在1至100分之间', 'pass mark must be 1–100');
  return null;
}

export const rubricItems = (r: Rubric) =>
  r.chapters.flatMap((c) => c.items.map((i) => ({ ...i, chapter: c })));
