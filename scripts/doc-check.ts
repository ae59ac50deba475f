// npm run doc:check: every document kind the demo issues, rendered as DOCX and PDF and measured
// against GB/T 9704-2012 (pdf/measure.ts): page size, 版心, characters per line, lines per page,
// page-number position, the red line, the 版记, and the PDF's text against the DOCX's. Prints a
// table; exits 1 on any deviation. Needs LibreOffice and poppler (as PDFs do).
// `npm run doc:check -- --out DIR` also writes each DOCX and PDF to DIR, to look at.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { DocumentKind } from '@jiandu/procedure';
import { migrate } from '../apps/api/src/db/migrate.ts';
import { openPglite } from '../apps/api/src/db/pglite.ts';
import { sql } from '../apps/api/src/db/sql.ts';
import type { OfficialDocument } from '../apps/api/src/documents/model.ts';
import { createPdfConverter, libreOfficeAvailable } from '../apps/api/src/documents/pdf/converter.ts';
import {
  deviations,
  type Measurement,
  measurePdf,
  popplerAvailable,
} from '../apps/api/src/documents/pdf/measure.ts';
import { buildDocument, DOCUMENT_SPECS } from '../apps/api/src/documents/registry.ts';
import { renderDocx } from '../apps/api/src/documents/render-docx.ts';
import { seedBase } from '../apps/api/src/seeds/base.ts';
import { seedDemo } from '../apps/api/src/seeds/demo.ts';
import { seedDemoActs } from '../apps/api/src/seeds/demo-acts.ts';
import { seedDemoCases } from '../apps/api/src/seeds/demo-cases.ts';
import { seedDemoEvaluation } from '../apps/api/src/seeds/demo-evaluations.ts';
import { seedDemoInspections } from '../apps/api/src/seeds/demo-inspections.ts';

import { organSamples, STEP_OF, STEPS, sampleData } from '../test/documents/sample-data.ts';

process.env.TZ = 'Asia/Shanghai';
if (!libreOfficeAvailable() || !popplerAvailable()) {
  console.error('doc:check needs LibreOffice (soffice, python3-uno) and poppler-utils');
  process.exit(2);
}

const outAt = process.argv.indexOf('--out');
const outDir = outAt > 0 ? process.argv[outAt + 1] : null;
if (outDir) fs.mkdirSync(outDir, { recursive: true });

const started = performance.now();
const now = new Date();
const db = await openPglite();
await migrate(db);
await seedBase(db, now);
await seedDemo(db, now, randomBytes(12).toString('hex'));
await seedDemoCases(db, now);
await seedDemoActs(db, now);
await seedDemoEvaluation(db, now);
await seedDemoInspections(db, now);

// of each kind the fullest document: the most text to lay out
const docs = await db.query<{
  kind: string;
  number: string | null;
  issued_at: Date;
  content: OfficialDocument;
}>(sql`
  SELECT DISTINCT ON (kind) kind, number, issued_at, content FROM documents
  WHERE cancelled_at IS NULL ORDER BY kind, length(content::text) DESC`);
await db.close();
// the case documents the demo's cases do not reach, from the sample case of the template tests
const sample = (Object.keys(DOCUMENT_SPECS) as DocumentKind[])
  .filter((k) => !docs.some((d) => d.kind === k))
  .map((kind) => {
    const step = STEP_OF[kind];
    const content = buildDocument(kind, sampleData({ step: step ? STEPS[step] : null }), '泽州县司法局');
    return { kind: `${kind} (sample)`, number: content.number, issued_at: null, content };
  })
  .concat(
    organSamples()
      .filter((c) => !docs.some((d) => d.kind === c.kind))
      .map((content) => ({
        kind: `${content.kind} (sample)`,
        number: content.number,
        issued_at: null,
        content,
      })),
  );

const converter = createPdfConverter();
const rows: [string, Measurement][] = [];
const failures: string[] = [];
for (const d of [...docs, ...sample]) {
  const docx = await renderDocx(d.content, d.issued_at);
  const tables = d.content.body.some((b) => b.type === 'form' || b.type === 'table');
  const pdf = await converter.toPdf(docx);
  if (outDir) {
    const name = d.kind.replace(/\W+/g, '-').replace(/-$/, '');
    fs.writeFileSync(path.join(outDir, `${name}.docx`), docx);
    fs.writeFileSync(path.join(outDir, `${name}.pdf`), pdf);
  }
  const m = measurePdf(pdf, docx, { number: d.number, tables });
  rows.push([d.kind, m]);
  failures.push(...deviations(m, d.kind));
}
await converter.close();

const show = (v: unknown) => (v === null ? '—' : String(v));
console.table(
  rows.map(([kind, m]) => ({
    kind,
    pages: m.pages,
    'size mm': m.sizeMm.join('×'),
    'chars/line': show(m.charsPerLine),
    'lines/page': show(m.linesPerPage),
    'page no. mm': show(m.pageNumberMm),
    'beyond mm': m.beyondMm,
    'red line mm': show(m.redLineMm),
    '版记 from foot mm': show(m.colophonFromFootMm),
    'numbers whole': m.brokenNumbers.length ? `no: ${m.brokenNumbers.length}` : 'yes',
    'text = DOCX': m.text,
  })),
);
const sampled = rows.filter(([k]) => k.endsWith('(sample)')).length;
if (sampled)
  console.log(
    `${sampled} kinds the demo does not issue were measured on the sample case of the template tests`,
  );
console.log(`${rows.length} documents measured in ${Math.round((performance.now() - started) / 1000)} s`);
if (failures.length) {
  console.error(`\n${failures.length} deviations:\n${failures.map((f) => `  ${f}`).join('\n')}`);
  process.exit(1);
}
console.log('every document is laid out per GB/T 9704-2012 and its PDF reads as its DOCX');
