// PDF conversion in one process only: LibreOffice takes about 190 MB a process, so with several
// processes one may convert for all. That process listens on JIANDU_PDF_LISTEN (host:port) and
// answers POST /pdf — a DOCX in, its PDF out — to callers presenting JIANDU_PDF_TOKEN; the
// others, given JIANDU_PDF_URL, start no LibreOffice and send their documents there.
import { timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Refusal } from '../../http/problem.ts';
import type { PdfConverter } from './converter.ts';

/** a DOCX larger than this is refused (the largest, an archive's 卷内目录, is well under 1 MB) */
const MAX_DOCX_BYTES = 20 * 1024 * 1024;

function sameToken(sent: string, token: string): boolean {
  const a = Buffer.from(sent);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export interface PdfService {
  port: number;
  close(): Promise<void>;
}

export async function startPdfService(
  listen: string,
  token: string,
  converter: PdfConverter,
): Promise<PdfService> {
  const at = listen.lastIndexOf(':');
  const host = at > 0 ? listen.slice(0, at) : '127.0.0.1';
  const port = Number(at >= 0 ? listen.slice(at + 1) : listen);
  const server = http.createServer((req, res) => {
    const auth = req.headers.authorization ?? '';
    if (req.method !== 'POST' || req.url !== '/pdf') return void res.writeHead(404).end();
    if (!auth.startsWith('Bearer ') || !sameToken(auth.slice(7), token)) return void res.writeHead(403).end();
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_DOCX_BYTES) {
        res.writeHead(413).end();
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => {
      if (res.headersSent) return;
      converter.toPdf(new Uint8Array(Buffer.concat(chunks))).then(
        (pdf) => res.writeHead(200, { 'content-type': 'application/pdf' }).end(Buffer.from(pdf)),
        (err: Error) => res.writeHead(422, { 'content-type': 'text/plain; charset=utf-8' }).end(err.message),
      );
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export const pdfServiceUnreachable = (why: string) =>
  new Refusal({
    status: 503,
    code: 'converter_unavailable',
    title: '无法生成 PDF：PDF 转换进程暂时不可用',
    titleEn: 'PDF unavailable: the PDF conversion process cannot be reached',
    detail: '请稍后再试，或请管理员检查 JIANDU_PDF_URL 所指的进程；DOCX 仍可下载',
    detailEn: `Try again later, or ask the administrator to check the process at JIANDU_PDF_URL (${why}); DOCX still works`,
  });

/** a converter that sends each DOCX to the process converting for all */
export function remotePdfConverter(url: string, token: string): PdfConverter {
  return {
    starts: 0,
    async toPdf(docx) {
      let res: Response;
      try {
        res = await fetch(new URL('/pdf', url), {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' },
          body: Buffer.from(docx),
          signal: AbortSignal.timeout(120_000),
        });
      } catch (err) {
        throw pdfServiceUnreachable((err as Error).message);
      }
      if (res.status === 422) throw new Error(`PDF conversion failed: ${await res.text()}`);
      if (!res.ok) throw pdfServiceUnreachable(`answered ${res.status}`);
      return new Uint8Array(await res.arrayBuffer());
    },
    close: async () => {},
  };
}
