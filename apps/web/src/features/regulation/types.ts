// The rule packs as GET /api/v1/regulation and /regulation/:id serve them.

export interface Item {
  id: string;
  numberZh: string;
  text: string;
}
export interface Paragraph {
  id: string;
  text: string;
  items: Item[];
  /** recovered in part: 'tail' breaks off, 'head' has unrecovered paragraphs before it */
  partial?: { missing: 'tail' | 'head'; noteZh: string; noteEn: string };
}
export interface Article {
  id: string;
  number: number;
  numberZh: string;
  chapter: { number: number; numberZh: string; titleZh: string };
  paragraphs: Paragraph[];
  uses: { zh: string; en: string }[];
}
export interface PackSummary {
  id: string;
  title: string;
  titleEn: string;
  documentNumber: string;
  effectiveFrom: string;
  effectiveUntil: string | null;
  status: { inForce: boolean; lapsedOn?: string; startsOn?: string };
  rank: { code: string; zh: string; en: string; order: number };
  procedural: boolean;
  validityNote: { zh: string; en: string } | null;
  completeness: {
    complete: boolean;
    articleCount: number;
    missingArticles: number[];
    partialArticles: number[];
    procedureNotLoaded: { from: number; to: number } | null;
    noteZh: string;
    noteEn: string;
  };
}
export interface Pack extends PackSummary {
  issuedBy: string;
  lapseNote: { zh: string; en: string } | null;
  provenance: { code: string; title: string; coversZh: string; coversEn: string }[];
  caseArticles: { id: string; roleZh: string; roleEn: string }[];
  notLoaded: { number: number; numberZh: string }[];
  corrections: { id?: string; noteZh?: string; noteEn?: string }[];
  bases: {
    id: string;
    kind: string;
    reference: string;
    note: string;
    regionNames: string[];
    validFrom: string;
    validUntil: string | null;
    recordedBy: string;
    recordedAt: string;
  }[];
  articles: Article[];
}
