// Documents per second: DOCX rendering in process, PDF through the persistent LibreOffice
// converter, stamping the seal, and — for comparison — one LibreOffice start per document.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { libreOfficeAvailable, sharedPdfConverter } from '../apps/api/src/documents/pdf/converter.ts';
import { stampSeal } from '../apps/api/src/documents/pdf/seal.ts';
import { buildDocument } from '../apps/api/src/documents/registry.ts';
import { renderDocx } from '../apps/api/src/documents/render-docx.ts';
import { sampleData } from '../test/documents/sample-data.ts';

const rate = (n: number, ms: number) =>
  `${((n * 1000) / ms).toFixed(1)} docs/s (${(ms / n).toFixed(1)} ms each)`;

export async function benchDocuments() {
  const content = buildDocument('supervision_decision', sampleData(), '泽州县人民政府');
  console.log('\ndocuments (the two-page 行政执法监督决定书 of the sample case):');
  let t0 = performance.now();
  const N_DOCX = 300;
  let docx: Uint8Array = new Uint8Array();
  for (let i = 0; i < N_DOCX; i++) docx = await renderDocx(content);
  console.log(`  DOCX, in process:                     ${rate(N_DOCX, performance.now() - t0)}`);
  if (!libreOfficeAvailable()) {
    console.log('  PDF: LibreOffice is not installed, skipped');
    return;
  }
  const converter = sharedPdfConverter();
  t0 = performance.now();
  let pdf = await converter.toPdf(docx);
  console.log(`  PDF, first (starts LibreOffice):      ${Math.round(performance.now() - t0)} ms`);
  const N_PDF = Number(process.env.BENCH_PDFS || 40);
  t0 = performance.now();
  for (let i = 0; i < N_PDF; i++) pdf = await converter.toPdf(await renderDocx(content));
  console.log(`  PDF, persistent converter (DOCX+PDF): ${rate(N_PDF, performance.now() - t0)}`);
  const seal = fs.readFileSync(new URL('../apps/api/src/seeds/seals/140525.png', import.meta.url));
  t0 = performance.now();
  for (let i = 0; i < N_PDF; i++) await stampSeal(pdf, seal);
  console.log(`  seal stamped on the PDF:              ${rate(N_PDF, performance.now() - t0)}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiandu-oneshot-'));
  try {
    const file = path.join(dir, 'd.docx');
    fs.writeFileSync(file, docx);
    const N_ONE = 3;
    t0 = performance.now();
    for (let i = 0; i < N_ONE; i++)
      spawnSync(
        'soffice',
        [
          `-env:UserInstallation=file://${dir}/profile`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          dir,
          file,
        ],
        {
          stdio: 'ignore',
        },
      );
    console.log(`  PDF, one LibreOffice start each:      ${rate(N_ONE, performance.now() - t0)}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  await converter.close();
}

if (import.meta.url === `file://${process.argv[1]}`) await benchDocuments();
