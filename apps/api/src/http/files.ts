// Files in and out over HTTP: one uploaded file read whole, and downloads always sent as
// attachments (a browser never renders them in place), with a safe name.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Refusal, refuse } from './problem.ts';

/** the one file of a multipart upload, refused clearly when missing, empty or over `maxBytes` */
export async function readUpload(
  req: FastifyRequest,
  maxBytes: number,
): Promise<{ name: string; data: Buffer }> {
  if (!req.isMultipart())
    throw refuse.field(
      'file',
      '请以 multipart/form-data 上传文件',
      'upload the file as multipart/form-data',
      415,
    );
  const part = await req.file();
  if (!part) throw refuse.field('file', '没有收到文件', 'no file received');
  const data = await part.toBuffer().catch((err: { code?: string }) => {
    if (err.code === 'FST_REQ_FILE_TOO_LARGE')
      throw new Refusal({
        status: 413,
        code: 'too_large',
        title: '文件过大',
        titleEn: 'File too large',
        detail: `单个文件不得超过 ${maxBytes / 1024 / 1024} MB`,
        detailEn: `a file may not exceed ${maxBytes / 1024 / 1024} MB`,
        fields: [{ field: 'file', reason: '文件过大', reason_en: 'too large' }],
      });
    throw err;
  });
  if (data.length === 0) throw refuse.field('file', '文件为空', 'the file is empty');
  return { name: part.filename, data };
}

export function sendDownload(
  reply: FastifyReply,
  name: string,
  mediaType: string,
  body: Uint8Array,
  fallback: string,
) {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
  const safe = name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').slice(0, 130);
  return reply
    .type(mediaType)
    .header(
      'content-disposition',
      `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(safe)}`,
    )
    .header('cache-control', 'private, no-store')
    .send(Buffer.from(body));
}
