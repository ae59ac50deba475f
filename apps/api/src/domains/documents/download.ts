// Sending a document file: always as an attachment, named by its number and title.
import type { FastifyReply } from 'fastify';
import { sendDownload } from '../../http/files.ts';

export const MEDIA = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  zip: 'application/zip',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

export const sendFile = (reply: FastifyReply, name: string, ext: keyof typeof MEDIA, body: Uint8Array) =>
  sendDownload(reply, `${name.slice(0, 120)}.${ext}`, MEDIA[ext], body, `document.${ext}`);

export const fileName = (d: { number: string | null; title: string; issued_on: string }) =>
  d.number ? `${d.title}（${d.number}）` : `${d.title}（${d.issued_on}）`;

/**
 * A preview, shown in place (in the dialog's frame or a tab of its own), not saved: the one
 * file sent inline. It is marked 草稿 and carries no number, so it cannot pass for the issued one.
 */
export const sendPreview = (reply: FastifyReply, body: Uint8Array) =>
  reply
    .type(MEDIA.pdf)
    .header('content-disposition', 'inline; filename="preview.pdf"')
    .header('cache-control', 'private, no-store')
    .send(Buffer.from(body));
