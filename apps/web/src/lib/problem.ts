// Reading problem+json answers: the message in the chosen language, the article cited, and the
// failing fields placed on the form fields they name.
import type { Problem } from '@jiandu/contracts';
import type { FormInstance } from 'antd';
import { ApiError } from './api';
import type { Lang } from './i18n';

export function problemOf(err: unknown): Problem {
  if (err instanceof ApiError) return err.problem;
  const msg = err instanceof Error ? err.message : String(err);
  return { type: 'about:blank', title: '出现错误', title_en: 'Something went wrong', status: 0, detail: msg };
}

export function statusOf(err: unknown): number {
  return err instanceof ApiError ? err.status : 0;
}

export function problemTitle(p: Problem, lang: Lang): string {
  return lang === 'en' ? p.title_en || p.title : p.title;
}

export function problemDetail(p: Problem, lang: Lang): string | undefined {
  const detail = lang === 'en' ? (p.detail_en ?? p.detail) : (p.detail ?? p.detail_en);
  // A conflict or refusal reads "id：仍有…"; its reasons say it all without the API's field names.
  // (Validation reasons such as "不能为空" need the field name, so 400s keep it.)
  const fields = p.fields ?? [];
  if (p.status !== 400 && fields.length > 0) {
    const en = lang === 'en';
    const named = fields.map((f) => `${f.field}${en ? ': ' : '：'}${en ? f.reason_en : f.reason}`);
    if (detail === named.join(en ? '; ' : '；'))
      return fields.map((f) => (en ? f.reason_en : f.reason)).join(en ? '; ' : '；');
  }
  return detail;
}

/** One line for a toast: title, then detail when there is one. */
export function problemLine(err: unknown, lang: Lang): string {
  const p = problemOf(err);
  const d = problemDetail(p, lang);
  return d ? `${problemTitle(p, lang)}：${d}` : problemTitle(p, lang);
}

/** The form field a problem names: 'body.name' and 'query.from' become 'name' and 'from'. */
function fieldName(field: string): string {
  return field.replace(/^(body|query|params)\./, '');
}

/**
 * Puts each failing field's reason on the form field of that name. Returns true when the form
 * says it all (every failing field shown, no article to cite), so no separate alert is needed.
 */
export function showFieldErrors(
  form: FormInstance,
  err: unknown,
  lang: Lang,
  names: readonly string[],
): boolean {
  const fields = problemOf(err).fields ?? [];
  const onForm = fields.filter((f) => names.includes(fieldName(f.field)));
  form.setFields(
    onForm.map((f) => ({
      name: fieldName(f.field),
      errors: [lang === 'en' ? f.reason_en || f.reason : f.reason],
    })),
  );
  // a refusal under an article of the regulation also shows as an alert, citing the article
  return fields.length > 0 && onForm.length === fields.length && !problemOf(err).article;
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1..99 in Chinese numerals, as articles are numbered (第十二条). */
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n];
  if (n < 20) return `十${n % 10 ? DIGITS[n % 10] : ''}`;
  if (n < 100) return `${DIGITS[Math.floor(n / 10)]}十${n % 10 ? DIGITS[n % 10] : ''}`;
  return String(n);
}

/** the packs an article id may name besides the one a case follows ('national-2025:art42.2') */
const PACK_TITLES: Record<string, [zh: string, en: string]> = {
  'national-2025': ['《行政执法监督条例》', 'of the Supervision Regulation'],
};

/** 'art10.2' → 第十条第二款 (zh) or Art. 10(2) (en); item numbers as （三） / (3). */
export function articleLabel(id: string | null | undefined, lang: Lang): string {
  if (!id) return '';
  const q = /^([a-z0-9-]+):(art[\d.]+)$/.exec(id);
  if (q) {
    const [zh, en] = PACK_TITLES[q[1]] ?? [q[1], q[1]];
    return lang === 'en' ? `${articleLabel(q[2], lang)} ${en}` : `${zh}${articleLabel(q[2], lang)}`;
  }
  const m = /^art(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(id);
  if (!m) return id;
  const [, art, para, item] = m;
  if (lang === 'en') return `Art. ${art}${para ? `(${para})` : ''}${item ? `(${item})` : ''}`;
  return `第${chineseNumber(+art)}条${para ? `第${chineseNumber(+para)}款` : ''}${
    item ? `第（${chineseNumber(+item)}）项` : ''
  }`;
}
