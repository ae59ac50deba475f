// Which law governs a case dated `date`: the text it cites and the procedure its steps run under.
// The two differ once a higher regulation is in force whose procedure articles are not loaded: the
// national regulation governs from 2026-02-01 and its recovered articles are cited, while the steps
// still run under the last procedural pack, applied further only under a recorded basis (the
// procedure checks that basis, packApplies).
import { assertIsoDate } from './dates.ts';
import { covers, getProvision, lastLapsedPack, packInForce } from './lookup.ts';
import { articleNumberZh } from './numbering.ts';
import { compareRank } from './rank.ts';
import type { Citation, IsoDate, ProvisionId, RulePack } from './types.ts';

export interface CitedArticle {
  id: ProvisionId;
  roleZh: string;
  roleEn: string;
  citation: Citation;
  text: string;
  /** The recovered text stops short (PartialMark). */
  partial: boolean;
}

export interface LawGoverning {
  date: IsoDate;
  /** The pack whose text governs: the highest-ranking in force on `date`; undefined when none was. */
  text: RulePack | undefined;
  /** The pack whose procedure the steps run under (packInForce, else the last lapsed one). */
  procedure: RulePack | undefined;
  /** The procedure pack was not in force on `date`: it applies only under a recorded basis. */
  procedureNeedsBasis: boolean;
  /** The governing text's recovered provisions that apply to every case (scope, supervision body). */
  cites: CitedArticle[];
  /** The governing text's articles on the steps of a case that are not loaded, if any. */
  procedureNotLoaded: { from: number; to: number } | null;
  /** Says so, in both languages, when the steps follow another pack than the governing text. */
  note: { zh: string; en: string } | null;
}

/** The pack in force on `date` that ranks highest; among equals the one that took effect last. */
function governingText(packs: readonly RulePack[], date: IsoDate): RulePack | undefined {
  const inForce = packs.filter((p) => covers(p, date));
  inForce.sort((a, b) => compareRank(a.rank, b.rank) || (a.effectiveFrom < b.effectiveFrom ? 1 : -1));
  return inForce[0];
}

export function lawGoverning(date: IsoDate, packs: readonly RulePack[]): LawGoverning {
  assertIsoDate(date, 'lawGoverning');
  const text = governingText(packs, date);
  const procedure = packInForce(packs, date) ?? lastLapsedPack(packs, date);
  const cites = (text?.caseArticles ?? []).map((c): CitedArticle => {
    const p = getProvision(text as RulePack, c.id);
    const partial =
      p.level === 'article'
        ? p.article.paragraphs.some((x) => x.partial)
        : p.level !== 'item' && !!p.paragraph.partial;
    return { id: c.id, roleZh: c.roleZh, roleEn: c.roleEn, citation: p.citation, text: p.text, partial };
  });
  const gap = text && text !== procedure ? text.completeness.procedureNotLoaded : null;
  let note: LawGoverning['note'] = null;
  if (text && procedure && text !== procedure) {
    const articles = gap ? `${articleNumberZh(gap.from)}至${articleNumberZh(gap.to)}` : '';
    note = {
      zh: gap
        ? `《${text.titleZh}》的程序条款（${articles}）未载入：程序依《${procedure.titleZh}》及记录的继续适用依据办理，不以其条文冒充《${text.titleZh}》的规定。`
        : `程序依《${procedure.titleZh}》及记录的继续适用依据办理。`,
      en: gap
        ? `The procedure articles of the ${text.shortTitleEn} (Arts. ${gap.from}–${gap.to}) are not loaded: the steps follow the ${procedure.shortTitleEn} under the recorded basis for applying them further, and its articles are not cited as national rules.`
        : `The steps follow the ${procedure.shortTitleEn} under the recorded basis for applying them further.`,
    };
  }
  return {
    date,
    text,
    procedure,
    procedureNeedsBasis: !!procedure && !covers(procedure, date),
    cites,
    procedureNotLoaded: gap,
    note,
  };
}
