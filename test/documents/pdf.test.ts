// Every document kind through the persistent LibreOffice converter, read back with poppler:
// the text is there, the standard fonts came out as Noto CJK (never a fallback box font), one
// LibreOffice served them all, and the seal sits red over the signature and date (第十条).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOCUMENT_KINDS, type DocumentKind } from '@jiandu/procedure';
import { afterAll, describe, expect, it } from 'vitest';
import { createPdfConverter, libreOfficeAvailable } from '../../apps/api/src/documents/pdf/converter.ts';
import { deviations, docxText, measurePdf } from '../../apps/api/src/documents/pdf/measure.ts';
import { pdfPageCount, sealAnchor, stampSeal } from '../../apps/api/src/documents/pdf/seal.ts';
import { buildDocument } from '../../apps/api/src/documents/registry.ts';
import { renderDocx } from '../../apps/api/src/documents/render-docx.ts';
import { organSamples, STEP_OF, STEPS, sampleData } from './sample-data.ts';

const HAS_PDF =
  libreOfficeAvailable() && fs.existsSync('/usr/bin/pdftotext') && fs.existsSync('/usr/bin/fc-match');
if (!HAS_PDF)
  console.warn(
    'LibreOffice or poppler is missing: the PDF rendering tests are skipped (DOCX tests still run)',
  );

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiandu-pdf-test-'));
const converter = createPdfConverter();
afterAll(async () => {
  await converter.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const poppler = (tool: string, args: string[]) =>
  execFileSync(`/usr/bin/${tool}`, args, { encoding: 'latin1' });
const pdfOf = async (kind: DocumentKind) => {
  const step = STEP_OF[kind];
  const doc = buildDocument(kind, sampleData({ step: step ? STEPS[step] : null }), '泽州县司法局');
  const docx = await renderDocx(doc);
  return { doc, docx, pdf: await converter.toPdf(docx) };
};

/** the colour of the page at a point, from pdftoppm's PPM (P6) output */
function pixel(pdf: Uint8Array, page: number, xPt: number, yPt: number, dpi = 50): [number, number, number] {
  const file = path.join(dir, 'p.pdf');
  fs.writeFileSync(file, pdf);
  const ppm = execFileSync('/usr/bin/pdftoppm', [
    '-r',
    String(dpi),
    '-f',
    String(page + 1),
    '-l',
    String(page + 1),
    file,
  ]);
  const header = ppm.subarray(0, 20).toString('latin1').split(/\s+/);
  const [w, h] = [Number(header[1]), Number(header[2])];
  const start = ppm.length - w * h * 3;
  const px = Math.round((xPt * dpi) / 72);
  const py = h - Math.round((yPt * dpi) / 72);
  const i = start + (py * w + px) * 3;
  return [ppm[i], ppm[i + 1], ppm[i + 2]];
}

describe.skipIf(!HAS_PDF)('documents as PDF (GB/T 9704-2012)', () => {
  it('第九条, 第十条: every document kind renders, with its title and the body text, in Noto CJK', async () => {
    for (const kind of Object.keys(DOCUMENT_KINDS) as DocumentKind[]) {
      const { doc, pdf } = await pdfOf(kind);
      expect(Buffer.from(pdf.subarray(0, 5)).toString(), kind).toBe('%PDF-');
      const file = path.join(dir, `${kind}.pdf`);
      fs.writeFileSync(file, pdf);
      const text = Buffer.from(poppler('pdftotext', ['-enc', 'UTF-8', file, '-']), 'latin1')
        .toString('utf8')
        .replace(/\s+/g, '');
      expect(text, kind).toContain(doc.title.replace(/\s+/g, ''));
      const fonts = poppler('pdffonts', [file]);
      expect(fonts, kind).toMatch(/NotoSerifCJK/);
      expect(fonts, kind).not.toMatch(/DejaVu/);
    }
    expect(converter.starts).toBe(1);
  });

  it('第十条第二款: the decision is A4, runs over pages with page numbers, and states the review right', async () => {
    const { pdf } = await pdfOf('supervision_decision');
    const file = path.join(dir, 'decision.pdf');
    fs.writeFileSync(file, pdf);
    const info = poppler('pdfinfo', [file]);
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(await pdfPageCount(pdf)).toBeGreaterThanOrEqual(2);
    const text = Buffer.from(poppler('pdftotext', ['-enc', 'UTF-8', file, '-']), 'latin1').toString('utf8');
    expect(text).toMatch(/—\s*1\s*—/);
    expect(text.replace(/\s+/g, '')).toContain('自收到本决定书之日起五个工作日内，向晋城市司法局申请复查');
  });

  it("第十条: the seal is stamped red over the signature and date, found by the date's bookmark", async () => {
    const { pdf } = await pdfOf('supervision_decision');
    const anchor = await sealAnchor(pdf);
    expect(anchor).not.toBeNull();
    expect(anchor!.page).toBe((await pdfPageCount(pdf)) - 1);
    const seal = fs.readFileSync(new URL('../../apps/api/src/seeds/seals/140525.png', import.meta.url));
    const { pdf: sealed, placement } = await stampSeal(pdf, seal);
    expect(placement.anchored).toBe(true);
    expect(await pdfPageCount(sealed)).toBe(await pdfPageCount(pdf));
    // the ring, just inside its top edge, is red; before stamping it was white paper
    const ring: [number, number] = [placement.x, placement.y + placement.size / 2 - 3];
    const [r, g, b] = pixel(sealed, placement.page, ...ring);
    expect(r).toBeGreaterThan(150);
    expect(g).toBeLessThan(100);
    expect(b).toBeLessThan(100);
    expect(pixel(pdf, placement.page, ...ring)).toEqual([255, 255, 255]);
  });

  it('every template: the PDF reads as its DOCX, character for character, and is laid out per GB/T 9704-2012', async () => {
    for (const kind of Object.keys(DOCUMENT_KINDS) as DocumentKind[]) {
      const { doc, docx, pdf } = await pdfOf(kind);
      const tables = doc.body.some((b) => b.type === 'form' || b.type === 'table');
      const m = measurePdf(pdf, docx, { number: doc.number, tables });
      // a document of running text reads in the same order; a form's cells at least hold the same characters
      expect(m.text, `${kind}: ${m.textDiff}`).toBe(tables && m.text !== 'same' ? 'same characters' : 'same');
      expect(deviations(m, kind)).toEqual([]);
    }
  });

  it("第八条: the organ's own documents (announcement, evaluation results, campaign report) measure per GB/T 9704-2012 too", async () => {
    for (const doc of organSamples()) {
      const docx = await renderDocx(doc);
      const m = measurePdf(await converter.toPdf(docx), docx, { number: doc.number, tables: true });
      expect(m.text, `${doc.kind}: ${m.textDiff}`).toMatch(/^same/);
      expect(deviations(m, doc.kind)).toEqual([]);
    }
  });

  it('第十条第二款: the decision keeps the 顿号 between the articles it cites, in the PDF too', async () => {
    const { docx, pdf } = await pdfOf('supervision_decision');
    expect(docxText(docx).replace(/\s+/g, '')).toContain('第九条第（四）项、第十三条第一款');
    const file = path.join(dir, 'dunhao.pdf');
    fs.writeFileSync(file, pdf);
    const text = Buffer.from(poppler('pdftotext', ['-enc', 'UTF-8', file, '-']), 'latin1').toString('utf8');
    expect(text.replace(/\s+/g, '')).toContain('第九条第（四）项、第十三条第一款');
  });

  it('GB/T 9704-2012: 28 characters a line, 22 lines a page, the page number 7 mm under the 版心, the 版记 at its foot', async () => {
    const { doc, docx, pdf } = await pdfOf('supervision_decision');
    const m = measurePdf(pdf, docx, { number: doc.number });
    expect(m.charsPerLine).toBe(28);
    expect(m.linesPerPage).toBe(22);
    expect(Math.abs(m.pageNumberMm! - 7)).toBeLessThanOrEqual(1);
    expect(m.pageNumberOuter).toBe(true);
    expect(m.beyondMm).toBeLessThanOrEqual(0.5);
    expect(Math.abs(m.redLineMm! - 4)).toBeLessThanOrEqual(1);
    expect(m.colophonFromFootMm).toBeLessThanOrEqual(3);
  });

  it('fonts: without the licensed faces, fontconfig falls back to a Simplified Chinese face for zh-cn, never a Japanese one', () => {
    const conf = fileURLToPath(new URL('../../apps/api/src/documents/pdf/fonts.conf', import.meta.url));
    for (const family of ['仿宋_GB2312', '方正小标宋简体', '楷体_GB2312', '黑体']) {
      const match = execFileSync('/usr/bin/fc-match', [`${family}:lang=zh-cn`, 'family'], {
        encoding: 'utf8',
        env: { ...process.env, FONTCONFIG_FILE: conf },
      });
      // the face installed under that name when there is one; else a CJK SC face
      if (!match.includes(family)) expect(match, family).toMatch(/CJK SC|SC\b|Simplified|GB/);
      expect(match, family).not.toMatch(/JP|Japanese/);
    }
  });

  it('a file that is not a document does not stop the converter', async () => {
    await converter.toPdf(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])).catch(() => null);
    const { pdf } = await pdfOf('supervision_notice');
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
  });
});
