// The law a case is governed by, from its registration date: the text it cites (the national
// regulation from 2026-02-01, where a recovered article applies) and the pack its steps run under.
// Where the national procedure articles are not loaded the block says so, and no Jincheng article
// is presented as the national rule.
import { citingLaw, documentsCite, RANKS, type RulePack } from '@jiandu/regulation';

/** `appliedBy`: the recorded basis for applying `procedure` further that is valid today (第十九条), if any */
export function caseLaw(registeredOn: string, procedure: RulePack, appliedBy: string | null) {
  const citing = citingLaw(registeredOn, procedure, appliedBy);
  const law = citing.law;
  const text = law.text;
  return {
    date: registeredOn,
    text: text
      ? {
          id: text.id,
          title: text.titleZh,
          titleEn: text.titleEn,
          documentNumber: text.documentNumber,
          rank: { code: text.rank, ...RANKS[text.rank] },
          complete: text.completeness.complete,
        }
      : null,
    cites: law.cites.map((c) => ({
      id: c.id,
      role: c.roleZh,
      roleEn: c.roleEn,
      citation: c.citation,
      text: c.text,
      partial: c.partial,
    })),
    // the pack recorded on the case at registration, whose steps it follows
    procedure: { id: procedure.id, title: procedure.titleZh, titleEn: procedure.titleEn },
    procedureNotLoaded: law.procedureNotLoaded,
    note: law.note,
    // how the case's documents cite it (cite-basis.ts), the same sentence as theirs
    documents: documentsCite(citing),
  };
}
