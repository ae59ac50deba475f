import { z } from 'zod';
import { serviceMethod } from './cases.ts';
import { dateOut, isoDate, isoTime, label, uuid, zhEn } from './common.ts';

/** 送达: recorded for a notice or review decision (a decision is served as a case step) */
export const documentService = z.object({
  method: serviceMethod,
  recipient: label(120),
  servedOn: isoDate,
  receivedOn: isoDate,
});

export const documentCancel = z.object({
  reason: label(500),
  /** issue the same document again under a new number */
  reissue: z.boolean().default(false),
});

/** 文号, e.g. 晋市执监决〔2024〕3号 */
export const documentNumber = z
  .string()
  .trim()
  .min(4, { error: '请输入文号¦enter the document number' })
  .max(40, { error: '文号过长¦the number is too long' });

export const SERVICE_METHOD_LABELS = {
  direct: { zh: '直接送达', en: 'In person' },
  left: { zh: '留置送达', en: 'Left at the address' },
  post: { zh: '邮寄送达', en: 'By post' },
  electronic: { zh: '电子送达', en: 'Electronically' },
  entrusted: { zh: '委托送达', en: 'Through another body' },
} as const;

/** an official document as its reader sees it: number, seal, service, and what the reader may do now */
export const documentView = z.object({
  id: uuid,
  caseId: uuid.nullable(),
  kind: z.string(),
  name: zhEn,
  article: z.string().nullable(),
  /** 文号; none for a document that takes no number */
  number: z.string().nullable(),
  title: z.string(),
  issuedOn: dateOut,
  issuedBy: z.string().nullable(),
  contentSha256: z.string(),
  sealable: z.boolean(),
  sealed: z
    .object({ at: z.string(), by: z.string().nullable(), pdfSha256: z.string().nullable() })
    .nullable(),
  cancelled: z.object({ at: z.string(), reason: z.string().nullable() }).nullable(),
  services: z.array(
    z.object({
      id: uuid,
      method: z.string(),
      methodLabel: zhEn.nullable(),
      recipient: z.string(),
      servedOn: dateOut,
      receivedOn: dateOut,
      recordedBy: z.string().nullable(),
    }),
  ),
  /** the buttons this reader may press now; the server checks again when pressed */
  actions: z.object({ seal: z.boolean(), serve: z.boolean(), cancel: z.boolean() }),
});
export type DocumentView = z.infer<typeof documentView>;

export const caseDocumentList = z.object({ items: z.array(documentView) });
export type CaseDocumentList = z.infer<typeof caseDocumentList>;

/** the document sealed: the hash of the sealed PDF */
export const documentSealed = z.object({ pdfSha256: z.string() });
/** a service recorded */
export const serviceRecorded = z.object({ id: uuid });
/** a document cancelled, and the one issued in its place if asked */
export const documentCancelled = z.object({
  cancelled: uuid,
  reissued: z
    .object({ id: uuid, kind: z.string(), number: z.string().nullable(), contentSha256: z.string() })
    .nullable(),
});
/** the organ's seal on file, or none yet */
export const sealOnFile = z.union([
  z.object({
    id: uuid,
    name: z.string(),
    sha256: z.string(),
    uploadedAt: isoTime,
    size: z.number().int(),
  }),
  z.object({ id: z.null() }),
]);
export type SealOnFile = z.infer<typeof sealOnFile>;
/** a seal filed */
export const sealFiled = z.object({ id: uuid, sha256: z.string() });

/** the PDF's own signature, and whether its certificate is the one its organ keeps */
const pdfSignature = z.discriminatedUnion('valid', [
  z.object({
    valid: z.literal(true),
    signer: z.string(),
    certificateSha256: z.string(),
    signedAt: z.string().nullable(),
    organCertificate: z.boolean(),
  }),
  z.object({
    valid: z.literal(false),
    reason: z.enum(['unsigned', 'not_whole_file', 'malformed', 'digest_mismatch', 'bad_signature']),
    organCertificate: z.literal(false),
  }),
]);

/** a PDF checked against the documents issued: no match tells nothing of what the system holds */
export const documentVerified = z.discriminatedUnion('match', [
  z.object({ match: z.literal(false), sha256: z.string(), signature: pdfSignature }),
  z.object({
    match: z.literal(true),
    sha256: z.string(),
    number: z.string().nullable(),
    kind: zhEn,
    issuer: z.string(),
    seal: z.string(),
    issuedOn: dateOut,
    sealedAt: z.string(),
    signature: pdfSignature,
    /** the audit event that recorded the sealing, re-hashed from its neighbours */
    auditEvent: z.object({ seq: z.number().int(), intact: z.boolean() }).nullable(),
  }),
]);
export type DocumentVerified = z.infer<typeof documentVerified>;
