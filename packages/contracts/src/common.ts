import { z } from 'zod';

export const FIRST_DATE = '1900-01-01';
/** the last year a holiday notice can be loaded for (CALENDAR_YEAR_MAX in calendar.ts) */
const LAST_DATE = '2200-12-31';

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: '必须是 YYYY-MM-DD 格式的日期¦must be a date YYYY-MM-DD' })
  .refine(isCalendarDate, { error: '不是有效的日历日期¦must be a real calendar date' })
  // deadlines are counted from dates, and the working-day calendar ends with 2200; PostgreSQL has
  // no year 0. One refusal is enough: checks chained after this one are not run on such a date.
  .refine((s) => s >= FIRST_DATE && s <= LAST_DATE, {
    error: '日期须在 1900-01-01 至 2200-12-31 之间¦must lie between 1900-01-01 and 2200-12-31',
    abort: true,
  });

/** a date as answered (YYYY-MM-DD): its form only; what a request may ask for is isoDate's to say */
export const dateOut = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** an instant as answered: ISO 8601 in UTC (Date.toISOString), never the database's text form */
export const isoTime = z.iso.datetime();

/** a label in Chinese and English, side by side */
export const zhEn = z.object({ zh: z.string(), en: z.string() });

/** YYYY-MM-DD names a real day (arithmetic, not Date: bulk reports check thousands at once) */
function isCalendarDate(s: string): boolean {
  const y = Number(s.slice(0, 4));
  const m = Number(s.slice(5, 7));
  const d = Number(s.slice(8, 10));
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const days = m === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
  return d <= days;
}

/**
 * A whole number in a query string or path, in plain decimal digits. z.coerce.number() reads '0x10' as 16,
 * '5e0' as 5 and ' 5' or '' as numbers too; a number the user did not write is refused instead.
 */
export const queryInt = (min: number, max: number) =>
  z
    .string()
    .regex(/^(0|[1-9]\d{0,14})$/, {
      error: '必须是十进制整数，只含数字¦must be a whole number written in decimal digits only',
    })
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

export const uuid = z.uuid();
export const regionCode = z
  .string()
  .regex(/^\d{6}$/, { error: '必须是6位行政区划代码¦must be a 6-digit region code' });
export const version = z.number().int().min(1);

/** Visible text: trimmed, no control or zero-width characters, bounded. */
export const label = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    // biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters is the point
    .refine((s) => !/[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/.test(s), {
      error:
        '不得包含控制字符、零宽字符或方向控制字符¦must not contain control, zero-width or direction-override characters',
    });

/** every refusal and error: application/problem+json (RFC 9457), Chinese and English side by side */
export const problem = z
  .object({
    type: z.string(),
    title: z.string(),
    title_en: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    detail_en: z.string().optional(),
    article: z.string().optional(),
    article_text: z.string().optional(),
    fields: z.array(z.object({ field: z.string(), reason: z.string(), reason_en: z.string() })).optional(),
    request_id: z.string().optional(),
  })
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof problem>;

/** a file sent as it is (a download): its bytes, of the media type the response names */
export const binary = z.string().meta({ format: 'binary' });

/** the media types of the files the API sends */
export const MEDIA_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  zip: 'application/zip',
  png: 'image/png',
  jpeg: 'image/jpeg',
  svg: 'image/svg+xml',
} as const;

/** an answer whose body is a file of one of these media types */
export const fileResponse = (description: string, ...mediaTypes: string[]) => ({
  description,
  content: Object.fromEntries(mediaTypes.map((t) => [t, { schema: binary }])),
});

/** a file stored with a visit or a case: its name, type, size and digest, never its bytes */
export const storedFile = z.object({
  id: uuid,
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  uploadedAt: isoTime,
});

/** an answer with no body (204) */
export const noContent = z.undefined().meta({ description: '无内容 No content' });

export const page = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
  });

export const paging = {
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
};

/** the service answers, and so does its database */
export const healthAnswer = z.object({
  status: z.literal('ok'),
  database: z.enum(['pglite', 'postgresql']),
  version: z.string(),
});
export const livenessAnswer = z.object({
  live: z.literal(true),
  state: z.enum(['starting', 'ready', 'stopping']),
});
export const readinessAnswer = z.object({
  ready: z.literal(true),
  database: z.enum(['pglite', 'postgresql']),
});
