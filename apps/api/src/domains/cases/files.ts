// What an uploaded file really is, read from its first bytes (the name and the declared type
// are not trusted), and a file name safe to store and to send back.

// the limits the forms state before an upload, enforced here
export { MAX_FILE_BYTES, MAX_FILES_PER_CASE_FROM_PETITIONER } from '@jiandu/contracts';

/** a stored file's row as answered: its upload time in ISO form, like every other time the API sends */
export const storedFileOut = <T extends { uploadedAt: Date }>(r: T) => ({
  ...r,
  uploadedAt: r.uploadedAt.toISOString(),
});

export interface Sniffed {
  mediaType: string;
  ext: string;
}

const starts = (b: Buffer, sig: number[]) => sig.every((v, i) => b[i] === v);

export function sniff(b: Buffer): Sniffed | null {
  if (starts(b, [0x25, 0x50, 0x44, 0x46, 0x2d])) return { mediaType: 'application/pdf', ext: 'pdf' };
  if (starts(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { mediaType: 'image/png', ext: 'png' };
  if (starts(b, [0xff, 0xd8, 0xff])) return { mediaType: 'image/jpeg', ext: 'jpg' };
  if (starts(b, [0x50, 0x4b, 0x03, 0x04])) {
    // Office Open XML is a zip whose parts name what it is; other zips are refused
    const head = b.subarray(0, Math.min(b.length, 64 * 1024)).toString('latin1');
    if (!head.includes('[Content_Types].xml')) return null;
    if (head.includes('word/'))
      return {
        mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        ext: 'docx',
      };
    if (head.includes('xl/'))
      return { mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', ext: 'xlsx' };
  }
  return null;
}

/** Keeps the visible name: no path, no control or direction characters, bounded; the extension is the sniffed one. */
export function safeFileName(name: string, ext: string): string {
  const base = (name.split(/[\\/]/).pop() ?? '')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
    .replace(/[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff"<>:|?*]/g, '')
    // half of a surrogate pair cannot be written as UTF-8
    .replace(/[\ud800-\udfff]/gu, '')
    .replace(/\.[^.]*$/, '')
    .trim();
  // bounded by characters, never cutting a pair in two
  return `${Array.from(base).slice(0, 80).join('') || 'attachment'}.${ext}`;
}
