// The PDF of a supervision decision (第十条): DOCX through the one persistent LibreOffice,
// the standard fonts as Noto CJK, the seal stamped over the signature and 成文日期 where
// GB/T 9704-2012 §7.3.5.1 puts it — read back with poppler, down to the colour of the pixels.
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { AlignmentType, Bookmark, Document, Packer, Paragraph, TextRun } from 'docx';
import { type PDFArray, PDFDocument, PDFHexString, PDFName, PDFString, rgb } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPdfConverter, libreOfficeAvailable } from './converter.ts';
import { pdfPagesToPng, popplerAvailable } from './preview.ts';
import { pdfPageCount, sealAnchor, stampSeal } from './seal.ts';

const HAS_PDF = libreOfficeAvailable() && popplerAvailable();
if (!HAS_PDF)
  console.warn(
    'LibreOffice (libreoffice-writer-nogui, python3-uno) or poppler-utils is missing: the PDF conversion tests are skipped',
  );

const MM = 72 / 25.4;
const twips = (mm: number) => Math.round((mm * 1440) / 25.4);
const font = (name: string) => ({ ascii: name, hAnsi: name, eastAsia: name, cs: name });
const BODY =
  '行政执法监督机关作出处理决定的，应当出具《行政执法监督决定书》，并加盖本级人民政府行政执法监督专用章。';
const DATE = '2024年9月27日';
const SEAL = new URL('../../seeds/seals/140500.png', import.meta.url);

/** a decision laid out as GB/T 9704-2012 has it: A4, 版心 156 × 225 mm, 2号小标宋 title, 3号仿宋 body */
async function decisionDocx(): Promise<Uint8Array> {
  const body = (text: string, face = '仿宋_GB2312') =>
    new Paragraph({
      indent: { firstLine: 2 * 320 },
      children: [new TextRun({ text, font: font(face), size: 32 })],
    });
  const doc = new Document({
    sections: [
      {
        properties: {
          page: {
            size: { width: twips(210), height: twips(297) },
            margin: { top: twips(37), bottom: twips(35), left: twips(28), right: twips(26) },
          },
        },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: '行政执法监督决定书', font: font('方正小标宋简体'), size: 44 })],
          }),
          ...Array.from({ length: 25 }, (_, i) => body(`${i + 1}. ${BODY}`)),
          body('黑体的一行。', '黑体'),
          body('楷体的一行。', '楷体_GB2312'),
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            indent: { right: 4 * 320 + 2 * 320 },
            children: [new TextRun({ text: '晋城市人民政府', font: font('仿宋_GB2312'), size: 32 })],
          }),
          // 成文日期右空四字, marked for the seal
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            indent: { right: 4 * 320 },
            children: [
              new Bookmark({
                id: 'seal_anchor',
                children: [new TextRun({ text: DATE, font: font('仿宋_GB2312'), size: 32 })],
              }),
            ],
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** RGB of each pixel of an 8-bit, non-interlaced RGB or RGBA PNG (what pdftoppm writes) */
function decodePng(png: Uint8Array) {
  const buf = Buffer.from(png);
  let pos = 8;
  let width = 0;
  let height = 0;
  let channels = 3;
  const idat: Buffer[] = [];
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos);
    const type = buf.toString('latin1', pos + 4, pos + 8);
    const data = buf.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect(data[8]).toBe(8);
      expect(data[12]).toBe(0);
      channels = data[9] === 6 ? 4 : 3;
    } else if (type === 'IDAT') idat.push(data);
    pos += len + 12;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let i = 0; i < stride; i++) {
      const at = y * stride + i;
      const a = i >= channels ? pixels[at - channels] : 0;
      const b = y > 0 ? pixels[at - stride] : 0;
      const c = i >= channels && y > 0 ? pixels[at - stride - channels] : 0;
      const p = a + b - c;
      const paeth =
        Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c)
          ? a
          : Math.abs(p - b) <= Math.abs(p - c)
            ? b
            : c;
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter];
      pixels[at] = (raw[y * (stride + 1) + 1 + i] + predictor) & 0xff;
    }
  }
  return {
    width,
    height,
    at: (x: number, y: number) => {
      const i = (Math.round(y) * width + Math.round(x)) * channels;
      return [pixels[i], pixels[i + 1], pixels[i + 2]];
    },
  };
}

