// PDF conversion in one process only (JIANDU_PDF_LISTEN / JIANDU_PDF_URL): the converting
// process answers callers with the shared token only, and a caller maps its failures to what
// the user is told. The converter here is a stand-in; LibreOffice itself is tested in pdf.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Refusal } from '../../http/problem.ts';
import type { PdfConverter } from './converter.ts';
import { type PdfService, remotePdfConverter, startPdfService } from './service.ts';

const TOKEN = 'a-shared-token-of-some-length';
const seen: number[] = [];
const stand: PdfConverter = {
  starts: 1,
  async toPdf(docx) {
    seen.push(docx.length);
    if (docx[0] !== 0x50) throw new Error('the input is not a DOCX file');
    return new TextEncoder().encode(`%PDF-of-${docx.length}-bytes`);
  },
  close: async () => {},
};

let service: PdfService;
beforeAll(async () => {
  service = await startPdfService('127.0.0.1:0', TOKEN, stand);
});
afterAll(() => service.close());

const docx = new Uint8Array([0x50, 0x4b, 3, 4, 5, 6]);

describe('the PDF conversion process', () => {
  it('converts the documents other processes send, with the shared token', async () => {
    const pdf = await remotePdfConverter(`http://127.0.0.1:${service.port}`, TOKEN).toPdf(docx);
    expect(new TextDecoder().decode(pdf)).toBe('%PDF-of-6-bytes');
    expect(seen).toEqual([6]);
  });

  it('refuses a caller without the token, converting nothing', async () => {
    const wrong = remotePdfConverter(`http://127.0.0.1:${service.port}`, 'another-token-entirely');
    await expect(wrong.toPdf(docx)).rejects.toBeInstanceOf(Refusal);
    expect(seen).toEqual([6]);
  });

  it('a document it cannot convert is an error of that document, not of the service', async () => {
    const err = await remotePdfConverter(`http://127.0.0.1:${service.port}`, TOKEN)
      .toPdf(new Uint8Array([1, 2, 3]))
      .catch((e) => e);
    expect(err).not.toBeInstanceOf(Refusal);
    expect(String(err)).toContain('not a DOCX');
  });

  it('a conversion process that cannot be reached is a 503 naming JIANDU_PDF_URL', async () => {
    const closed = await startPdfService('127.0.0.1:0', TOKEN, stand);
    await closed.close();
    const err = await remotePdfConverter(`http://127.0.0.1:${closed.port}`, TOKEN)
      .toPdf(docx)
      .catch((e) => e);
    expect(err).toBeInstanceOf(Refusal);
    expect((err as Refusal).init.status).toBe(503);
    expect((err as Refusal).init.detailEn).toContain('JIANDU_PDF_URL');
  });
});
