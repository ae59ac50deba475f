// The last pass over the DOCX package the docx library writes: what the library cannot say,
// and what it says differently on every call. Without it two downloads of one document differ
// (the properties carry the machine's clock, the bookmark ids a process-wide counter, the ZIP
// entries the time of packing), and LibreOffice loses punctuation at the end of a line.
import { strFromU8, strToU8, unzipSync, type ZipOptions, zipSync } from 'fflate';
import { drawDraftMark } from './draft-mark.ts';

/**
 * Line-end punctuation, set in the Normal style (the docx library writes overflowPunct only to
 * turn it on, and only per paragraph). Without it, LibreOffice let a 、 or ， that fell after a
 * full line sit past the line's end and dropped it from the PDF ("第九条第（四）项、第十三条" came
 * out as "第九条第（四）项第十三条"). With overflowPunct on — Word's own default, so Word lays the
 * text out as before — LibreOffice carries the character before it to the next line instead, as
 * the no-line-start rule for punctuation (避头点) asks; measured with npm run doc:check.
 */
const NORMAL_PPR = '<w:pPr><w:overflowPunct w:val="1"/></w:pPr>';

function styles(xml: string): string {
  return xml
    .replace('<w:pPrDefault/>', `<w:pPrDefault>${NORMAL_PPR}</w:pPrDefault>`)
    .replace(
      /(<w:style w:type="paragraph" w:styleId="Normal"[^>]*><w:name w:val="Normal"\/>)/,
      `$1${NORMAL_PPR}`,
    );
}

/** bookmark ids from 1 in document order, not from the library's process-wide counter */
function bookmarks(xml: string): string {
  const ids = new Map<string, number>();
  return xml.replace(/(<w:bookmark(?:Start|End)\b[^>]*?w:id=")(\d+)"/g, (_, head: string, id: string) => {
    if (!ids.has(id)) ids.set(id, ids.size + 1);
    return `${head}${ids.get(id)}"`;
  });
}

/** created and modified: the issue time, never the time of rendering */
function core(xml: string, issuedAt: Date | null): string {
  const stamp = issuedAt ? issuedAt.toISOString().replace(/\.\d{3}Z$/, 'Z') : null;
  return xml.replace(
    /<dcterms:(created|modified) xsi:type="dcterms:W3CDTF">[^<]*<\/dcterms:\1>/g,
    (_, which: string) =>
      stamp ? `<dcterms:${which} xsi:type="dcterms:W3CDTF">${stamp}</dcterms:${which}>` : '',
  );
}

/**
 * The same document gives the same bytes: entries in name order, each dated the issue day
 * (1980-01-01, the first date ZIP can hold, when there is none), properties dated the issue time.
 */
export function finishDocx(packed: Uint8Array, issuedAt: Date | null): Uint8Array {
  const files = unzipSync(packed);
  const edit: Record<string, (xml: string) => string> = {
    'word/styles.xml': styles,
    'word/document.xml': bookmarks,
    'docProps/core.xml': (xml) => core(xml, issuedAt),
  };
  // a preview's headers carry the 草稿 mark; an issued document has no header parts
  for (const name of Object.keys(files)) if (/^word\/header\d+\.xml$/.test(name)) edit[name] = drawDraftMark;
  // ZIP times are local times: built from the date's fields, so any time zone writes the same
  const day = issuedAt ?? new Date(Date.UTC(1980, 0, 1));
  const mtime = new Date(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate());
  const opts: ZipOptions = { mtime, level: 6 };
  const out: Record<string, [Uint8Array, ZipOptions]> = {};
  for (const name of Object.keys(files).sort()) {
    const data = edit[name] ? strToU8(edit[name](strFromU8(files[name]))) : files[name];
    out[name] = [data, opts];
  }
  return zipSync(out);
}
