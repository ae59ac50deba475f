// Numbering of provisions: Chinese numerals for the text and citations, roman numerals for the
// English items, and the builder that derives ids and numbers from position so they cannot drift.
import type { Article, Chapter, Item, Paragraph, PartialMark } from './types.ts';

const DIGITS = '零一二三四五六七八九';

/** 1..99 as a Chinese numeral: 2 → 二, 10 → 十, 13 → 十三, 21 → 二十一. */
export function zhNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`zhNumeral: 1..99 expected, got ${n}`);
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
}

/** 1..39 as a lower-case roman numeral, the usual English rendering of 项. */
export function romanNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 39) throw new RangeError(`romanNumeral: 1..39 expected, got ${n}`);
  const tens = 'x'.repeat(Math.floor(n / 10));
  const ones = ['', 'i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix'][n % 10];
  return tens + ones;
}

export const articleNumberZh = (n: number) => `第${zhNumeral(n)}条`;
export const paragraphNumberZh = (n: number) => `第${zhNumeral(n)}款`;
export const itemNumberZh = (n: number) => `（${zhNumeral(n)}）`;

export function chapter(number: number, titleZh: string): Chapter {
  return { number, numberZh: `第${zhNumeral(number)}章`, titleZh };
}

/** A paragraph as written: its lead text and, if it has any, its items in order. */
export interface ParagraphSource {
  text: string;
  items?: readonly string[];
  partial?: PartialMark;
}

export const para = (text: string, items: readonly string[] = []): ParagraphSource => ({ text, items });

/** A paragraph recovered in part: its words exactly as recovered, and where they stop short. */
export const partialPara = (text: string, partial: PartialMark): ParagraphSource => ({ text, partial });

/** Builds an article; ids and numbers come from position (art13.1.2 = 2nd item of 1st paragraph). */
export function article(number: number, ch: Chapter, paragraphs: readonly ParagraphSource[]): Article {
  const id = `art${number}`;
  return {
    id,
    number,
    numberZh: articleNumberZh(number),
    chapter: ch,
    paragraphs: paragraphs.map((p, pi): Paragraph => {
      const pid = `${id}.${pi + 1}`;
      return {
        id: pid,
        number: pi + 1,
        text: p.text,
        items: (p.items ?? []).map(
          (text, ii): Item => ({
            id: `${pid}.${ii + 1}`,
            number: ii + 1,
            numberZh: itemNumberZh(ii + 1),
            text,
          }),
        ),
        ...(p.partial ? { partial: p.partial } : {}),
      };
    }),
  };
}

/** Freezes the pack so a shared module-level value cannot be changed by a caller. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
