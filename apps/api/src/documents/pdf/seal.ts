// Stamping the supervision seal on the PDF (第十条), where GB/T 9704-2012 §7.3.5.1 puts it:
// centred over the signature and the date, pressing down on them, so that they sit a little
// below the seal's centre. The DOCX marks the date paragraph with a Word bookmark, which
// LibreOffice (ExportBookmarksToPDFDestination) exports as a named destination in the
// catalog's /Dests dictionary: [pageRef /XYZ left top zoom], left being where the date starts
// and top the top of its line. The /Names → /Dests name tree is read as well, for other writers.
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
/** GB/T 9704-2012 §5.2.1: 版心 156 × 225 mm on A4, 37 mm from the top and 28 mm from the left */
const RIGHT_MARGIN = 26 * MM;
const BOTTOM_MARGIN = 35 * MM;
/** 3号 (16 pt): 成文日期右空四字 */
const CHAR = 16;

export interface SealPlacement {
  /** 0-based */
  page: number;
  /** centre of the seal, in PDF points from the lower left of the page */
  x: number;
  y: number;
  /** diameter, in points */
  size: number;
  /** false when no anchor was found and the seal went to the lower right of the last page */
  anchored: boolean;
}

export interface Anchor {
  page: number;
  x: number;
  y: number;
}

/** Without a name, the anchor is looked up under `seal_anchor` and under the name the
 * project's own documents use (render-docx.ts). */
const DEFAULT_ANCHORS = ['seal_anchor', SEAL_ANCHOR];

/** LibreOffice writes a bookmark's name URI-encoded and then every character other than
 * A–Z, a–z, 0–9 and '-' as its hex code with no prefix: seal_anchor becomes seal5Fanchor. */
function libreOfficeName(name: string): string {
  return [...encodeURIComponent(name)]
    .map((c) => (/[A-Za-z0-9-]/.test(c) ? c : c.charCodeAt(0).toString(16).toUpperCase()))
    .join('');
}

function keyText(o: unknown): string | null {
  if (o instanceof PDFString || o instanceof PDFHexString) return o.decodeText();
  return null;
}

/** a name in a /Names tree, through its kids */
function inNameTree(node: PDFDict, names: Set<string>, depth = 0): unknown {
  const leaf = node.lookupMaybe(PDFName.of('Names'), PDFArray);
  if (leaf)
    for (let i = 0; i + 1 < leaf.size(); i += 2) {
      const key = keyText(leaf.lookup(i));
      if (key !== null && names.has(key)) return leaf.lookup(i + 1);
    }
  const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray);
  if (kids && depth < 32)
    for (let i = 0; i < kids.size(); i++) {
      const kid = kids.lookup(i);
      const found = kid instanceof PDFDict ? inNameTree(kid, names, depth + 1) : null;
      if (found) return found;
    }
  return null;
}

function findDestination(doc: PDFDocument, name: string): unknown {
  const names = new Set([name, libreOfficeName(name)]);
  const dests = doc.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  if (dests)
    for (const n of names) {
      const d = dests.lookup(PDFName.of(n));
      if (d) return d;
    }
  const tree = doc.catalog
    .lookupMaybe(PDFName.of('Names'), PDFDict)
    ?.lookupMaybe(PDFName.of('Dests'), PDFDict);
  return tree ? inNameTree(tree, names) : null;
}

function anchorIn(doc: PDFDocument, names: string[]): Anchor | null {
  for (const name of names) {
    let dest = findDestination(doc, name);
    if (dest instanceof PDFDict) dest = dest.lookup(PDFName.of('D'));
    if (!(dest instanceof PDFArray) || dest.size() < 4) continue;
    if (dest.lookup(1) !== PDFName.of('XYZ')) continue;
    const target = dest.get(0);
    const page =
      target instanceof PDFRef
        ? doc.getPages().findIndex((p) => p.ref.objectNumber === target.objectNumber)
        : target instanceof PDFNumber
          ? target.asNumber()
          : -1;
    const left = dest.lookup(2);
    const top = dest.lookup(3);
    if (page < 0 || page >= doc.getPageCount() || !(left instanceof PDFNumber) || !(top instanceof PDFNumber))
      continue;
    return { page, x: left.asNumber(), y: top.asNumber() };
  }
  return null;
}

/** the named destination (by default the date's bookmark): its page, 0-based, and /XYZ position */
export async function sealAnchor(pdf: Uint8Array, name?: string): Promise<Anchor | null> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  return anchorIn(doc, name ? [name] : DEFAULT_ANCHORS);
}

export async function pdfPageCount(pdf: Uint8Array): Promise<number> {
  return (await PDFDocument.load(pdf, { updateMetadata: false })).getPageCount();
}

/**
 * The seal drawn over the signature and date, 42 mm across unless `diameterMm` says otherwise.
 * Horizontally it is centred on the date line, which ends four characters in from the right
 * margin; the anchor gives where the date starts, so the date's width comes from the PDF
 * itself, unless `dateWidthPt` is given (or there is no anchor: then 7 characters). Vertically
 * its centre is 4 mm above the top of the date line: the signature line runs across the middle
 * of the seal and the date across its lower half.
 * The image keeps its alpha; nothing else in the PDF changes (pdf-lib rewrites the file, the
 * metadata included, unchanged).
 */
export async function stampSeal(
  pdf: Uint8Array,
  sealPng: Uint8Array,
  opts: { anchorName?: string; diameterMm?: number; dateWidthPt?: number } = {},
): Promise<{ pdf: Uint8Array; placement: SealPlacement }> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const size = (opts.diameterMm ?? 42) * MM;
  const anchor = anchorIn(doc, opts.anchorName ? [opts.anchorName] : DEFAULT_ANCHORS);
  const pageIndex = anchor?.page ?? doc.getPageCount() - 1;
  const page = doc.getPage(pageIndex);
  const right = page.getWidth() - RIGHT_MARGIN - 4 * CHAR;
  const x =
    opts.dateWidthPt !== undefined || !anchor || anchor.x <= 0 || anchor.x >= right
      ? right - (opts.dateWidthPt ?? 7 * CHAR) / 2
      : (anchor.x + right) / 2;
  // no anchor: the seal rests on the bottom of the last page's text area
  const y = anchor ? anchor.y + 4 * MM : BOTTOM_MARGIN + size / 2;
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