const isRed = ([r, g, b]: number[]) => r > 150 && g < 110 && b < 110;
const isWhite = ([r, g, b]: number[]) => r > 240 && g > 240 && b > 240;

describe.skipIf(!HAS_PDF)('the decision as PDF, sealed (第十条, GB/T 9704-2012)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiandu-pdf-test-'));
  const converter = createPdfConverter();
  let docx: Uint8Array;
  let pdf: Uint8Array;
  const file = (name: string, bytes: Uint8Array) => {
    const f = path.join(dir, name);
    fs.writeFileSync(f, bytes);
    return f;
  };
  const poppler = (tool: string, ...args: string[]) =>
    execFileSync(`/usr/bin/${tool}`, args, { encoding: 'utf8', maxBuffer: 16 << 20 });
  const text = (bytes: Uint8Array) => poppler('pdftotext', '-enc', 'UTF-8', file('text.pdf', bytes), '-');
  /** LibreOffice and its bridge carry the pipe name jiandu_<our pid>_… in their command lines */
  const ours = () =>
    execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' })
      .split('\n')
      .filter((l) => l.includes(`jiandu_${process.pid}_`));

  beforeAll(async () => {
    docx = await decisionDocx();
    pdf = await converter.toPdf(docx);
  });
  afterAll(async () => {
    await converter.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('第十条: the 《行政执法监督决定书》 DOCX becomes an A4 PDF of several pages, its Chinese text intact', async () => {
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(await pdfPageCount(pdf)).toBeGreaterThanOrEqual(2);
    expect(poppler('pdfinfo', file('decision.pdf', pdf))).toMatch(
      /Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/,
    );
    const out = text(pdf).replace(/\s+/g, '');
    expect(out).toContain('行政执法监督决定书');
    expect(out).toContain(BODY);
    expect(out).toContain(DATE);
  });

  it('第十条: the standard document fonts come out as Noto CJK, embedded, never a fallback font', () => {
    // LibreOffice names the subset after the first face of the Noto collection (…CJKjp…); the
    // glyphs are those of the SC face fontconfig chose (checked by eye: 骨, 直 in their SC forms)
    const fonts = poppler('pdffonts', file('fonts.pdf', pdf));
    const rows = fonts.split('\n').slice(2).filter(Boolean);
    expect(fonts).toMatch(/NotoSerifCJK\w*-Regular/); // 仿宋_GB2312, 楷体_GB2312
    expect(fonts).toMatch(/NotoSerifCJK\w*-Bold/); // 方正小标宋简体
    expect(fonts).toMatch(/NotoSansCJK\w*-Regular/); // 黑体
    expect(fonts).not.toMatch(/DejaVu|Liberation/);
    for (const row of rows) expect(row, row).toMatch(/\byes\s+yes\s+yes\b/); // embedded, subset, unicode
  });

  it('one LibreOffice converts one document after another, without starting again', async () => {
    for (let i = 0; i < 3; i++) {
      const again = await converter.toPdf(docx);
      expect(await pdfPageCount(again)).toBe(await pdfPageCount(pdf));
    }
    expect(converter.starts).toBe(1);
  });

  it("第十条: the seal's anchor, the 成文日期's bookmark, is found on the last page where the date starts", async () => {
    const pages = await pdfPageCount(pdf);
    const anchor = await sealAnchor(pdf);
    expect(anchor).not.toBeNull();
    expect(await sealAnchor(pdf, 'seal_anchor')).toEqual(anchor);
    expect(anchor!.page).toBe(pages - 1);
    // poppler's own idea of where the date is: its words on the last page
    const bbox = poppler(
      'pdftotext',
      '-bbox',
      '-f',
      String(pages),
      '-l',
      String(pages),
      file('bbox.pdf', pdf),
      '-',
    );
    const first = /<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>2024<\/word>/.exec(bbox);
    expect(first).not.toBeNull();
    const height = 841.89;
    expect(Math.abs(anchor!.x - Number(first![1]))).toBeLessThan(2);
    // /XYZ top is the top of the date's line: at or a little above the glyphs
    expect(anchor!.y).toBeGreaterThanOrEqual(height - Number(first![2]) - 1);
    expect(anchor!.y).toBeLessThan(height - Number(first![2]) + 8);
  });

  it("第十条: the decision PDF carries the seal of the government at the organ's level, centred over the date and pressing on it", async () => {
    const seal = new Uint8Array(fs.readFileSync(SEAL));
    const { pdf: sealed, placement } = await stampSeal(pdf, seal);
    const pages = await pdfPageCount(pdf);
    expect(Buffer.from(sealed.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(await pdfPageCount(sealed)).toBe(pages);
    expect(sealed.length).toBeGreaterThan(pdf.length);
    expect(text(sealed)).toBe(text(pdf)); // nothing else changed
    expect(placement).toMatchObject({ page: pages - 1, anchored: true });
    expect(placement.size).toBeCloseTo(42 * MM, 3);

    // §7.3.5.1: centred on the date, which sits a little below the seal's centre
    const bbox = poppler(
      'pdftotext',
      '-bbox',
      '-f',
      String(pages),
      '-l',
      String(pages),
      file('bbox.pdf', pdf),
      '-',
    );
    const words = [
      ...bbox.matchAll(
        /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
      ),
    ];
    const dateTop = Number(words.find((w) => w[5] === '2024')![2]);
    const line = words.filter((w) => Math.abs(Number(w[2]) - dateTop) < 1);
    const left = Math.min(...line.map((w) => Number(w[1])));
    const right = Math.max(...line.map((w) => Number(w[3])));
    expect(line.map((w) => w[5]).join('')).toBe(DATE);
    expect(Math.abs(placement.x - (left + right) / 2)).toBeLessThan(3);
    const dateTopPt = 841.89 - dateTop;
    expect(placement.y).toBeGreaterThan(dateTopPt);
    expect(placement.y - dateTopPt).toBeLessThan(8 * MM);

    // and it is red: the star at the centre, the ring at the top and at the left, on white paper
    const [before] = await pdfPagesToPng(pdf, { dpi: 72, firstPage: pages, lastPage: pages });
    const [after] = await pdfPagesToPng(sealed, { dpi: 72, firstPage: pages, lastPage: pages });
    const a = decodePng(after);
    const b = decodePng(before);
    const ring = (12 / 600) * placement.size; // half the ring's width
    const points: [number, number][] = [
      [placement.x, placement.y],
      [placement.x, placement.y + placement.size / 2 - ring],
      [placement.x - placement.size / 2 + ring, placement.y],
    ];
    for (const [x, y] of points) {
      const py = a.height - y;
      expect(isRed(a.at(x, py)), `(${x}, ${y}) ${a.at(x, py)}`).toBe(true);
      expect(isWhite(b.at(x, py)), `(${x}, ${y}) ${b.at(x, py)}`).toBe(true);
    }
  });

  it('a file that is not a DOCX is refused with an error, and the next document still converts', async () => {
    await expect(converter.toPdf(new Uint8Array(crypto.randomBytes(4096)))).rejects.toThrow(/not a DOCX/);
    // a ZIP that is no document gets as far as LibreOffice, which refuses it
    const junk = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...crypto.randomBytes(4096)]);
    await expect(converter.toPdf(junk)).rejects.toThrow(/PDF conversion failed/);
    const next = await converter.toPdf(docx);
    expect(await pdfPageCount(next)).toBe(await pdfPageCount(pdf));
    expect(converter.starts).toBe(1);
  });

  it('a conversion that outlasts its time limit is cut off, and LibreOffice starts afresh for the next', async () => {
    // 200 ms is less than LibreOffice takes to start, so each attempt times out
    const hasty = createPdfConverter({ timeoutMs: 200 });
    await expect(hasty.toPdf(docx)).rejects.toThrow(/timed out/);
    await expect(hasty.toPdf(docx)).rejects.toThrow(/timed out/);
    expect(hasty.starts).toBe(2);
    await hasty.close();
  });

  it('a LibreOffice that dies is replaced, and the document in hand still converts', async () => {
    const office = ours().find((l) => /soffice\.bin /.test(l));
    expect(office).toBeDefined();
    process.kill(Number(office!.trim().split(/\s+/)[0]), 'SIGKILL');
    const next = await converter.toPdf(docx);
    expect(await pdfPageCount(next)).toBe(await pdfPageCount(pdf));
    expect(converter.starts).toBe(2);
  });

  it('closing the converter leaves no LibreOffice behind', async () => {
    expect(ours().length).toBeGreaterThan(0);
    await converter.close();
    expect(ours()).toEqual([]);
  });
});

