import { z } from 'zod';
import { serviceMethod } from './cases.ts';
import { isoDate, label } from './common.ts';

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
