// Measuring a document's PDF against GB/T 9704-2012 and against its own DOCX, with poppler
// (pdfinfo, pdftotext -bbox-layout, pdftoppm): the page, the 版心, characters per line, lines per
// page, the page number, the red line under the number, the 版记 at the foot of the last page,
// and the text — which must be the DOCX's text, character for character, line breaks aside.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { PAGE } from '../layout.ts';

const PT = 72 / 25.4;
const BOX = {
  left: PAGE.leftMm * PT,
  right: (PAGE.widthMm - PAGE.rightMm) * PT,
  top: PAGE.topMm * PT,
  bottom: (PAGE.heightMm - PAGE.bottomMm) * PT,
};
const TEXT_WIDTH_PT = BOX.right - BOX.left;

export const popplerAvailable = () =>
  fs.existsSync('/usr/bin/pdftotext') && fs.existsSync('/usr/bin/pdftoppm');

/** the text of a DOCX body, paragraph by paragraph (tabs as spaces), without headers and footers */
export function docxText(docx: Uint8Array): string {
  const xml = strFromU8(
    unzipSync(docx, { filter: (f) => f.name === 'word/document.xml' })['word/document.xml'],
  );
  const xmlText = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  return xml
    .split(/<\/w:p>/)
    .map((p) =>
      [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)]
        .map((m) => (m[1] === undefined ? ' ' : xmlText(m[1])))
        .join(''),
    )
    .join('\n');
}

/** text compared without line breaks and the spaces pdftotext puts between scripts */
export const normalise = (s: string) => s.replace(/\s+/g, '');

interface Word {
  page: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  text: string;
}
interface Line {
  page: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  words: Word[];
}

function parseBbox(html: string) {
  const pages: { width: number; height: number; lines: Line[] }[] = [];
  for (const pm of html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)) {
    const page = pages.length;
    const lines: Line[] = [];
    for (const lm of pm[3].matchAll(
      /<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g,
    )) {
      const words = [
        ...lm[5].matchAll(
          /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
        ),
      ].map((w) => ({ page, x0: +w[1], y0: +w[2], x1: +w[3], y1: +w[4], text: w[5] }));
      lines.push({ page, x0: +lm[1], y0: +lm[2], x1: +lm[3], y1: +lm[4], words });
    }
    pages.push({ width: +pm[1], height: +pm[2], lines });
  }
  return pages;
}

