// What a file attached to a case may be, stated once for the server that enforces it and the
// forms that say it before anything is sent. The server judges the type by content, not by name.
import { z } from 'zod';
import { storedFile } from './common.ts';

/** one file at most this large (10 MB) */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** a petitioner sends at most this many files with a petition */
export const MAX_FILES_PER_CASE_FROM_PETITIONER = 5;
/** how long after filing a petitioner may still add files with the tracking code */
export const PETITIONER_UPLOAD_HOURS = 24;
/** the kinds accepted (PDF, JPEG, PNG, DOCX, XLSX), as a file picker takes them */
export const ATTACHMENT_EXTENSIONS = ['.pdf', '.jpg', '.jpeg', '.png', '.docx', '.xlsx'] as const;

/** a case's attachment as listed: who it came from, never its bytes */
export const attachmentView = storedFile.extend({ source: z.enum(['petitioner', 'staff']) });
export const attachmentList = z.object({ items: z.array(attachmentView) });
export type AttachmentView = z.infer<typeof attachmentView>;
export type AttachmentList = z.infer<typeof attachmentList>;
/** what a petitioner is told of a file he added: no id, as he cannot fetch it back */
export const petitionerFileAdded = z.object({
  fileName: z.string(),
  size: z.number().int(),
  sha256: z.string(),
});
