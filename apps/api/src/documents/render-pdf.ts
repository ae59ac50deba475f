// The PDF of a document: its DOCX through the shared LibreOffice converter, or through the
// process converting for all (JIANDU_PDF_URL). Without LibreOffice
// the refusal says so plainly; DOCX still works.
import { Refusal } from '../http/problem.ts';
import type { OfficialDocument } from './model.ts';
import { libreOfficeAvailable, type PdfConverter, sharedPdfConverter } from './pdf/converter.ts';
import { remotePdfConverter } from './pdf/service.ts';
import { renderDocx } from './render-docx.ts';

export const converterMissing = () =>
  new Refusal({
    status: 503,
    code: 'converter_unavailable',
    title: '无法生成 PDF：服务器未安装 LibreOffice',
    titleEn: 'PDF unavailable: LibreOffice is not installed on the server',
    detail: '请管理员安装 libreoffice-writer-nogui、python3-uno 和 fonts-noto-cjk；DOCX 仍可下载',
    detailEn:
      'Ask the administrator to install libreoffice-writer-nogui, python3-uno and fonts-noto-cjk; DOCX still works',
  });

/** JIANDU_PDF_URL: another process converts; this one starts no LibreOffice */
let remote: PdfConverter | null | undefined;
function remoteConverter(): PdfConverter | null {
  if (remote === undefined) {
    const url = process.env.JIANDU_PDF_URL;
    remote = url ? remotePdfConverter(url, process.env.JIANDU_PDF_TOKEN ?? '') : null;
  }
  return remote;
}

/** `draft`: a preview before issue, marked 草稿 on every page */
export async function renderPdf(
  content: OfficialDocument,
  opts: { draft?: boolean } = {},
): Promise<Uint8Array> {
  const other = remoteConverter();
  if (other) return other.toPdf(await renderDocx(content, null, opts));
  if (!libreOfficeAvailable()) throw converterMissing();
  return sharedPdfConverter().toPdf(await renderDocx(content, null, opts));
}
