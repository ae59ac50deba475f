// The organ's digital signature on the sealed PDF (CMS, ETSI.CAdES.detached, the form PAdES
// uses): it covers every byte of the file but the signature itself, so the file cannot be
// changed, nor a forged one made, without the organ's key, which the database does not hold.
import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import { P12Signer } from '@signpdf/signer-p12';
import { SignPdf } from '@signpdf/signpdf';
import { SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';
import { PDFDocument } from 'pdf-lib';
import type { OrganCredentials } from './organ-credentials.ts';

export async function signPdf(
  pdf: Uint8Array,
  credentials: OrganCredentials,
  opts: { signingTime: Date; location: string },
): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  pdflibAddPlaceholder({
    pdfDoc: doc,
    // PDF text strings here are Latin-1: the organ is named by its certificate
    reason: 'Supervision seal (art. 10)',
    contactInfo: '',
    name: 'Jiandu',
    location: opts.location,
    signingTime: opts.signingTime,
    subFilter: SUBFILTER_ETSI_CADES_DETACHED,
    signatureLength: 8192,
    appName: 'Jiandu',
  });
  const prepared = Buffer.from(await doc.save({ useObjectStreams: false }));
  const signer = new P12Signer(credentials.p12, { passphrase: credentials.passphrase });
  return new Uint8Array(await new SignPdf().sign(prepared, signer, opts.signingTime));
}
