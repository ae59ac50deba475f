// Stamping the supervision seal on the PDF (第十条), where GB/T 9704-2012 §7.3.5.1 puts it:
// centred over the signature and the date, pressing down on them, the date a little below the
// seal's centre. The DOCX marks the date with a bookmark that LibreOffice exports as a named
// destination; its page and position place the seal.
import {
  BlendMode,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRef,
  PDFString,
} from 'pdf-lib';
import { SEAL_ANCHOR } from '../render-docx.ts';

const MM = 72 / 25.4;

export interface SealPlacement {
  page: number;
  /** centre of the seal, in PDF points from the lower left */
  x: number;
  y: number;
  size: number;
  /** false when no anchor was found and the seal went to the lower right of the last page */
  anchored: boolean;
}

function nameOf(o: unknown): string | null {
  if (o instanceof PDFString || o instanceof PDFHexString) return o.decodeText();
  return null;
}

/** looks a name up in a /Names tree (kids and leaves) */
function inNameTree(doc: PDFDocument, node: PDFDict, name: string): unknown {
  const names = node.lookupMaybe(PDFName.of('Names'), PDFArray);
  if (names)
    for (let i = 0; i + 1 < names.size(); i += 2)
      if (nameOf(names.lookup(i)) === name) return names.lookup(i + 1);
  const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray);
  if (kids)
    for (let i = 0; i < kids.size(); i++) {
      const found = inNameTree(doc, kids.lookup(i, PDFDict), name);
      if (found) return found;
    }
  return null;
}

/** the named destination `name`: its page (0-based) and /XYZ position, or null */
export async function sealAnchor(pdf: Uint8Array, name = SEAL_ANCHOR) {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  return anchorIn(doc, name);
}

function anchorIn(doc: PDFDocument, name: string): { page: number; x: number; y: number } | null {
  const catalog = doc.catalog;
  let dest: unknown = catalog.lookupMaybe(PDFName.of('Dests'), PDFDict)?.lookup(PDFName.of(name)) ?? null;
  if (!dest) {
    const tree = catalog.lookupMaybe(PDFName.of('Names'), PDFDict)?.lookupMaybe(PDFName.of('Dests'), PDFDict);
    dest = tree ? inNameTree(doc, tree, name) : null;
  }
  if (dest instanceof PDFDict) dest = dest.lookup(PDFName.of('D'));
  if (!(dest instanceof PDFArray)) return null;
  const ref = dest.get(0);
  const page = doc
    .getPages()
    .findIndex((p) => ref instanceof PDFRef && p.ref.objectNumber === ref.objectNumber);
  const num = (i: number) => {
    const v = dest instanceof PDFArray ? dest.lookup(i) : null;
    return v instanceof PDFNumber ? v.asNumber() : null;
  };
  if (page < 0) return null;
  return { page, x: num(2) ?? 0, y: num(3) ?? 0 };
}

export async function pdfPageCount(pdf: Uint8Array): Promise<number> {
  return (await PDFDocument.load(pdf, { updateMetadata: false })).getPageCount();
}

export async function stampSeal(
  pdf: Uint8Array,
  sealPng: Uint8Array,
  opts: { anchorName?: string; diameterMm?: number; dateWidthPt?: number } = {},
): Promise<{ pdf: Uint8Array; placement: SealPlacement }> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const size = (opts.diameterMm ?? 42) * MM;
  const anchor = anchorIn(doc, opts.anchorName ?? SEAL_ANCHOR);
  const pages = doc.getPages();
  const pageIndex = anchor?.page ?? pages.length - 1;
  const page = pages[pageIndex];
  const { width } = page.getSize();
  // the date ends four characters (3号, 16 pt) in from the 26 mm right margin; the anchor is
  // where it starts, so the seal is centred on it
  const right = width - 26 * MM - 4 * 16;
  const x = anchor ? (anchor.x + right) / 2 : right - (opts.dateWidthPt ?? 7 * 16) / 2;
  // the anchor's y is the top of the date line; signature and date sit a little below the centre
  const y = anchor ? anchor.y + 4 * MM : 35 * MM + size;
  const image = await doc.embedPng(sealPng);
  // multiply, as ink does: the signature and date stay legible under the red
  page.drawImage(image, {
    x: x - size / 2,
    y: y - size / 2,
    width: size,
    height: size,
    blendMode: BlendMode.Multiply,
  });
  return {
    pdf: await doc.save({ useObjectStreams: false }),
    placement: { page: pageIndex, x, y, size, anchored: anchor !== null },
  };
}
