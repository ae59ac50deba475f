// zh-CN number and month formats for the dashboard (第五条 figures are read by Chinese officials).
const integer = new Intl.NumberFormat('zh-CN');
const percent = new Intl.NumberFormat('zh-CN', { style: 'percent', maximumFractionDigits: 1 });

export const formatCount = (n: number) => integer.format(n);
export const formatRate = (r: number | null) => (r === null ? '—' : percent.format(r));

/** '2026-03' → '2026年3月' (zh) or '2026-03' (en) */
export function formatMonth(month: string, lang: 'zh' | 'en'): string {
  const [y, m] = month.split('-');
  return lang === 'zh' ? `${y}年${Number(m)}月` : month;
}

/** the months from one date to another, so months without any count still show as 0 */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const end = to.slice(0, 7);
  for (let i = 0; i < 240; i++) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    if (key > end) break;
    out.push(key);
    m = m === 12 ? 1 : m + 1;
    if (m === 1) y++;
  }
  return out;
}

/** the first and last day of a month 'YYYY-MM' */
export function monthRange(month: string): [string, string] {
  const [y, m] = month.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return [`${month}-01`, `${month}-${String(last).padStart(2, '0')}`];
}
