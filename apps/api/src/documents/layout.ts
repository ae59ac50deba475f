// GB/T 9704-2012《党政机关公文格式》 as numbers. Font names are the standard ones an office's
// Word or WPS has; the PDF converter maps them to free CJK fonts (pdf/fonts.conf).

export const PAGE = {
  widthMm: 210,
  heightMm: 297,
  // 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm (§5.2.1): the rest follows
  topMm: 37,
  bottomMm: 35,
  leftMm: 28,
  rightMm: 26,
  /** 页码: its 一字线 7 mm below the 版心 (§7.5). The footer distance is counted from the page's
   * foot to the footer text; 25 mm puts the middle of the dashes 7 mm under the 版心 (measured
   * by npm run doc:check: 21 mm put them 11.1 mm under) */
  footerMm: 25,
} as const;

export const FONT = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  h1: '黑体',
  h2: '楷体_GB2312',
  pageNumber: '宋体',
} as const;

/** sizes in points: 2号 22, 3号 16, 4号 14 */
export const SIZE = { title: 22, body: 16, pageNumber: 14, form: 14 } as const;

/** 28 characters of 3号 to the 156 mm line (§5.2.2): 442.2 pt / 28 = 15.79 pt a character, so
 * each is set 0.25 pt (5 twentieths) narrower than its 16 pt. A character grid would say the same
 * to Word, but LibreOffice's grid only ever widens characters, never narrows them. */
export const BODY_SPACING_TWENTIETHS = -5;

/** the text is Simplified Chinese: a font fallback chooses a zh-CN face, never a Japanese one */
export const LANGUAGE = { value: 'zh-CN', eastAsia: 'zh-CN' } as const;
/**
 * Digits set in a Chinese line take the Chinese line-breaking of the text around them, and
 * LibreOffice then breaks inside a number ("202" at a line's end, "6年" on the next). Runs of
 * digits are tagged English, whose line breaking keeps a number whole; they keep their font.
 */
export const DIGITS_LANGUAGE = { value: 'en-US', eastAsia: 'en-US' } as const;

/** 22 lines of 3号 text on a 225 mm 版心 (§5.2.2): 28.95 pt a line */
export const LINE_TWIPS = 579;
export const TITLE_LINE_TWIPS = 700;
/** one body character (3号) in twips: indents are counted in characters */
export const CHAR_TWIPS = SIZE.body * 20;

/** the width of a text in points, counting ASCII as half a character */
export function textWidthPt(text: string, sizePt: number = SIZE.body): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) < 0x80 ? sizePt / 2 : sizePt;
  return w;
}

/** 成文日期 in Arabic numerals without padding (§7.3.5.1): 2024年9月27日 */
export function cnDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
