// What the organ found, as the notice and the decision state it: the act supervised, named as
// the agency's own documents name it (第九条（三）（四）), the facts the investigation established,
// and the findings article by article — never the petitioner's words.

import { WRONG_LAW } from '@jiandu/procedure';
import { getMeasure } from '@jiandu/regulation';
import type { DocumentData } from '../data.ts';
import { cnDate } from '../layout.ts';
import type { Block } from '../model.ts';
import { articleShort, groundText, names, provisionCited } from './common.ts';

/** a statement ends as a sentence does */
export const sentence = (s: string) =>
  /[。！？]$/.test(s.trim()) ? s.trim() : `${s.trim().replace(/[，；、\s]+$/, '')}。`;

/** 你单位于2026年10月9日对某公司实施安全生产监督检查（泽应急检〔2026〕57号），适用《…》第六十五条。 */
export function actSentence(d: DocumentData): string {
  const a = d.facts.act;
  if (!a) return '';
  const number = a.number ? `（${a.number}）` : '';
  const applied = a.provisionApplied ? `，适用${a.provisionApplied}` : '';
  return `你单位于${cnDate(a.madeOn)}对${a.party}${a.name}${number}${applied}。`;
}

/** 经查：the act and the facts found; an act not yet named falls back on the case's 案由 */
export function factsFound(d: DocumentData, found: string | null | undefined): string {
  const facts = found?.trim() ? sentence(found) : '';
  return `经查：${actSentence(d)}${facts || (d.facts.act ? '' : `${d.caseTitle}。`)}`;
}

/** 本机关依法进行了调查核实：the measures taken, on their days, by whom */
export function investigation(d: DocumentData): string {
  const measures = d.facts.measures.map(
    (m) => `${cnDate(m.on)}${getMeasure(d.pack, m.kind).nameZh}（监督人员：${names(d, m.supervisorIds)}）`,
  );
  return measures.length
    ? `本机关依法进行了调查核实：${measures.join('；')}。`
    : '本机关依法进行了调查核实。';
}

/**
 * the findings as numbered lines: 一、违反法定程序（《办法》第十三条第一款第（三）项）。 A finding
 * of the wrong law names the provision that should have applied.
 */
export function findingBlocks(d: DocumentData, ids: readonly string[]): Block[] {
  const zh = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
  const correct = d.facts.act?.provisionCorrect;
  return ids.map((id, i) => ({
    type: 'p' as const,
    text: `${zh[i] ?? i + 1}、${groundText(d.pack, id)}（${provisionCited(d, articleShort(d.pack, id))}）${
      id === WRONG_LAW && correct ? `，应当适用${correct}` : ''
    }。`,
  }));
}

/** "你单位的上述行政执法行为" once the act is named, "你单位的行政执法行为" before */
export const theAct = (d: DocumentData) =>
  d.facts.act ? '你单位的上述行政执法行为' : '你单位的行政执法行为';
