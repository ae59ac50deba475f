import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organCertificateSha256, organCredentials, useKeyDir } from './organ-credentials.ts';
import { signPdf } from './sign-pdf.ts';
import { readPdfSignature } from './verify-pdf.ts';

const ORGAN = { id: '00000000-0000-4000-8000-000000000001', name: '泽州县司法局' };
const OTHER = { id: '00000000-0000-4000-8000-000000000002', name: '泽州县司法局' };
let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiandu-organ-keys-'));
  useKeyDir(dir);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function plainPdf() {
  const doc = await PDFDocument.create();
  doc.addPage().drawText('decision');
  return doc.save({ useObjectStreams: false });
}
const at = new Date('2026-11-26T02:00:00Z');

describe('第十条 the organ signs the sealed PDF', () => {
  it('a self-issued certificate is made once, 0600, outside the database', () => {
    const a = organCredentials(ORGAN);
    expect(organCredentials(ORGAN).certificateSha256).toBe(a.certificateSha256);
    expect(organCertificateSha256(ORGAN.id)).toBe(a.certificateSha256);
    expect(fs.statSync(path.join(dir, 'organs', `${ORGAN.id}.p12`)).mode & 0o777).toBe(0o600);
    expect(organCertificateSha256('00000000-0000-4000-8000-000000000009')).toBeNull();
  });

  it('the signature holds, names the organ and its certificate, and covers the whole file', async () => {
    const signed = await signPdf(await plainPdf(), organCredentials(ORGAN), {
      signingTime: at,
      location: 'CN',
    });
    const s = readPdfSignature(signed);
    expect(s).toMatchObject({ valid: true, signer: ORGAN.name, signedAt: at.toISOString() });
    if (s.valid) expect(s.certificateSha256).toBe(organCertificateSha256(ORGAN.id));
  });

  it('a changed byte, an appended update or no signature at all fails', async () => {
    const signed = await signPdf(await plainPdf(), organCredentials(ORGAN), {
      signingTime: at,
      location: 'CN',
    });
    const text = Buffer.from(signed).toString('latin1');
    const changed = Buffer.from(signed);
    const i = text.indexOf('decision') > 0 ? text.indexOf('/MediaBox') + 12 : 100;
    changed[i] = changed[i] === 0x30 ? 0x31 : 0x30;
    expect(readPdfSignature(changed)).toMatchObject({ valid: false, reason: 'digest_mismatch' });
    const appended = Buffer.concat([Buffer.from(signed), Buffer.from('\n% more\n')]);
    expect(readPdfSignature(appended)).toMatchObject({ valid: false, reason: 'not_whole_file' });
    expect(readPdfSignature(await plainPdf())).toMatchObject({ valid: false, reason: 'unsigned' });
  });

  it('a forgery signed with another certificate of the same name is told apart by the certificate', async () => {
    const forged = await signPdf(await plainPdf(), organCredentials(OTHER), {
      signingTime: at,
      location: 'CN',
    });
    const s = readPdfSignature(forged);
    expect(s.valid).toBe(true);
    if (s.valid) expect(s.certificateSha256).not.toBe(organCertificateSha256(ORGAN.id));
  });
});
