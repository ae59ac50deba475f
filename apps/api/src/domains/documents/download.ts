// Sending a document file: always as an attachment, named by its number and title.
import type { FastifyReply } from 'fastify';

export const MEDIA = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  zip: 'application/zip',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

export function sendFile(reply: FastifyReply, name: string, ext: keyof typeof MEDIA, body: Uint8Array) {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
  const safe = name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').slice(0, 120);
  return reply
    .type(MEDIA[ext])
    .header(
      'content-disposition',
      `attachment; filename="document.${ext}"; filename*=UTF-8''${encodeURIComponent(`${safe}.${ext}`)}`,
    )
    .header('cache-control', 'private, no-store')
    .send(Buffer.from(body));
}

export const fileName = (d: { number: string | null; title: string; issued_on: string }) =>
  d.number ? `${d.title}（${d.number}）` : `${d.title}（${d.issued_on}）`;
