// An official document as DOCX, laid out per GB/T 9704-2012: A4, 版心 156 × 225 mm, the title
// in 2号方正小标宋简体, body in 3号仿宋_GB2312 at 22 lines a page, 〔年份〕 in the number, page
// numbers "— 1 —" outside on odd and even pages, and the 版记 at the end where it applies.
import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  type ParagraphChild,
  RelativeVerticalPosition,
  Table,
  TableAnchorType,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { finishDocx } from './docx-package.ts';
import { draftHeader } from './draft-mark.ts';
import {
  BODY_SPACING_TWENTIETHS,
  CHAR_TWIPS,
  DIGITS_LANGUAGE,
  FONT,
  LANGUAGE,
  LINE_TWIPS,
  PAGE,
  SIZE,
  TITLE_LINE_TWIPS,
  textWidthPt,
} from './layout.ts';
import type { Block, FormRow, Inline, OfficialDocument, TableColumn } from './model.ts';

/** the bookmark the seal is centred on (pdf/seal.ts reads it from the PDF); letters only,
 * since LibreOffice mangles other characters in destination names */
export const SEAL_ANCHOR = 'JianduSealAnchor';

/** millimetres to twips, rounded (docx's own helper truncates: A4 would lose a twip) */
const mm = (v: number) => Math.round((v * 1440) / 25.4);
const TEXT_WIDTH = mm(PAGE.widthMm - PAGE.leftMm - PAGE.rightMm);
const fontOf = (name: string) => ({ ascii: name, hAnsi: name, eastAsia: name, cs: name });
const exact = (line = LINE_TWIPS) => ({ line, lineRule: LineRuleType.EXACT, before: 0, after: 0 });

function run(
  text: Inline,
  font: string = FONT.body,
  size: number = SIZE.body,
  color?: string,
  language: typeof LANGUAGE | typeof DIGITS_LANGUAGE = LANGUAGE,
) {
  const r = typeof text === 'string' ? { text } : text;
  return new TextRun({
    text: r.text,
    bold: r.bold,
    underline: r.underline ? {} : undefined,
    font: fontOf(font),
    size: size * 2,
    // 3号 body text a quarter point narrower: 28 characters to the line (GB/T 9704 §5.2.2)
    characterSpacing: size === SIZE.body ? BODY_SPACING_TWENTIETHS : undefined,
    language,
    color,
  });
}

/** text that may wrap: its numbers in runs of their own, so that no line ends inside one */
function runs(text: Inline, font: string = FONT.body, size: number = SIZE.body): TextRun[] {
  const r = typeof text === 'string' ? { text } : text;
  return r.text
    .split(/(\d{2,})/)
    .filter(Boolean)
    .map((part) =>
      run({ ...r, text: part }, font, size, undefined, /^\d+$/.test(part) ? DIGITS_LANGUAGE : LANGUAGE),
    );
}

const blank = (keepNext = false) => new Paragraph({ spacing: exact(), keepNext, children: [run('')] });

/** `keep`: the paragraph stays on the page of what follows (the last one before the signature) */
function block(b: Block, keep = false): (Paragraph | Table)[] {
  switch (b.type) {
    case 'p': {
      const parts = typeof b.text === 'string' ? [b.text] : b.text;
      return [
        new Paragraph({
          spacing: exact(),
          alignment:
            b.align === 'right'
              ? AlignmentType.RIGHT
              : b.align === 'center'
                ? AlignmentType.CENTER
                : AlignmentType.JUSTIFIED,
          indent: b.indent === false ? undefined : { firstLine: 2 * CHAR_TWIPS },
          keepNext: keep || undefined,
          keepLines: keep || undefined,
          children: parts.flatMap((t) => runs(t)),
        }),
      ];
    }
    case 'h1':
      return [
        new Paragraph({
          spacing: exact(),
          indent: { firstLine: 2 * CHAR_TWIPS },
          children: [run(b.text, FONT.h1)],
        }),
      ];
    case 'h2':
      return [
        new Paragraph({
          spacing: exact(),
          indent: { firstLine: 2 * CHAR_TWIPS },
          children: [run(b.text, FONT.h2)],
        }),
      ];
    case 'space':
      return Array.from({ length: b.lines }, () => blank());
    case 'form':
      return [formTable(b.rows)];
    case 'table':
      return [columnTable(b.columns, b.rows)];
  }
}

const cellBorder = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
const borders = { top: cellBorder, bottom: cellBorder, left: cellBorder, right: cellBorder };
const formLine = 440;

function formCell(children: Paragraph[], width: number, span = 1) {
  return new TableCell({
    children,
    columnSpan: span,
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 100, right: 100, top: 40, bottom: 40 },
    borders,
  });
}