const median = (xs: number[]) => {
  if (!xs.length) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const round1 = (n: number) => Math.round(n * 10) / 10;
const lineText = (l: Line) => l.words.map((w) => w.text).join('');
const isPageNumber = (l: Line) => /^—\d+—$/.test(lineText(l));
/** 3号 body text: a line about 20.8 pt high */
const isBody = (l: Line) => Math.abs(l.y1 - l.y0 - 20.8) < 1.5;
const CJK = /^[\u3400-\u9fff\uff0c\u3001\u3002\uff1a\uff1b\uff08\uff09\u300a\u300b\u201c\u201d]+$/u;

/** a page as grey pixels (P5 PGM from pdftoppm), one pixel a point */
function greyPage(file: string, page: number) {
  const pgm = execFileSync(
    '/usr/bin/pdftoppm',
    ['-gray', '-r', '72', '-f', `${page + 1}`, '-l', `${page + 1}`, file],
    {
      maxBuffer: 64 << 20,
    },
  );
  const head = pgm.subarray(0, 32).toString('latin1').split(/\s+/);
  const [w, h] = [Number(head[1]), Number(head[2])];
  return { w, h, px: pgm.subarray(pgm.length - w * h) };
}
/** a page in colour (P6 PPM), two pixels a point, for the red line */
function colourPage(file: string, page: number) {
  const ppm = execFileSync(
    '/usr/bin/pdftoppm',
    ['-r', '144', '-f', `${page + 1}`, '-l', `${page + 1}`, file],
    {
      maxBuffer: 64 << 20,
    },
  );
  const head = ppm.subarray(0, 32).toString('latin1').split(/\s+/);
  const [w, h] = [Number(head[1]), Number(head[2])];
  return { w, h, px: ppm.subarray(ppm.length - w * h * 3) };
}

export interface Measurement {
  pages: number;
  /** page size in mm */
  sizeMm: [number, number];
  /** full-width 3号 characters the 版心 holds at the measured pitch; null without body text */
  charsPerLine: number | null;
  /** 3号 lines the 版心 holds at the measured line pitch; null without body text */
  linesPerPage: number | null;
  /** how far the middle of the page number's dashes is below the 版心, mm */
  pageNumberMm: number | null;
  /** the page number sits on the outer side, one character in: right on odd pages, left on even */
  pageNumberOuter: boolean | null;
  /** ink outside the 版心 (the page number aside), in mm beyond its edge; 0 when none */
  beyondMm: number;
  /** the red separator's distance under the 发文字号, mm; null without one */
  redLineMm: number | null;
  /** the 版记's last line from the foot of the 版心, mm; null without a 版记 */
  colophonFromFootMm: number | null;
  /** the 版记 stands on a page of its own */
  colophonAlone: boolean | null;
  /** the signature and date stand on a page without text above them (a 空白印章, §7.3.5.1) */
  signatureAlone: boolean | null;
  /** numbers a line break cuts in two, as "…202|6…"; none when every number stays whole */
  brokenNumbers: string[];
  /** the PDF's text is the DOCX's: 'same'; in form tables, whose cells poppler reads across the
   * rows, the same characters as often each ('same characters'); or not ('differs') */
  text: 'same' | 'same characters' | 'differs';
  textEqual: boolean;
  /** where they first differ */
  textDiff: string | null;
}

/** `number`: the 发文字号, to find the red line under; `tables`: the document has form tables */
export function measurePdf(
  pdf: Uint8Array,
  docx: Uint8Array,
  opts: { number?: string | null; tables?: boolean } = {},
): Measurement {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiandu-measure-'));
  try {
    const file = path.join(dir, 'd.pdf');
    fs.writeFileSync(file, pdf);
    const pages = parseBbox(
      execFileSync('/usr/bin/pdftotext', ['-bbox-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }),
    );
    const all = pages.flatMap((p) => p.lines);
    const body = all.filter((l) => isBody(l) && !isPageNumber(l));

    // characters per line: the pitch of runs of Chinese text, on lines without half-width
    // characters (justified lines stretch it a little; a line with digits or Latin letters gains
    // the spacing set between Chinese and Western text, and stretches more)
    const pitches = body
      .filter((l) => !l.words.some((w) => /[\x21-\x7e]/.test(w.text)))
      .flatMap((l) =>
        l.words
          .filter((w) => CJK.test(w.text) && [...w.text].length >= 8)
          .map((w) => (w.x1 - w.x0) / [...w.text].length),
      );
    const pitch = median(pitches);
    const charsPerLine = Number.isNaN(pitch) ? null : Math.floor((TEXT_WIDTH_PT + 0.5) / pitch);
    // lines per page: the step from one body line to the next on a page
    const steps: number[] = [];
    for (let i = 1; i < body.length; i++)
      if (body[i].page === body[i - 1].page) {
        const d = body[i].y0 - body[i - 1].y0;
        if (d > 20 && d < 35) steps.push(d);
      }
    const step = median(steps);
    const linesPerPage = Number.isNaN(step) ? null : Math.round((BOX.bottom - BOX.top) / step);

    // page numbers: the middle of the dashes, on every page
    const numbers = all.filter(isPageNumber);
    const pageNumberMm = numbers.length
      ? round1(median(numbers.map((l) => (l.y0 + l.y1) / 2 - BOX.bottom)) / PT)
      : null;
    const pageNumberOuter = numbers.length
      ? numbers.every((l) =>
          l.page % 2 === 0 ? Math.abs(BOX.right - 14 - l.x1) < 4 : Math.abs(l.x0 - (BOX.left + 14)) < 4,
        )
      : null;

    // ink outside the 版心, the page-number band aside
    let beyond = 0;
    for (let p = 0; p < pages.length; p++) {
      const g = greyPage(file, p);
      const band = numbers.filter((l) => l.page === p);
      for (let y = 0; y < g.h; y++)
        for (let x = 0; x < g.w; x++) {
          if (g.px[y * g.w + x] > 128) continue;
          if (band.some((l) => y >= l.y0 - 2 && y <= l.y1 + 2)) continue;
          const out = Math.max(BOX.left - x, x - BOX.right, BOX.top - y, y - BOX.bottom, 0);
          beyond = Math.max(beyond, out);
        }
    }

    // the red line under the number: the first red row below the number, at the page's middle
    let redLineMm: number | null = null;
    const num = opts.number
      ? pages[0]?.lines.find((l) => normalise(lineText(l)) === normalise(opts.number!))
      : undefined;
    if (num) {
      const c = colourPage(file, 0);
      const x = Math.round(c.w / 2);
      for (let y = Math.round(num.y1 * 2); y < c.h; y++) {
        const i = (y * c.w + x) * 3;
        if (c.px[i] > 150 && c.px[i + 1] < 110 && c.px[i + 2] < 110) {
          let end = y;
          while (end + 1 < c.h && c.px[((end + 1) * c.w + x) * 3 + 1] < 110) end++;
          redLineMm = round1(((y + end) / 2 / 2 - num.y1) / PT);
          break;
        }
      }
    }

    // the 版记: its last line is the one with 印发
    const last = all.filter((l) => /印发$/.test(normalise(lineText(l)))).at(-1);
    const colophonFromFootMm = last ? round1((BOX.bottom - last.y1) / PT) : null;
    const colophonAlone = last
      ? pages[last.page].lines.filter((l) => !isPageNumber(l) && l.y1 < last.y0 - 40).length === 0
      : null;

    // the 成文日期 under the signature: some text must stand above them on their page
    const dated = all.filter((l) => /^\d{4}年\d{1,2}月\d{1,2}日$/.test(normalise(lineText(l)))).at(-1);
    const signatureAlone = dated
      ? pages[dated.page].lines.filter((l) => !isPageNumber(l) && l.y1 < dated.y0 - 35).length === 0
      : null;

    // numbers cut by a line break: a line ending in a digit whose next line starts with one
    const brokenNumbers: string[] = [];
    const lines = all.filter((l) => !isPageNumber(l)).map((l) => normalise(lineText(l)));
    for (let i = 1; i < lines.length; i++)
      if (/\d$/.test(lines[i - 1]) && /^\d/.test(lines[i]))
        brokenNumbers.push(`${lines[i - 1].slice(-6)}|${lines[i].slice(0, 6)}`);

    // the text, page numbers aside
    const pdfText = normalise(
      execFileSync('/usr/bin/pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(
        /—\s*\d+\s*—/g,
        '',
      ),
    );
    const want = normalise(docxText(docx));
    let i = 0;
    while (i < want.length && want[i] === pdfText[i]) i++;
    const sorted = (t: string) => [...t].sort().join('');
    const text =
      want === pdfText
        ? 'same'
        : opts.tables && sorted(want) === sorted(pdfText)
          ? 'same characters'
          : 'differs';
    const textEqual = text !== 'differs';
    return {
      text,
      pages: pages.length,
      sizeMm: [round1((pages[0]?.width ?? 0) / PT), round1((pages[0]?.height ?? 0) / PT)],
      charsPerLine,
      linesPerPage,
      pageNumberMm,
      pageNumberOuter,
      beyondMm: round1(beyond / PT),
      redLineMm,
      colophonFromFootMm,
      colophonAlone,
      signatureAlone,
      brokenNumbers,
      textEqual,
      textDiff: textEqual
        ? null
        : `DOCX …${want.slice(Math.max(0, i - 12), i + 12)}… PDF …${pdfText.slice(Math.max(0, i - 12), i + 12)}…`,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** what GB/T 9704-2012 (and this system's layout) asks, with the tolerance of a measurement */
export function deviations(m: Measurement, kind: string): string[] {
  const out: string[] = [];
  if (Math.abs(m.sizeMm[0] - 210) > 0.5 || Math.abs(m.sizeMm[1] - 297) > 0.5)
    out.push(`page ${m.sizeMm.join('×')} mm, not A4`);
  if (m.charsPerLine !== null && m.charsPerLine !== 28)
    out.push(`${m.charsPerLine} characters a line, not 28`);
  if (m.linesPerPage !== null && m.linesPerPage !== 22) out.push(`${m.linesPerPage} lines a page, not 22`);
  if (m.pageNumberMm === null) out.push('no page number');
  else if (Math.abs(m.pageNumberMm - 7) > 1)
    out.push(`page number ${m.pageNumberMm} mm below the 版心, not 7`);
  if (m.pageNumberOuter === false) out.push('page number not on the outer side, one character in');
  if (m.beyondMm > 0.5) out.push(`ink ${m.beyondMm} mm beyond the 版心`);
  if (m.redLineMm !== null && Math.abs(m.redLineMm - 4) > 1)
    out.push(`red line ${m.redLineMm} mm under the number, not 4`);
  if (m.colophonFromFootMm !== null && m.colophonFromFootMm > 3)
    out.push(`版记 ${m.colophonFromFootMm} mm above the foot`);
  if (m.colophonAlone) out.push('版记 alone on its page');
  if (m.signatureAlone) out.push('signature and date alone on their page (空白印章)');
  if (!m.textEqual) out.push(`PDF text differs from the DOCX: ${m.textDiff}`);
  if (m.brokenNumbers.length) out.push(`numbers broken across lines: ${m.brokenNumbers.join('; ')}`);
  return out.map((d) => `${kind}: ${d}`);
}
