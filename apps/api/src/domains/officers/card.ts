// The certificate card (ID-1, 85.6 × 54 mm) as SVG, with a QR code that opens the public check
// of this certificate — what an inspected party scans to see whether the officer is entitled.
import QRCode from 'qrcode';
import type { CertificateRow } from './queries.ts';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export async function certificateCard(
  c: CertificateRow,
  holder: string,
  organisation: string,
  publicUrl: string,
): Promise<string> {
  const link = `${publicUrl.replace(/\/$/, '')}/public/certificate?number=${encodeURIComponent(c.number)}`;
  const qr = await QRCode.toString(link, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' });
  const inner = qr.replace(/^<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
  const size = /viewBox="0 0 (\d+) \d+"/.exec(qr)?.[1] ?? '29';
  const title = c.kind === 'enforcement' ? '行政执法证' : '行政执法监督证';
  const line = (y: number, label: string, value: string) =>
    `<text x="6" y="${y}" font-size="3.2"><tspan fill="#555">${label}</tspan> ${esc(value)}</text>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="85.6mm" height="54mm" viewBox="0 0 85.6 54" font-family="Noto Serif CJK SC, 仿宋_GB2312, serif">
  <rect x="0.3" y="0.3" width="85" height="53.4" rx="3" fill="#fff" stroke="#1f4e8c" stroke-width="0.6"/>
  <rect x="0.3" y="0.3" width="85" height="10" rx="3" fill="#1f4e8c"/>
  <text x="42.8" y="7.4" font-size="5" fill="#fff" text-anchor="middle" letter-spacing="1">${title}</text>
  ${line(17, '姓名', holder)}
  ${line(23, '单位', organisation)}
  ${line(29, '领域', c.areas.join('、'))}
  ${line(35, '证号', c.number)}
  ${line(41, '有效期', `${c.valid_from} 至 ${c.valid_until}`)}
  ${line(47, '发证', c.issuing_authority)}
  <g transform="translate(62 20) scale(${(20 / Number(size)).toFixed(4)})">${inner}</g>
  <text x="72" y="44" font-size="2.4" fill="#555" text-anchor="middle">扫码核验</text>
</svg>`;
}
