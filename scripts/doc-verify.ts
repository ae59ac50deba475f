// npm run doc:verify FILE [-- --number 晋市执监决〔2024〕3号] [--url http://127.0.0.1:3000]
// Checks that a PDF is a document as issued and sealed (signed by the issuing organ's key, kept
// outside the database, and its SHA-256 the one recorded in the audit chain at sealing), or that an exported case archive (ZIP) is whole. An archive checks
// against itself; a PDF against the database, or against a running server with --url.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../apps/api/src/config.ts';
import { DataDirLockedError } from '../apps/api/src/db/data-dir-lock.ts';
import { openDatabase } from '../apps/api/src/db/open.ts';
import { verifyArchive } from '../apps/api/src/documents/archive-manifest.ts';
import { verifyDocument } from '../apps/api/src/domains/documents/verify.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { number: { type: 'string' }, url: { type: 'string' } },
});
const file = positionals[0];
if (!file || !fs.existsSync(file)) {
  console.error('用法 / usage: npm run doc:verify FILE [-- --number 文号] [--url http://127.0.0.1:3000]');
  process.exit(2);
}
const bytes = fs.readFileSync(file);

if (bytes.subarray(0, 2).toString('latin1') === 'PK') {
  const r = verifyArchive(bytes);
  if (r.ok)
    console.log(
      `案卷完整 / archive OK: ${r.files} files, ${r.sealed} sealed documents, ${r.events} audit events re-hashed`,
    );
  else console.error(`案卷未通过核验 / archive FAILED:\n  ${r.problems.join('\n  ')}`);
  process.exit(r.ok ? 0 : 1);
}

const hash = createHash('sha256').update(bytes).digest('hex');
let result: Awaited<ReturnType<typeof verifyDocument>>;
if (values.url) {
  const form = new FormData();
  form.set('file', new Blob([bytes], { type: 'application/pdf' }), 'document.pdf');
  const q = values.number ? `?number=${encodeURIComponent(values.number)}` : '';
  const res = await fetch(new URL(`/api/v1/public/documents/verify${q}`, values.url), {
    method: 'POST',
    body: form,
  });
  if (!res.ok) {
    console.error(`服务器拒绝 / server refused: ${res.status} ${await res.text()}`);
    process.exit(2);
  }
  result = await res.json();
} else {
  let opened: Awaited<ReturnType<typeof openDatabase>>;
  try {
    opened = await openDatabase(loadConfig());
  } catch (err) {
    if (err instanceof DataDirLockedError) {
      console.error(
        `${err.message}\n服务运行中请加 --url / while the server runs, add --url http://127.0.0.1:3000`,
      );
      process.exit(3);
    }
    throw err;
  }
  try {
    result = await verifyDocument(opened.db, bytes, values.number ?? null);
  } finally {
    await opened.db.close();
    opened.lock?.release();
  }
}
const sig = result.signature;
const signed = sig.valid
  ? `数字签名有效：${sig.signer}${sig.organCertificate ? '（制发机关的证书）' : '（不是制发机关的证书）'} / signature valid: ${sig.signer}, ${sig.organCertificate ? "the issuing organ's certificate" : "NOT the issuing organ's certificate"} (${sig.certificateSha256.slice(0, 16)}…)`
  : `数字签名无效 / no valid signature: ${sig.reason}`;
if (result.match) {
  const ev = result.auditEvent;
  console.log(
    `一致 / MATCH: ${result.kind.zh} ${result.number ?? ''}，${result.issuer}，${result.issuedOn}\n  SHA-256 ${hash}\n  ${signed}\n  ${
      ev
        ? `操作日志第 ${ev.seq} 号事件${ev.intact ? '完好' : '已被改动'} / audit event ${ev.seq} ${ev.intact ? 'intact' : 'ALTERED'}`
        : ''
    }`,
  );
  process.exit(ev && !ev.intact ? 1 : 0);
}
console.error(
  `不一致 / NO MATCH: 此文件不是系统用印并由制发机关签名的文书${values.number ? `（${values.number}）` : ''}\n  SHA-256 ${hash}\n  ${signed}`,
);
process.exit(1);
