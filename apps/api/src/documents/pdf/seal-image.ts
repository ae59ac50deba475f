// A seal is decoded whole when it is filed, not when the first decision is sealed: a PNG whose
// header is right but whose data is not made sealing fail (500) long after the upload said
// yes. Checked here: every chunk's CRC, a header within bounds (a few KB can declare a picture
// of gigabytes), image data that inflates to exactly the size the header implies, and then the
// very embedding sealing does (pdf-lib), into a scratch PDF.
import { crc32, inflateSync } from 'node:zlib';
import { PDFDocument } from 'pdf-lib';

/** a seal is printed about 42 mm wide; 2,000 pixels is more than any printer needs */
export const SEAL_MAX_SIDE = 2000;
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** samples per pixel by colour type; the bit depths each allows */
const COLOUR: Record<number, { channels: number; depths: number[] }> = {
  0: { channels: 1, depths: [1, 2, 4, 8, 16] },
  2: { channels: 3, depths: [8, 16] },
  3: { channels: 1, depths: [1, 2, 4, 8] },
  4: { channels: 2, depths: [8, 16] },
  6: { channels: 4, depths: [8, 16] },
};

export interface SealImageProblem {
  zh: string;
  en: string;
}

const bad = (zh: string, en: string): SealImageProblem => ({ zh, en });

/** null when the PNG decodes whole and can be stamped; otherwise what is wrong with it */
export async function sealImageProblem(png: Uint8Array): Promise<SealImageProblem | null> {
  const b = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (b.length < 8 || !b.subarray(0, 8).equals(SIGNATURE)) return bad('不是 PNG 图片', 'not a PNG image');
  let at = 8;
  let header: { width: number; height: number; depth: number; colour: number; interlace: number } | null =
    null;
  let palette = false;
  let ended = false;
  const data: Buffer[] = [];
  while (at + 12 <= b.length && !ended) {
    const length = b.readUInt32BE(at);
    const type = b.toString('latin1', at + 4, at + 8);
    if (at + 12 + length > b.length) return bad('PNG 文件不完整', 'the PNG is truncated');
    const body = b.subarray(at + 8, at + 8 + length);
    if (crc32(b.subarray(at + 4, at + 8 + length)) !== b.readUInt32BE(at + 8 + length))
      return bad(`PNG 数据块 ${type} 校验失败`, `the PNG's ${type} chunk fails its CRC`);
    if (!header && type !== 'IHDR') return bad('PNG 缺少文件头', 'the PNG has no header');
    if (type === 'IHDR') {
      if (length !== 13) return bad('PNG 文件头有误', 'the PNG header is malformed');
      header = {
        width: body.readUInt32BE(0),
        height: body.readUInt32BE(4),
        depth: body[8],
        colour: body[9],
        interlace: body[12],
      };
      const c = COLOUR[header.colour];
      if (!c?.depths.includes(header.depth) || body[10] !== 0 || body[11] !== 0 || header.interlace > 1)
        return bad('PNG 文件头有误', 'the PNG header is malformed');
      if (!header.width || !header.height || header.width > SEAL_MAX_SIDE || header.height > SEAL_MAX_SIDE)
        return bad(
          `印章图片的宽和高须在 1 至 ${SEAL_MAX_SIDE} 像素之间`,
          `the seal must be 1 to ${SEAL_MAX_SIDE} pixels wide and high`,
        );
    } else if (type === 'PLTE') palette = true;
    else if (type === 'IDAT') data.push(body);
    else if (type === 'IEND') ended = true;
    at += 12 + length;
  }
  if (!header || !ended || !data.length) return bad('PNG 文件不完整', 'the PNG is truncated');
  if (header.colour === 3 && !palette) return bad('PNG 缺少调色板', 'the PNG has no palette');
  const expected = rawSize(header);
  let raw: Buffer;
  try {
    raw = inflateSync(Buffer.concat(data), { maxOutputLength: expected });
  } catch {
    return bad('PNG 图像数据已损坏', 'the PNG image data is corrupt');
  }
  if (raw.length !== expected) return bad('PNG 图像数据不完整', 'the PNG image data is incomplete');
  try {
    // what sealing does with it, on a scratch page
    const doc = await PDFDocument.create();
    const image = await doc.embedPng(png);
    doc.addPage([200, 200]).drawImage(image, { x: 10, y: 10, width: 100, height: 100 });
    await doc.save();
  } catch {
    return bad('PNG 图片无法解码', 'the PNG cannot be decoded');
  }
  return null;
}

/** bytes of filtered scanlines the header implies (Adam7 passes when interlaced) */
function rawSize(h: { width: number; height: number; depth: number; colour: number; interlace: number }) {
  const bits = COLOUR[h.colour].channels * h.depth;
  const lines = (w: number, n: number) => (w && n ? n * (1 + Math.ceil((w * bits) / 8)) : 0);
  if (!h.interlace) return lines(h.width, h.height);
  const passes = [
    [0, 0, 8, 8],
    [4, 0, 8, 8],
    [0, 4, 4, 8],
    [2, 0, 4, 4],
    [0, 2, 2, 4],
    [1, 0, 2, 2],
    [0, 1, 1, 2],
  ];
  return passes.reduce(
    (sum, [x, y, dx, dy]) => sum + lines(Math.ceil((h.width - x) / dx), Math.ceil((h.height - y) / dy)),
    0,
  );
}
