// PDF pages as PNG images, through poppler's pdftoppm (Debian's poppler-utils): previews, and
// tests that look at where the seal landed.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const PDFTOPPM = '/usr/bin/pdftoppm';
const run = promisify(execFile);

let available: boolean | null = null;
export function popplerAvailable(): boolean {
  available ??= fs.existsSync(PDFTOPPM);
  return available;
}

/** the pages (1-based firstPage..lastPage, all by default) at `dpi` (default 96), in order */
export async function pdfPagesToPng(
  pdf: Uint8Array,
  opts: { dpi?: number; firstPage?: number; lastPage?: number } = {},
): Promise<Uint8Array[]> {
  if (!popplerAvailable()) throw new Error('pdftoppm is not installed (Debian package poppler-utils)');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiandu-preview-'));
  try {
    const input = path.join(dir, 'in.pdf');
    fs.writeFileSync(input, pdf);
    const args = ['-png', '-r', String(opts.dpi ?? 96)];
    if (opts.firstPage !== undefined) args.push('-f', String(opts.firstPage));
    if (opts.lastPage !== undefined) args.push('-l', String(opts.lastPage));
    await run(PDFTOPPM, [...args, input, path.join(dir, 'page')], { timeout: 60_000 });
    // page-1.png, page-01.png, …: the number is zero-padded to the page count's width
    const pageNo = (f: string) => Number(/-(\d+)\.png$/.exec(f)?.[1]);
    return fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.png'))
      .sort((a, b) => pageNo(a) - pageNo(b))
      .map((f) => new Uint8Array(fs.readFileSync(path.join(dir, f))));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
