import { hasLunarEstimate } from './statutory.ts';
import type { DayStatus, IsoDate, SkippedDay } from './types.ts';

// Human-readable basis strings, kept apart from the arithmetic so wording changes never touch it.

type Basis = { zh: string; en: string };

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function skippedCounts(skipped: readonly SkippedDay[]) {
  const count = (r: SkippedDay['reason']) => skipped.filter((s) => s.reason === r).length;
  return {
    weekend: count('weekend'),
    holiday: count('holiday'),
    estimated: count('estimated_statutory_holiday'),
    makeUp: count('estimated_make_up_day'),
  };
}

function provisionalNote(years: readonly number[]): Basis {
  if (years.length === 0) return { zh: '', en: '' };
  const noLunar = years.filter((y) => !hasLunarEstimate(y));
  return {
    zh:
      `${years.map((y) => `${y}年`).join('、')}的国务院放假安排尚未载入，已按《全国年节及纪念日放假办法》推算法定节日，` +
      '并依第六条将适逢星期六、星期日的法定节日在该假期后的工作日补假（两节同日的，依历年通知亦补假一日），' +
      `调休未计，结果为暂定${noLunar.length ? `（${noLunar.join('、')}年超出农历表范围，仅计公历固定节日）` : ''}。`,
    en:
      ` The State Council holiday notice for ${years.join(', ')} is not loaded: statutory holidays are ` +
      'estimated from the national holiday regulation, and under its Article 6 one falling on a Saturday or ' +
      'Sunday is given back on the working days after the holiday (as is a festival falling on another, as the ' +
      'notices have done); adjusted working days are not known, so the result is provisional' +
      `${noLunar.length ? ` (${noLunar.join(', ')} is beyond the lunar table, so only fixed-date holidays are estimated)` : ''}.`,
  };
}

export function explainWorkingDays(p: {
  from: IsoDate;
  length: number;
  deadline: IsoDate;
  skipped: readonly SkippedDay[];
  adjustedCounted: number;
  provisionalYears: readonly number[];
}): Basis {
  const c = skippedCounts(p.skipped);
  const zhParts: string[] = [];
  const enParts: string[] = [];
  if (c.weekend) {
    zhParts.push(`周末${c.weekend}天`);
    enParts.push(plural(c.weekend, 'weekend day'));
  }
  if (c.holiday) {
    zhParts.push(`法定节假日${c.holiday}天`);
    enParts.push(plural(c.holiday, 'statutory holiday day'));
  }
  if (c.estimated) {
    zhParts.push(`推算的法定节日${c.estimated}天`);
    enParts.push(plural(c.estimated, 'estimated statutory holiday day'));
  }
  if (c.makeUp) {
    zhParts.push(`推算的补假${c.makeUp}天`);
    enParts.push(plural(c.makeUp, 'estimated make-up day'));
  }
  const note = provisionalNote(p.provisionalYears);
  const zh =
    `自${p.from}次日起算${p.length}个工作日（期间开始之日不计算在内），` +
    (zhParts.length ? `跳过${zhParts.join('、')}` : '期间内无休息日') +
    (p.adjustedCounted ? `，调休上班${p.adjustedCounted}天计入` : '') +
    `，届满日${p.deadline}。${note.zh}`;
  const en =
    `Counted ${plural(p.length, 'working day')} from the day after ${p.from} (the start day is not counted); ` +
    (enParts.length ? `skipped ${enParts.join(', ')}` : 'no non-working days in between') +
    (p.adjustedCounted ? `; ${plural(p.adjustedCounted, 'adjusted working weekend day')} counted` : '') +
    `; deadline ${p.deadline}.${note.en}`;
  return { zh, en };
}

function describe(s: DayStatus): Basis {
  if (s.reason === 'weekend') return { zh: '休息日（周末）', en: 'weekend day' };
  if (s.reason === 'holiday') return { zh: `法定节假日（${s.name}）`, en: `statutory holiday (${s.name})` };
  if (s.reason === 'estimated_make_up_day') {
    return { zh: `补假日（${s.name}，推算）`, en: `make-up day for ${s.name} (estimated)` };
  }
  return { zh: `法定节假日（${s.name}，推算）`, en: `statutory holiday (${s.name}, estimated)` };
}

export function explainCalendarDays(p: {
  from: IsoDate;
  length: number;
  rawEnd: IsoDate;
  rawEndStatus: DayStatus;
  deadline: IsoDate;
  skipped: readonly SkippedDay[];
  provisionalYears: readonly number[];
}): Basis {
  const note = provisionalNote(p.provisionalYears);
  const head = {
    zh: `自${p.from}次日起算${p.length}日（期间开始之日不计算在内）`,
    en: `Counted ${plural(p.length, 'calendar day')} from the day after ${p.from} (the start day is not counted)`,
  };
  if (p.skipped.length === 0) {
    return {
      zh: `${head.zh}，届满日${p.deadline}。${note.zh}`,
      en: `${head.en}; deadline ${p.deadline}.${note.en}`,
    };
  }
  const d = describe(p.rawEndStatus);
  return {
    zh:
      `${head.zh}，期间末日${p.rawEnd}为${d.zh}；依“期间届满的最后一日是法定节假日的，以节假日后的第一日为期间届满的日期”，` +
      `顺延${p.skipped.length}天，届满日${p.deadline}。${note.zh}`,
    en:
      `${head.en}; the last day ${p.rawEnd} is a ${d.en}, and a period whose last day is a holiday ends on the ` +
      `first working day after it, so it is extended by ${plural(p.skipped.length, 'day')}; deadline ${p.deadline}.${note.en}`,
  };
}
