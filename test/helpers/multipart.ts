// One file as multipart/form-data (field "file"), for uploads through app.inject.
import type { Client } from './app.ts';

export function multipart(name: string, data: Buffer | Uint8Array) {
  const boundary = '----jiandu-test-boundary';
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    Buffer.from(data),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload: body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

export const upload = (c: Client, url: string, name: string, data: Buffer | Uint8Array) =>
  c.request({ method: 'POST', url, ...multipart(name, data) });
