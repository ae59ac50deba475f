// Consistency checks for a rule pack, so a new or edited pack is refused before any case is
// judged by it: numbering, unique ids and codes, references that resolve, and grounds tables
// that cannot lead to two incompatible decisions.
import { isIsoDate } from './dates.ts';
import { articleNumberZh, itemNumberZh } from './numbering.ts';
import { RANKS } from './rank.ts';
import type {
  DecisionEffect,
  DecisionFlag,
  PackProblem,
  PackProblemCode,
  ProvisionId,
  RulePack,
} from './types.ts';

// Half-width punctuation and whitespace do not belong in normalised Chinese text.
const HALF_WIDTH = /[,;:()!?\s]/;

// Orders and revocation may share grounds: 第十三条 escalates from one to the other.
const COMPATIBLE_EFFECTS = new Set<DecisionEffect>(['orders_action', 'revokes']);

const FLAGS: readonly DecisionFlag[] = [
  'setsDeadline',
  'requiresWrittenCorrection',
  'requiresPriorUnmetOrder',
  'voidFromStart',
  'actStaysInForce',
  'agencyMayActAnew',
];

/** Problems found in `pack`; an empty list means the pack is consistent. */
export function validatePack(pack: RulePack): PackProblem[] {
  const problems: PackProblem[] = [];
  const add = (code: PackProblemCode, where: string, message: string) =>
    problems.push({ code, where, message });

  // ---- metadata ----
  for (const k of ['issuedOn', 'effectiveFrom'] as const)
    if (!isIsoDate(pack[k])) add('bad_metadata', k, `${k} is not a YYYY-MM-DD date: '${pack[k]}'`);
  if (pack.effectiveUntil !== null && !isIsoDate(pack.effectiveUntil))
    add(
      'bad_metadata',
      'effectiveUntil',
      `effectiveUntil is not a YYYY-MM-DD date: '${pack.effectiveUntil}'`,
    );
  if (pack.effectiveUntil !== null && pack.effectiveUntil < pack.effectiveFrom)
    add('bad_metadata', 'effectiveUntil', 'effectiveUntil is before effectiveFrom');
  if (pack.issuedOn > pack.effectiveFrom) add('bad_metadata', 'issuedOn', 'issued after it took effect');
  for (const k of ['id', 'titleZh', 'titleEn', 'shortTitleEn', 'documentNumber', 'issuedBy'] as const)
    if (!pack[k]) add('bad_metadata', k, `${k} is empty`);

  // ---- text, numbering and ids ----
  const ids = new Map<ProvisionId, 'article' | 'paragraph' | 'item'>();
  const register = (id: ProvisionId, level: 'article' | 'paragraph' | 'item') => {
    if (ids.has(id)) add('duplicate_id', id, `provision id ${id} occurs more than once`);
    else ids.set(id, level);
  };
  const checkText = (id: string, text: string) => {
    if (!text) add('bad_text', id, 'empty text');
    else if (HALF_WIDTH.test(text)) add('bad_text', id, 'half-width punctuation or whitespace in the text');
  };
  // Articles not loaded are listed in completeness; the loaded ones are the rest, in order.
  const missing = new Set(pack.completeness.missingArticles);
  const expected: number[] = [];
  for (let n = 1; n <= pack.completeness.articleCount; n++) if (!missing.has(n)) expected.push(n);
  if (pack.articles.length !== expected.length)
    add(
      'bad_completeness',
      'articles',
      `${pack.articles.length} articles loaded, but ${pack.completeness.articleCount} less ${missing.size} missing is ${expected.length}`,
    );
  let lastChapter = 0;
  const chapterTitles = new Map<number, string>();
  pack.articles.forEach((a, ai) => {
    register(a.id, 'article');
    const n = expected[ai] ?? ai + 1;
    if (a.number !== n || a.id !== `art${n}` || a.numberZh !== articleNumberZh(n))
      add('bad_numbering', a.id, `article ${n} is numbered ${a.id} / ${a.numberZh}`);
    if (a.chapter.number < lastChapter) add('bad_numbering', a.id, 'chapters out of order');
    lastChapter = a.chapter.number;
    const title = chapterTitles.get(a.chapter.number);
    if (title !== undefined && title !== a.chapter.titleZh)
      add('bad_numbering', a.id, `chapter ${a.chapter.number} has two titles`);
    chapterTitles.set(a.chapter.number, a.chapter.titleZh);
    if (a.paragraphs.length === 0) add('bad_text', a.id, 'article without paragraphs');
    a.paragraphs.forEach((p, pi) => {
      register(p.id, 'paragraph');
      if (p.number !== pi + 1 || p.id !== `${a.id}.${pi + 1}`)
        add('bad_numbering', p.id, `paragraph ${pi + 1} of ${a.id} is numbered ${p.id}`);
      checkText(p.id, p.text);
      // Only the first recovered paragraph can have unrecovered paragraphs before it.
      if (p.partial?.missing === 'head' && pi !== 0)
        add('bad_completeness', p.id, 'only the first recovered paragraph can miss the paragraphs before it');
      if (p.partial && (!p.partial.noteZh || !p.partial.noteEn))
        add('bad_completeness', p.id, 'a partial paragraph needs a Chinese and an English note');
      p.items.forEach((it, ii) => {
        register(it.id, 'item');
        if (it.number !== ii + 1 || it.id !== `${p.id}.${ii + 1}` || it.numberZh !== itemNumberZh(ii + 1))
          add('bad_numbering', it.id, `item ${ii + 1} of ${p.id} is numbered ${it.id} / ${it.numberZh}`);
        checkText(it.id, it.text);
      });
    });
  });

  const ref = (where: string, id: ProvisionId) => {
    if (!ids.has(id)) add('dangling_ref', where, `refers to ${id}, which is not in the pack`);
  };
  const itemRef = (where: string, id: ProvisionId, within?: ProvisionId) => {
    const level = ids.get(id);
    if (!level) add('dangling_ref', where, `refers to ${id}, which is not in the pack`);
    else if (level !== 'item') add('not_an_item', where, `${id} is a ${level}, grounds must be items`);
    else if (within && !id.startsWith(`${within}.`))
      add('not_an_item', where, `${id} is not an item of ${within}`);
  };
  const unique = (where: string, codes: readonly string[]) => {
    const seen = new Set<string>();
    for (const c of codes) {
      if (seen.has(c)) add('duplicate_code', where, `code ${c} occurs more than once`);
      seen.add(c);
    }
  };

  if (pack.validityCitation !== null) ref('validityCitation', pack.validityCitation);
  else if (!pack.validityNote?.zh || !pack.validityNote.en)
    add(
      'bad_metadata',
      'validityNote',
      'no loaded provision fixes the dates, so a note must say where they come from',
    );
  const min = pack.minSupervisorsPerMeasure;
  if (min) {
    ref('minSupervisorsPerMeasure', min.citation);
    if (!Number.isInteger(min.value) || min.value < 1)
      add('bad_metadata', 'minSupervisorsPerMeasure', 'must be a positive integer');
  }
  if (!(pack.rank in RANKS)) add('bad_metadata', 'rank', `unknown rank '${pack.rank}'`);
  if (pack.provenance.length === 0) add('bad_metadata', 'provenance', 'names no source');
  for (const c of pack.caseArticles) ref(`caseArticles.${c.id}`, c.id);

  checkCompleteness(pack, add);

  // ---- measures ----
  unique(
    'measures',
    pack.measures.map((m) => m.code),
  );
  for (const m of pack.measures) ref(`measures.${m.code}`, m.citation);

  // ---- decisions ----
  unique(
    'decisionKinds',
    pack.decisionKinds.map((d) => d.code),
  );
  const kindsByGround = new Map<ProvisionId, { code: string; effect: DecisionEffect }[]>();
  for (const d of pack.decisionKinds) {
    const w = `decisionKinds.${d.code}`;
    if (d.namedIn.length === 0) add('dangling_ref', `${w}.namedIn`, 'names no provision');
    for (const id of d.namedIn) ref(`${w}.namedIn`, id);
    if (d.grounds.length === 0) add('grounds_conflict', `${w}.grounds`, 'no grounds');
    const own = new Set<ProvisionId>();
    for (const g of d.grounds) {
      itemRef(`${w}.grounds`, g);
      if (own.has(g)) add('grounds_conflict', `${w}.grounds`, `${g} listed twice`);
      own.add(g);
      if (d.excludedWhere.includes(g))
        add('grounds_conflict', `${w}.grounds`, `${g} is both a ground and an exclusion`);
      const list = kindsByGround.get(g) ?? [];
      list.push({ code: d.code, effect: d.effect });
      kindsByGround.set(g, list);
    }
    for (const g of d.excludedWhere) itemRef(`${w}.excludedWhere`, g);

    for (const f of FLAGS) {
      const cited = d.citations[f];
      if (d[f] && !cited) add('flag_inconsistent', `${w}.${f}`, `${f} is set but cites no provision`);
      if (!d[f] && cited) add('flag_inconsistent', `${w}.${f}`, `${f} is not set but cites ${cited}`);
    }
    if (d.excludedWhere.length > 0 && !d.citations.excludedWhere)
      add('flag_inconsistent', `${w}.excludedWhere`, 'exclusions cite no provision');
    for (const [f, id] of Object.entries(d.citations)) if (id) ref(`${w}.citations.${f}`, id);

    // The effect and the flags must tell the same story.
    if (d.voidFromStart && d.actStaysInForce)
      add('flag_inconsistent', w, 'an act cannot be void from the start and stay in force');
    if ((d.effect === 'declares_void') !== d.voidFromStart)
      add('flag_inconsistent', w, 'voidFromStart must be set exactly for effect declares_void');
    if ((d.effect === 'declares_illegal') !== d.actStaysInForce)
      add('flag_inconsistent', w, 'actStaysInForce must be set exactly for effect declares_illegal');
    if ((d.effect === 'orders_action') !== d.setsDeadline)
      add('flag_inconsistent', w, 'setsDeadline must be set exactly for effect orders_action');
    if (d.requiresWrittenCorrection && d.effect !== 'orders_action')
      add('flag_inconsistent', w, 'a written correction belongs to an order');
    if (d.agencyMayActAnew && d.effect !== 'revokes')
      add('flag_inconsistent', w, 'acting anew presupposes a revocation');
    if (d.requiresPriorUnmetOrder) {
      // The escalation must be reachable: some order covers every ground of this kind.
      const ok = pack.decisionKinds.some(
        (o) => o.setsDeadline && o.code !== d.code && d.grounds.every((g) => o.grounds.includes(g)),
      );
      if (!ok) add('flag_inconsistent', w, 'requires a prior unmet order, but no order covers its grounds');
    }
  }
  for (const [g, kinds] of kindsByGround) {
    const effects = new Set(kinds.map((k) => k.effect));
    const compatible = [...effects].every((e) => COMPATIBLE_EFFECTS.has(e));
    if (effects.size > 1 && !compatible)
      add(
        'grounds_conflict',
        `decisionKinds.grounds.${g}`,
        `${g} allows decisions with incompatible effects: ${kinds.map((k) => k.code).join(', ')}`,
      );
  }

  // ---- accountability ----
  unique(
    'accountability',
    pack.accountability.map((r) => r.subject),
  );
  const groundOwner = new Map<ProvisionId, string>();
  for (const r of pack.accountability) {
    const w = `accountability.${r.subject}`;
    ref(`${w}.article`, r.article);
    if (r.grounds.length === 0) add('grounds_conflict', `${w}.grounds`, 'no grounds');
    for (const g of r.grounds) {
      itemRef(`${w}.grounds`, g, r.article);
      const owner = groundOwner.get(g);
      if (owner) add('grounds_conflict', `${w}.grounds`, `${g} is already a ground against ${owner}`);
      groundOwner.set(g, r.subject);
    }
    if (r.ladder.length === 0) add('bad_ladder', `${w}.ladder`, 'empty ladder');
    r.ladder.forEach((s, si) => {
      const sw = `${w}.ladder[${si}]`;
      if (s.level !== si + 1) add('bad_ladder', sw, `level ${s.level} at position ${si + 1}`);
      if (s.combination === 'single' ? s.measures.length !== 1 : s.measures.length < 2)
        add('bad_ladder', sw, `${s.combination} step with ${s.measures.length} measures`);
      for (const m of s.measures) {
        ref(`${sw}.${m.code}`, m.citation);
        for (const id of m.alsoCites ?? []) ref(`${sw}.${m.code}.alsoCites`, id);
      }
    });
    unique(
      `${w}.ladder`,
      r.ladder.flatMap((s) => s.measures.map((m) => m.code)),
    );
  }

  // ---- corrections ----
  unique(
    'corrections',
    pack.corrections.map((c) => c.id),
  );
  for (const c of pack.corrections) {
    if (c.provisionIds.length === 0) add('dangling_ref', `corrections.${c.id}`, 'names no provision');
    for (const id of c.provisionIds) ref(`corrections.${c.id}`, id);
    if (!c.noteZh || !c.noteEn)
      add('bad_metadata', `corrections.${c.id}`, 'needs a Chinese and an English note');
  }

  return problems;
}

