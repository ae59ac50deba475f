// Draws the demo organs' supervision seals (行政执法监督专用章) as PNG with Debian's Chromium:
// a red ring, a five-pointed star, "<government>行政执法监督专用章" along the upper arc,
// transparent background, 600 × 600 px. The demo seed files them for the supervision organ of
// each region (apps/api/src/seeds/seals/<region code>.png; seeds/demo-seals.ts).
//   node --import tsx scripts/make-demo-seals.ts
// Chromium's PNG is RGBA at 55–60 kB; every pixel is the same red at some opacity, so it is
// stored again as an 8-bit palette of that red at 256 opacities: a third of the size.
import fs from 'node:fs';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';
import { CITY, COUNTIES } from '../apps/api/src/seeds/demo-data.ts';

const RED = [0xdd, 0x00, 0x00] as const;
const SIZE = 600;
const out = new URL('../apps/api/src/seeds/seals/', import.meta.url);

function svg(text: string): string {
  const c = SIZE / 2;
  const ring = 24; // 4 % of the diameter
  const ringR = c - 2 - ring / 2;
  const inner = ringR - ring / 2;
  const star = Array.from({ length: 10 }, (_, i) => {
    const r = i % 2 ? 38 : 100;
    const a = (Math.PI / 5) * i - Math.PI / 2;
    return `${(c + r * Math.cos(a)).toFixed(1)},${(c + r * Math.sin(a)).toFixed(1)}`;
  }).join(' ');
  // seal characters are narrow and tall; the name is spread over 240° of the upper arc, as
  // large as fits, close under the ring
  const span = (240 * Math.PI) / 180;
  const narrow = 0.75;
  const chars = [...text];
  let size = 84;
  const radius = (s: number) => inner - 8 - s / 2;
  while (size > 20 && chars.length * size * (narrow + 0.15) > radius(size) * span) size--;
  const glyphs = chars
    .map((ch, i) => {
      const deg = -120 + ((i + 0.5) * 240) / chars.length;
      return `<text transform="rotate(${deg.toFixed(2)} ${c} ${c}) translate(${c} ${(c - radius(size)).toFixed(1)}) scale(${narrow} 1)">${ch}</text>`;
    })
    .join('');
  const red = `rgb(${RED.join(',')})`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 ${SIZE} ${SIZE}">
  <circle cx="${c}" cy="${c}" r="${ringR}" fill="none" stroke="${red}" stroke-width="${ring}"/>
  <polygon points="${star}" fill="${red}"/>
  <g font-family="Noto Serif CJK SC" font-weight="700" font-size="${size}" fill="${red}" text-anchor="middle" dominant-baseline="central">${glyphs}</g>
</svg>`;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** the alpha channel of an 8-bit RGBA, non-interlaced PNG (what Chromium writes) */
function alphaOf(png: Buffer): { width: number; height: number; alpha: Uint8Array } {
  let pos = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (pos < png.length) {
    const len = png.readUInt32BE(pos);
    const type = png.toString('latin1', pos + 4, pos + 8);
    const data = png.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      if (data[8] !== 8 || data[9] !== 6 || data[12] !== 0)
        throw new Error('expected 8-bit RGBA, not interlaced');
    } else if (type === 'IDAT') idat.push(data);
    pos += len + 12;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const prev = new Uint8Array(stride);
  const cur = new Uint8Array(stride);
  const alpha = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let i = 0; i < stride; i++) {
      const a = i >= 4 ? cur[i - 4] : 0;
      const b = prev[i];
      const c = i >= 4 ? prev[i - 4] : 0;
      let v = line[i];
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      cur[i] = v & 0xff;
    }
    for (let x = 0; x < width; x++) alpha[y * width + x] = cur[x * 4 + 3];
    prev.set(cur);
  }
  return { width, height, alpha };
}

/** a palette PNG: index = opacity of the one red */
function palettePng(width: number, height: number, alpha: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 3, 0, 0, 0], 8);
  const plte = Buffer.alloc(256 * 3);
  for (let i = 0; i < 256; i++) plte.set(RED, i * 3);
  const trns = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) raw.set(alpha.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('PLTE', plte),
    chunk('tRNS', trns),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

fs.mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
});
try {
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE } });
  // every region with a supervision organ in the demo data: the city, its districts and
  // counties, and the development zone
  for (const region of [CITY, ...COUNTIES]) {
    const text = `${region.government}行政执法监督专用章`;
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg(text)}</body></html>`);
    await page.evaluate(() => document.fonts.ready);
    const shot = await page.screenshot({
      omitBackground: true,
      clip: { x: 0, y: 0, width: SIZE, height: SIZE },
    });
    const { width, height, alpha } = alphaOf(shot);
    const png = palettePng(width, height, alpha);
    fs.writeFileSync(new URL(`${region.code}.png`, out), png);
    console.log(`${region.code} ${text}: ${png.length} bytes (Chromium's RGBA ${shot.length})`);
  }
} finally {
  await browser.close();
}