function formTable(rows: FormRow[]): Table {
  const labelWidth = Math.round(TEXT_WIDTH * 0.24);
  const valueWidth = TEXT_WIDTH - labelWidth;
  const p = (text: string, align: 'left' | 'center' | 'right' = 'left', keepNext?: boolean) =>
    new Paragraph({
      spacing: exact(formLine),
      keepNext,
      alignment:
        align === 'center'
          ? AlignmentType.CENTER
          : align === 'right'
            ? AlignmentType.RIGHT
            : AlignmentType.LEFT,
      children: runs(text, FONT.body, SIZE.form),
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [labelWidth, valueWidth],
    rows: rows.map((row) => {
      const keep = row.keepWithNext || undefined;
      const lines = row.value.split('\n').map((l) => p(l, 'left', keep));
      for (let i = lines.length; i < (row.lines ?? 1); i++) lines.push(p('', 'left', keep));
      if (row.signedBy !== undefined) {
        const who = row.signedBy ? row.signedBy.name : '';
        const when = row.signedBy?.date ?? '      年    月    日';
        lines.push(p(`签名：${who || '            '}    ${when}`, 'right', keep));
      }
      return new TableRow({
        cantSplit: true,
        children: [formCell([p(row.label, 'center', keep)], labelWidth), formCell(lines, valueWidth)],
      });
    }),
  });
}

const alignOf = (a: TableColumn['align']) =>
  a === 'center' ? AlignmentType.CENTER : a === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT;

/** a table in 4号 仿宋 with a bold header row that repeats on each page (a ranking, a list of figures) */
function columnTable(columns: TableColumn[], rows: string[][]): Table {
  const total = columns.reduce((s, c) => s + c.width, 0);
  const widths = columns.map((c) => Math.round((TEXT_WIDTH * c.width) / total));
  const cell = (text: string, i: number, header: boolean) =>
    formCell(
      [
        new Paragraph({
          spacing: exact(formLine),
          alignment: header ? AlignmentType.CENTER : alignOf(columns[i].align),
          children: [run(header ? { text, bold: true } : text, FONT.body, SIZE.form)],
        }),
      ],
      widths[i],
    );
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: columns.map((c, i) => cell(c.title, i, true)),
      }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((v, i) => cell(v, i, false)) })),
    ],
  });
}

function signature(sig: NonNullable<OfficialDocument['signature']>): Paragraph[] {
  // 成文日期右空四字; 署名以成文日期为准居中 (§7.3.5.1)
  const dateIndent = 4 * CHAR_TWIPS;
  const shift = Math.round(((textWidthPt(sig.date) - textWidthPt(sig.name)) / 2) * 20);
  return [
    // the signature never stands on a page without text above it (no 空白印章, §7.3.5.1)
    blank(true),
    blank(true),
    new Paragraph({
      spacing: exact(),
      alignment: AlignmentType.RIGHT,
      indent: { right: Math.max(0, dateIndent + shift) },
      // the signature never parts from its date at a page break
      keepNext: true,
      children: [run(sig.name)],
    }),
    new Paragraph({
      spacing: exact(),
      alignment: AlignmentType.RIGHT,
      indent: { right: dateIndent },
      children: [new Bookmark({ id: SEAL_ANCHOR, children: [run(sig.date)] })],
    }),
  ];
}

/**
 * 版记 (§7.4): 抄送 and 印发 rows between rules as wide as the 版心 — the first and last thick
 * (0.35 mm), the one between thin (0.25 mm) — the text one character in from each side, and the
 * last rule on the last line of the last page: a table floating at the foot of the 版心.
 */
const COLOPHON_WIDTH = TEXT_WIDTH;
const RED_LINE_SPACE_PT = 11;

function colophon(c: NonNullable<OfficialDocument['colophon']>): Table {
  const thick = { style: BorderStyle.SINGLE, size: 8, color: '000000' };
  const thin = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const line = (children: ParagraphChild[], tabs = false) =>
    new Paragraph({
      spacing: exact(),
      tabStops: tabs ? [{ type: TabStopType.RIGHT, position: TEXT_WIDTH - 2 * CHAR_TWIPS }] : undefined,
      indent: c.cc && !tabs ? { left: 3 * SIZE.form * 20, hanging: 3 * SIZE.form * 20 } : undefined,
      children,
    });
  const rows: { text: string; tabs: boolean }[] = [
    ...(c.cc ? [{ text: `抄送：${c.cc}。`, tabs: false }] : []),
    { text: `${c.printer}\t${c.printedOn}印发`, tabs: true },
  ];
  return new Table({
    width: { size: COLOPHON_WIDTH, type: WidthType.DXA },
    columnWidths: [COLOPHON_WIDTH],
    float: {
      // placed from the page's edge, which LibreOffice needs to float a table as wide as the 版心
      horizontalAnchor: TableAnchorType.PAGE,
      absoluteHorizontalPosition: mm(PAGE.leftMm),
      verticalAnchor: TableAnchorType.MARGIN,
      relativeVerticalPosition: RelativeVerticalPosition.BOTTOM,
    },
    borders: {
      top: thick,
      bottom: thick,
      left: none,
      right: none,
      insideHorizontal: thin,
      insideVertical: none,
    },
    // no default cell margin, which would move the rules out of the 版心 by its width
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    rows: rows.map(
      (r) =>
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              width: { size: COLOPHON_WIDTH, type: WidthType.DXA },
              margins: { left: CHAR_TWIPS, right: CHAR_TWIPS, top: 0, bottom: 0 },
              children: [line([run(r.text, FONT.body, SIZE.form)], r.tabs)],
            }),
          ],
        }),
    ),
  });
}

