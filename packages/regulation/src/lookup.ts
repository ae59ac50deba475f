// Lookups over a rule pack: provisions by id with their citation, which pack governs a date,
// and the decision and accountability tables. Pure; packs are passed in (or the registry default).
import { assertIsoDate, nextDay } from './dates.ts';
import { articleNumberZh, itemNumberZh, paragraphNumberZh, romanNumeral } from './numbering.ts';
import { DEFAULT_PACK, getPack } from './registry.ts';
import type {
  AccountabilityMeasure,
  AccountabilityRule,
  AccountabilitySubject,
  Article,
  Citation,
  DecisionCode,
  DecisionKind,
  IsoDate,
  Item,
  MeasureCode,
  MeasureKind,
  PackStatus,
  Paragraph,
  Provision,
  ProvisionId,
  RulePack,
} from './types.ts';

const ID_RE = /^art([1-9]\d*)(?:\.([1-9]\d*)(?:\.([1-9]\d*))?)?$/;

/** Parses 'art13.1.2' into [13, 1, 2]; undefined when the id is not well formed. */
export function parseId(id: string): [number, number?, number?] | undefined {
  const m = typeof id === 'string' ? ID_RE.exec(id) : null;
  if (!m) return undefined;
  return [Number(m[1]), m[2] ? Number(m[2]) : undefined, m[3] ? Number(m[3]) : undefined];
}

/**
 * Is `id` a well-formed provision id ('art13', 'art13.1', 'art13.1.2')? With a pack, also: does
 * that provision exist in it?
 */
export function isValidId(id: string, pack?: RulePack): boolean {
  if (!parseId(id)) return false;
  return pack ? findProvision(pack, id) !== undefined : true;
}

function articleText(a: Article): string {
  return a.paragraphs.map(paragraphText).join('\n');
}

function paragraphText(p: Paragraph): string {
  return [p.text, ...p.items.map((i) => `${i.numberZh}${i.text}`)].join('\n');
}

/**
 * Citation in drafting style: 第十三条第一款第（二）项. A single-paragraph article is cited without
 * 第一款 (第六条第（一）项), as Chinese legislation cites it; the English follows suit.
 */
function citation(pack: RulePack, a: Article, p?: Paragraph, i?: Item): Citation {
  const single = a.paragraphs.length === 1;
  let short = articleNumberZh(a.number);
  let en = `Art. ${a.number}`;
  // A paragraph whose earlier paragraphs were not recovered has no known number: cite its article.
  if (p && !single && p.partial?.missing !== 'head') {
    short += paragraphNumberZh(p.number);
    en += `(${p.number})`;
  }
  if (i) {
    short += `第${itemNumberZh(i.number)}项`;
    en += `(${romanNumeral(i.number)})`;
  }
  return { zh: `《${pack.titleZh}》${short}`, short, en: `${en} of the ${pack.shortTitleEn}` };
}

// Packs are frozen data, so their index can be built once and kept as long as the pack lives.
const indexes = new WeakMap<RulePack, Map<ProvisionId, Provision>>();

/** Every provision of the pack by id, in document order (article, its paragraphs, their items). */
export function provisionIndex(pack: RulePack): ReadonlyMap<ProvisionId, Provision> {
  const cached = Object.isFrozen(pack) ? indexes.get(pack) : undefined;
  if (cached) return cached;
  const index = new Map<ProvisionId, Provision>();
  for (const a of pack.articles) {
    index.set(a.id, {
      level: 'article',
      id: a.id,
      article: a,
      text: articleText(a),
      citation: citation(pack, a),
    });
    for (const p of a.paragraphs) {
      index.set(p.id, {
        level: 'paragraph',
        id: p.id,
        article: a,
        paragraph: p,
        text: paragraphText(p),
        citation: citation(pack, a, p),
      });
      for (const i of p.items) {
        index.set(i.id, {
          level: 'item',
          id: i.id,
          article: a,
          paragraph: p,
          item: i,
          text: i.text,
          citation: citation(pack, a, p, i),
        });
      }
    }
  }
  if (Object.isFrozen(pack)) indexes.set(pack, index);
  return index;
}

export function findProvision(pack: RulePack, id: ProvisionId): Provision | undefined {
  return provisionIndex(pack).get(id);
}

/** The article, paragraph or item `id` with its text and citation; throws on an unknown id. */
export function getProvision(pack: RulePack, id: ProvisionId): Provision {
  const p = findProvision(pack, id);
  if (!p) throw new RangeError(`unknown provision '${id}' in rule pack ${pack.id}`);
  return p;
}

/**
 * A provision of a pack other than the one a case follows, named with its pack: a step or refusal
 * resting on the national regulation while the case's procedure is the Jincheng pack's
 * ('national-2025:art42.2').
 */
export const qualifiedId = (packId: string, id: ProvisionId) => `${packId}:${id}`;

/** The pack and provision a qualified id names; undefined for a plain id. */
export function splitQualified(id: string): { packId: string; id: ProvisionId } | undefined {
  const at = id.indexOf(':');
  return at > 0 ? { packId: id.slice(0, at), id: id.slice(at + 1) } : undefined;
}

/**
 * The citation of `id` ('《…》第十三条第一款第（二）项'), in `pack` or, for a qualified id, in the pack
 * it names; throws on an unknown id.
 */
export function cite(id: ProvisionId, pack: RulePack = DEFAULT_PACK): Citation {
  const q = splitQualified(id);
  return q ? getProvision(getPack(q.packId), q.id).citation : getProvision(pack, id).citation;
}

