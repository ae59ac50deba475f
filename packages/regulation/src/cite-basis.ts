// How a case's documents cite the law they rest on. A case before 2026-02-01 cites the pack its
// steps follow, as it always has. A case governed by a higher text whose procedure articles are
// not loaded (the national regulation) cites that text's recovered articles that apply to every
// case, and refers to (参照) the pack whose procedure the steps follow, naming the recorded basis
// under which it is applied further (第十九条): a Jincheng article is never cited as if it were
// the national rule, and no national article is cited for a step it is not known to govern.
import { type LawGoverning, lawGoverning } from './law.ts';
import { PACKS } from './registry.ts';
import type { IsoDate, RulePack } from './types.ts';

export interface CitingLaw {
  /** the law governing the case by its registration date */
  law: LawGoverning;
  /** the pack recorded on the case, whose procedure its steps follow */
  procedure: RulePack;
  /** the recorded basis for applying `procedure` further, valid on the document's day, if any */
  appliedBy: string | null;
}

export function citingLaw(
  registeredOn: IsoDate,
  procedure: RulePack,
  appliedBy: string | null,
  packs: readonly RulePack[] = PACKS,
): CitingLaw {
  return { law: lawGoverning(registeredOn, packs), procedure, appliedBy };
}

/** The governing text is another than the procedure pack, which is then only referred to (参照). */
export const refersToProcedure = (c: CitingLaw): boolean => !!c.law.text && c.law.text.id !== c.procedure.id;

/**
 * 《行政执法监督条例》第二条、第六条第一款: the governing text's articles cited on every case. A
 * provision whose recovered text stops short is not cited: its words are not all known.
 */
function governingArticles(c: CitingLaw): string {
  const shorts = c.law.cites.filter((x) => !x.partial).map((x) => x.citation.short);
  return shorts.length && c.law.text ? `《${c.law.text.titleZh}》${shorts.join('、')}` : '';
}

/**
 * The law a step rests on, as a document cites it after 根据 or 依照 (the sentence adds 的规定);
 * `refs` are the procedure pack's provisions as the sentence names them: 第九条第（三）项.
 * Under the pack itself: 《晋城市行政执法监督暂行办法》第九条第（三）项. Under a governing text whose
 * procedure is not loaded: 《行政执法监督条例》第二条、第六条第一款，参照《晋城市行政执法监督暂行办法》
 * （依“…”继续适用）第九条第（三）项.
 */
export function citeBasis(c: CitingLaw, refs: string): string {
  const title = `《${c.procedure.titleZh}》`;
  if (!refersToProcedure(c)) return `${title}${refs}`;
  const applied = c.appliedBy ? `（依“${c.appliedBy}”继续适用）` : '';
  const governing = governingArticles(c);
  return `${governing ? `${governing}，参照` : ''}${title}${applied}${refs}`;
}

/**
 * A provision of the procedure pack cited on its own (a ground, a time limit), after the basis
 * was stated: 参照《晋城市行政执法监督暂行办法》第十条第二款 where another text governs. `titled`:
 * whether the case's own wording names the pack's title before the provision.
 */
export function citeProcedure(c: CitingLaw, refs: string, titled = true): string {
  const title = `《${c.procedure.titleZh}》`;
  if (refersToProcedure(c)) return `参照${title}${refs}`;
  return titled ? `${title}${refs}` : refs;
}

/**
 * What the case's documents cite, for the case page: null where they cite the procedure pack alone.
 * The same sentence as the documents', with 有关条款 where each names its own provisions.
 */
export function documentsCite(c: CitingLaw): { zh: string; en: string } | null {
  if (!refersToProcedure(c)) return null;
  const of = ` of the ${c.law.text?.shortTitleEn}`;
  const national = c.law.cites.filter((x) => !x.partial).map((x) => x.citation.en.replace(of, ''));
  const applied = c.appliedBy ? `, applied further under “${c.appliedBy}”` : '';
  return {
    zh: `根据${citeBasis(c, '有关条款')}的规定`,
    en: `${national.length ? `${national.join(' and ')}${of}, referring to ` : ''}the articles of the ${c.procedure.shortTitleEn}${applied}`,
  };
}