function head(doc: OfficialDocument): Paragraph[] {
  const title = (text: string) =>
    new Paragraph({
      spacing: exact(TITLE_LINE_TWIPS),
      alignment: AlignmentType.CENTER,
      children: [run(text, FONT.title, SIZE.title)],
    });
  const out = [title(doc.issuerHead), title(doc.title)];
  if (doc.number) {
    // 发文字号: two blank lines under the 发文机关标志; the red line 4 mm under it (§7.2.4, §7.2.6),
    // which with the 3号 line's own depth is a border 11 pt below (measured by npm run doc:check)
    out.push(blank(), blank());
    out.push(
      new Paragraph({
        spacing: exact(),
        alignment: AlignmentType.CENTER,
        border: doc.separator
          ? { bottom: { style: BorderStyle.SINGLE, size: 12, color: 'D00000', space: RED_LINE_SPACE_PT } }
          : undefined,
        children: [run(doc.number)],
      }),
    );
  }
  out.push(blank());
  if (doc.addressee) out.push(new Paragraph({ spacing: exact(), children: [run(`${doc.addressee}：`)] }));
  return out;
}

function footer(side: 'odd' | 'even') {
  // 页码: 4号半角宋体, 一字线 on each side; odd pages right, even pages left, one character in (§7.5)
  const text = (children: ParagraphChild[]) =>
    new Paragraph({
      alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
      indent: side === 'odd' ? { right: SIZE.pageNumber * 20 } : { left: SIZE.pageNumber * 20 },
      children,
    });
  const f = { font: fontOf(FONT.pageNumber), size: SIZE.pageNumber * 2 };
  return new Footer({
    children: [
      text([
        new TextRun({ text: '— ', ...f }),
        new TextRun({ children: [PageNumber.CURRENT], ...f }),
        new TextRun({ text: ' —', ...f }),
      ]),
    ],
  });
}

export function documentParts(doc: OfficialDocument): (Paragraph | Table)[] {
  const lastKept = doc.signature && !doc.attachments.length ? doc.body.length - 1 : -1;
  const parts: (Paragraph | Table)[] = [
    ...head(doc),
    ...doc.body.flatMap((b, i) => block(b, i === lastKept)),
  ];
  if (doc.attachments.length) {
    parts.push(blank());
    // 附件说明: 正文下空一行左空二字; later lines align under the first name (§7.3.4)
    for (const [i, a] of doc.attachments.entries())
      parts.push(
        new Paragraph({
          spacing: exact(),
          indent: { left: 2 * CHAR_TWIPS + (i === 0 ? 0 : 3 * CHAR_TWIPS) },
          keepNext: (doc.signature !== null && i === doc.attachments.length - 1) || undefined,
          children: [run(`${i === 0 ? '附件：' : ''}${doc.attachments.length > 1 ? `${i + 1}. ` : ''}${a}`)],
        }),
      );
  }
  if (doc.signature) parts.push(...signature(doc.signature));
  if (doc.note)
    parts.push(
      new Paragraph({
        spacing: exact(),
        indent: { firstLine: 2 * CHAR_TWIPS },
        children: [run(`（${doc.note}）`)],
      }),
    );
  // a body never ends on a table: the floating 版记 is anchored to an empty paragraph after it
  if (doc.colophon) parts.push(colophon(doc.colophon), new Paragraph({ spacing: exact(), children: [] }));
  return parts;
}

/**
 * The DOCX of a document: the same bytes for the same content and issue time. `issuedAt`
 * dates the document properties; without it they carry no date. `draft`: a preview, marked 草稿.
 */
export async function renderDocx(
  doc: OfficialDocument,
  issuedAt: Date | null = null,
  opts: { draft?: boolean } = {},
): Promise<Uint8Array> {
  const file = new Document({
    creator: doc.signature?.name ?? doc.issuerHead,
    title: doc.number ? `${doc.title} ${doc.number}` : doc.title,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: { run: { font: fontOf(FONT.body), size: SIZE.body * 2, language: LANGUAGE } },
      },
      // LibreOffice reads the base size of the page's text from the Normal style
      paragraphStyles: [
        { id: 'Normal', name: 'Normal', run: { font: fontOf(FONT.body), size: SIZE.body * 2 } },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: mm(PAGE.widthMm), height: mm(PAGE.heightMm) },
            margin: {
              top: mm(PAGE.topMm),
              bottom: mm(PAGE.bottomMm),
              left: mm(PAGE.leftMm),
              right: mm(PAGE.rightMm),
              footer: mm(PAGE.footerMm),
              header: mm(15),
            },
          },
        },
        footers: { default: footer('odd'), even: footer('even') },
        // a preview (草稿) bears the mark on odd and even pages alike
        ...(opts.draft ? { headers: { default: draftHeader(), even: draftHeader() } } : {}),
        children: documentParts(doc),
      },
    ],
  });
  return finishDocx(new Uint8Array(await Packer.toBuffer(file)), issuedAt);
}