/**
 * The completeness flag must match the articles, and the procedure is all or nothing: a pack
 * carries it (measures, decision kinds, accountability, the supervisor minimum) only when its
 * text is complete; a pack whose procedure articles are missing carries none of it, so no step can
 * be decided under a rule that was not loaded.
 */
function checkCompleteness(
  pack: RulePack,
  add: (code: PackProblemCode, where: string, message: string) => void,
): void {
  const c = pack.completeness;
  const w = 'completeness';
  if (!Number.isInteger(c.articleCount) || c.articleCount < 1)
    add('bad_completeness', `${w}.articleCount`, 'must be a positive integer');
  const ascending = (xs: readonly number[]) => xs.every((x, i) => i === 0 || xs[i - 1] < x);
  for (const k of ['missingArticles', 'partialArticles'] as const) {
    if (!ascending(c[k])) add('bad_completeness', `${w}.${k}`, 'must be ascending without repeats');
    for (const n of c[k])
      if (!Number.isInteger(n) || n < 1 || n > c.articleCount)
        add('bad_completeness', `${w}.${k}`, `article ${n} is outside 1–${c.articleCount}`);
  }
  const partial = pack.articles.filter((a) => a.paragraphs.some((p) => p.partial)).map((a) => a.number);
  if (partial.join() !== c.partialArticles.join())
    add(
      'bad_completeness',
      `${w}.partialArticles`,
      `the partial articles are ${partial.join(', ') || 'none'}`,
    );
  const complete = c.missingArticles.length === 0 && c.partialArticles.length === 0;
  if (c.complete !== complete) add('bad_completeness', `${w}.complete`, `must be ${complete}`);
  const gap = c.procedureNotLoaded;
  if (gap) {
    for (let n = gap.from; n <= gap.to; n++)
      if (!c.missingArticles.includes(n))
        add('bad_completeness', `${w}.procedureNotLoaded`, `article ${n} is loaded, not missing`);
    if (gap.from > gap.to) add('bad_completeness', `${w}.procedureNotLoaded`, 'from is after to');
  }
  if (!c.noteZh || !c.noteEn) add('bad_completeness', `${w}.note`, 'needs a Chinese and an English note');

  const carried = {
    measures: pack.measures.length > 0,
    decisionKinds: pack.decisionKinds.length > 0,
    accountability: pack.accountability.length > 0,
    minSupervisorsPerMeasure: pack.minSupervisorsPerMeasure !== null,
  };
  for (const [k, has] of Object.entries(carried)) {
    if (pack.procedural && !has) add('bad_completeness', k, 'a procedural pack must carry it');
    if (!pack.procedural && has) add('bad_completeness', k, 'a pack that carries no procedure must not');
  }
  if (pack.procedural && !c.complete)
    add('bad_completeness', 'procedural', 'only a complete pack can carry the procedure');
  if (pack.procedural && gap) add('bad_completeness', 'procedural', 'its procedure articles are not loaded');
  if (pack.procedural && pack.validityCitation === null)
    add('bad_completeness', 'validityCitation', 'a procedural pack cites the provision on its validity');
}