describe('the seal without LibreOffice (第十条)', () => {
  const seal = () => new Uint8Array(fs.readFileSync(SEAL));

  it('第十条: without an anchor the seal goes to the lower right of the last page, and says so', async () => {
    const doc = await PDFDocument.create();
    for (let i = 0; i < 2; i++)
      doc.addPage([595.28, 841.89]).drawText('x', { x: 80, y: 700, color: rgb(0, 0, 0) });
    const pdf = await doc.save();
    expect(await sealAnchor(pdf)).toBeNull();
    const { pdf: sealed, placement } = await stampSeal(pdf, seal());
    expect(placement.anchored).toBe(false);
    expect(placement.page).toBe(1);
    expect(placement.x).toBeGreaterThan(595.28 / 2);
    expect(placement.x + placement.size / 2).toBeLessThan(595.28 - 26 * MM);
    expect(placement.y - placement.size / 2).toBeGreaterThanOrEqual(35 * MM - 0.01);
    expect(placement.y).toBeLessThan(841.89 / 3);
    expect(await pdfPageCount(sealed)).toBe(2);
  });

  it("第十条: the anchor is read from /Dests under LibreOffice's escaped name, and from a /Names tree", async () => {
    const make = async (put: (doc: PDFDocument, dest: PDFArray) => void) => {
      const doc = await PDFDocument.create();
      doc.addPage([595.28, 841.89]);
      const page = doc.addPage([595.28, 841.89]);
      put(doc, doc.context.obj([page.ref, PDFName.of('XYZ'), 331.3, 200.5, 0]));
      return doc.save();
    };
    // LibreOffice: seal_anchor → /seal5Fanchor in the catalog's /Dests
    const lo = await make((doc, dest) =>
      doc.catalog.set(PDFName.of('Dests'), doc.context.obj({ seal5Fanchor: dest })),
    );
    expect(await sealAnchor(lo)).toEqual({ page: 1, x: 331.3, y: 200.5 });
    // other writers: a name tree with kids, the destination wrapped in a /D dictionary
    const tree = await make((doc, dest) => {
      const leaf = doc.context.obj({
        Limits: [PDFString.of('a'), PDFString.of('z')],
        Names: [PDFString.of('other'), dest, PDFHexString.fromText('seal_anchor'), { D: dest }],
      });
      doc.catalog.set(
        PDFName.of('Names'),
        doc.context.obj({ Dests: { Kids: [doc.context.register(leaf)] } }),
      );
    });
    expect(await sealAnchor(tree)).toEqual({ page: 1, x: 331.3, y: 200.5 });
    expect(await sealAnchor(tree, 'missing')).toBeNull();
  });
});
