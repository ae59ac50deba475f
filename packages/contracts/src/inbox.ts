import { z } from 'zod';
import { dateOut } from './common.ts';

/** a task or deadline waiting for the reader, with the page where it is done */
export const inboxItem = z.object({
  kind: z.enum(['case', 'evaluation_sheet', 'evaluation_settle', 'visit_follow_up', 'accountability']),
  severity: z.enum(['overdue', 'due_soon', 'todo']),
  title: z.string(),
  /** what to do, and by when */
  detail: z.string(),
  detailEn: z.string(),
  due: dateOut.nullable(),
  article: z.string().nullable(),
  /** the page in the web UI */
  link: z.string(),
  /** what kind of task it is, for the home page's groups */
  task: z.object({ key: z.string(), zh: z.string(), en: z.string() }),
});

/** what waits for the reader now, worked out when asked */
export const inbox = z.object({
  today: dateOut,
  /** the last day that counts as due soon */
  soonUntil: dateOut,
  remindWorkingDays: z.number().int(),
  counts: z.object({ overdue: z.number().int(), dueSoon: z.number().int(), todo: z.number().int() }),
  items: z.array(inboxItem),
});
export type Inbox = z.infer<typeof inbox>;
