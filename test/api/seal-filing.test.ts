// 第十条: the supervision seal is decoded whole when it is filed. A PNG whose signature is right
// but whose data is not was accepted and then made every sealing answer 500; now the filing
// refuses it with 415, saying what is wrong, and stores nothing. The file's name is cleaned
// like an attachment's (no direction-override or zero-width characters).
import fs from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../apps/api/src/db/sql.ts';
import { type Client, startTestApp, type TestApp } from '../helpers/app.ts';
import { upload } from '../helpers/multipart.ts';

let t: TestApp;
let admin: Client;
let organ: string;
const good = fs.readFileSync(new URL('../../apps/api/src/seeds/seals/140525.png', import.meta.url));

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('zezhou-admin');
  [{ id: organ }] = await t.ctx.db.query<{ id: string }>(
    sql`SELECT id FROM organisations WHERE name = '泽州县司法局'`,
  );
});
afterAll(() => t.close());

const chunk = (type: string, body: Buffer) => {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])));
  return Buffer.concat([head, body, crc]);
};
const png = (width: number, height: number, idat: Buffer) => {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    good.subarray(0, 8),
    chunk('IHDR', ihdr),
    chunk('IDAT', idat),
    chunk('IEND', Buffer.alloc(0)),
  ]);
};
const file = (name: string, data: Buffer) => upload(admin, `/api/v1/organisations/${organ}/seal`, name, data);
const seals = async () =>
  (await t.ctx.db.query<{ n: number }>(sql`SELECT count(*)::int AS n FROM seals`))[0].n;

describe('第十条 filing the supervision seal', () => {
  it('a PNG that does not decode whole is refused with 415 when filed, naming what is wrong, and nothing is stored', async () => {
    const flipped = Buffer.from(good);
    flipped[flipped.length - 40] ^= 0xff; // inside the image data: its CRC no longer matches
    const rgba = (w: number, h: number) => Buffer.alloc(h * (1 + w * 4), 0);
    const cases: [string, Buffer, RegExp][] = [
      ['a flipped byte', flipped, /CRC/],
      ['cut short', good.subarray(0, good.length - 100), /truncated/],
      ['image data that is not deflate', png(10, 10, Buffer.from('not deflate at all')), /corrupt/],
      ['image data too short for its header', png(10, 10, deflateSync(rgba(10, 5))), /incomplete/],
      ['image data too long for its header', png(10, 10, deflateSync(rgba(10, 20))), /corrupt/],
      ['a header of 30,000 × 30,000 pixels', png(30_000, 30_000, deflateSync(rgba(10, 10))), /pixels/],
    ];
    const before = await seals();
    for (const [what, data, reason] of cases) {
      const res = await file('seal.png', data);
      expect(res.statusCode, `${what}: ${res.body}`).toBe(415);
      expect(res.json().fields[0].field).toBe('file');
      expect(res.json().fields[0].reason_en, what).toMatch(reason);
    }
    expect(await seals()).toBe(before);
    // a small PNG that decodes whole is accepted
    const small = await file('small.png', png(10, 10, deflateSync(rgba(10, 10))));
    expect(small.statusCode, small.body).toBe(201);
  });

  it('the file name is cleaned like an attachment name: no direction-override, zero-width or control characters', async () => {
    const res = await file('\u202egnp.exe\u202c泽州县\u200b印章\u0007.png', good);
    expect(res.statusCode, res.body).toBe(201);
    const on = (await admin.get(`/api/v1/organisations/${organ}/seal`)).json();
    expect(on.name).toBe('gnp.exe泽州县印章.png');
    expect(on.sha256).toBe(res.json().sha256);
  });
});
