// Draws the demo organs' supervision seals (行政执法监督专用章) as PNG with Debian's Chromium:
// a red ring, a five-pointed star, the government's name along the upper arc, transparent
// background. The demo seed files them (apps/api/src/seeds/seals/<region code>.png).
// node --import tsx scripts/make-demo-seals.ts
import fs from 'node:fs';
import { chromium } from 'playwright-core';
import { CITY, COUNTIES } from '../apps/api/src/seeds/demo-data.ts';

const out = new URL('../apps/api/src/seeds/seals/', import.meta.url);
fs.mkdirSync(out, { recursive: true });

function svg(text: string): string {
  const star = Array.from({ length: 10 }, (_, i) => {
    const r = i % 2 ? 38 : 95;
    const a = (Math.PI / 5) * i - Math.PI / 2;
    return `${300 + r * Math.cos(a)},${300 + r * Math.sin(a)}`;
  }).join(' ');
  // 240° of arc, about 900 px, for the name
  const size = Math.min(52, Math.floor(880 / text.length) - 4);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="600" viewBox="0 0 600 600">
  <defs><path id="arc" d="M 113.8 407.5 A 215 215 0 1 1 486.2 407.5"/></defs>
  <g fill="none" stroke="#d40000" stroke-width="22"><circle cx="300" cy="300" r="285"/></g>
  <polygon points="${star}" fill="#d40000"/>
  <text font-family="Noto Serif CJK SC" font-weight="700" font-size="${size}" fill="#d40000" letter-spacing="2">
    <textPath href="#arc" startOffset="50%" text-anchor="middle">${text}</textPath>
  </text>
</svg>`;
}

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
  const page = await browser.newPage({ viewport: { width: 600, height: 600 } });
  for (const region of [CITY, ...COUNTIES]) {
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg(`${region.government}行政执法监督专用章`)}</body></html>`,
    );
    await page.waitForTimeout(100);
    const png = await page.screenshot({
      omitBackground: true,
      clip: { x: 0, y: 0, width: 600, height: 600 },
    });
    fs.writeFileSync(new URL(`${region.code}.png`, out), png);
    console.log(`${region.code} ${region.government}: ${png.length} bytes`);
  }
} finally {
  await browser.close();
}