/** Item text without its closing ；or 。, for quoting a ground inside a sentence. */
export function bareText(text: string): string {
  return text.replace(/[；。]$/, '');
}

// ---- validity (第十九条) ----

/** In force on `date`: effectiveFrom ≤ date ≤ effectiveUntil (both inclusive). */
export function covers(pack: RulePack, date: IsoDate): boolean {
  return pack.effectiveFrom <= date && (pack.effectiveUntil === null || date <= pack.effectiveUntil);
}

/**
 * The procedural pack a case filed on `date` is decided under, or undefined when none was in force
 * then. Only packs that carry the procedure count: a pack loaded as text alone (the national
 * regulation, its procedure articles missing) governs what a case cites (lawGoverning), never its
 * steps. Where periods overlap the pack that took effect last wins, as a later regulation displaces
 * an earlier one.
 */
export function packInForce(packs: readonly RulePack[], date: IsoDate): RulePack | undefined {
  assertIsoDate(date, 'packInForce');
  let best: RulePack | undefined;
  for (const p of packs)
    if (p.procedural && covers(p, date) && (!best || p.effectiveFrom > best.effectiveFrom)) best = p;
  return best;
}

/** Whether `pack` is in force on `today`; lapsedOn is the first day it no longer applies. */
export function packStatus(pack: RulePack, today: IsoDate): PackStatus {
  assertIsoDate(today, 'packStatus');
  if (today < pack.effectiveFrom) return { inForce: false, startsOn: pack.effectiveFrom };
  if (pack.effectiveUntil !== null && today > pack.effectiveUntil)
    return { inForce: false, lapsedOn: nextDay(pack.effectiveUntil) };
  return { inForce: true };
}

/**
 * The most recent procedural pack that had lapsed by `date`: what a caller shows, marked as lapsed, when no
 * pack is in force, so an administrator can record the basis for applying it further.
 */
export function lastLapsedPack(packs: readonly RulePack[], date: IsoDate): RulePack | undefined {
  assertIsoDate(date, 'lastLapsedPack');
  let best: RulePack | undefined;
  for (const p of packs) {
    if (!p.procedural || p.effectiveUntil === null || p.effectiveUntil >= date) continue;
    if (!best || p.effectiveUntil > (best.effectiveUntil as IsoDate)) best = p;
  }
  return best;
}

// ---- measures, decisions, accountability ----

export function getMeasure(pack: RulePack, code: MeasureCode): MeasureKind {
  const m = pack.measures.find((x) => x.code === code);
  if (!m) throw new RangeError(`unknown measure '${code}' in rule pack ${pack.id}`);
  return m;
}

export function getDecisionKind(pack: RulePack, code: DecisionCode): DecisionKind {
  const d = pack.decisionKinds.find((x) => x.code === code);
  if (!d) throw new RangeError(`unknown decision kind '${code}' in rule pack ${pack.id}`);
  return d;
}

/** The decision kinds that may cite `groundId` as a ground. */
export function decisionKindsForGround(pack: RulePack, groundId: ProvisionId): DecisionKind[] {
  return pack.decisionKinds.filter((d) => d.grounds.includes(groundId));
}

export interface GroundsRefusal {
  /** The provision that refuses. */
  article: ProvisionId;
  reason: string;
  reasonEn: string;
}

/**
 * Checks the grounds a draft decision cites against its kind (grounds table and excludedWhere).
 * Returns the refusals, empty when the grounds fit. Whether an earlier order went unmet
 * (requiresPriorUnmetOrder) depends on the case history and is left to the caller.
 */
export function checkDecisionGrounds(
  pack: RulePack,
  code: DecisionCode,
  grounds: readonly ProvisionId[],
): GroundsRefusal[] {
  const kind = getDecisionKind(pack, code);
  // namedIn ends with the article of the grounds (types.ts); validatePack keeps it non-empty.
  const basis = kind.namedIn.at(-1) as ProvisionId;
  const out: GroundsRefusal[] = [];
  if (grounds.length === 0)
    out.push({
      article: basis,
      reason: `${kind.nameZh}决定须载明所依据的情形`,
      reasonEn: `a decision “${kind.nameEn}” must cite its grounds`,
    });
  for (const g of grounds) {
    if (kind.excludedWhere.includes(g)) {
      const c = findProvision(pack, g)?.citation.short ?? g;
      out.push({
        article: kind.citations.excludedWhere ?? g,
        reason: `存在${c}情形的，不得作出${kind.nameZh}决定`,
        reasonEn: `no decision “${kind.nameEn}” where ${g} applies`,
      });
    } else if (!kind.grounds.includes(g)) {
      const c = findProvision(pack, g)?.citation.short ?? g;
      out.push({
        article: basis,
        reason: `${c}不是${kind.nameZh}决定的法定情形`,
        reasonEn: `${g} is not a ground for a decision “${kind.nameEn}”`,
      });
    }
  }
  return out;
}

export function getAccountabilityRule(pack: RulePack, subject: AccountabilitySubject): AccountabilityRule {
  const r = pack.accountability.find((x) => x.subject === subject);
  if (!r) throw new RangeError(`no accountability rule for '${subject}' in rule pack ${pack.id}`);
  return r;
}

/** The measures against `subject`, mildest first, with the ladder level of each. */
export function accountabilityMeasures(
  pack: RulePack,
  subject: AccountabilitySubject,
): (AccountabilityMeasure & { level: number })[] {
  return getAccountabilityRule(pack, subject).ladder.flatMap((s) =>
    s.measures.map((m) => ({ ...m, level: s.level })),
  );
}
