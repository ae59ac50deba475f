// The rule packs as GET /api/v1/regulation and /regulation/:id serve them: the contracts the API states them in.
import type { RulePacks, RulePackText } from '@jiandu/contracts';

export type PackSummary = RulePacks['items'][number];
export type Pack = RulePackText;
export type Article = Pack['articles'][number];
export type Paragraph = Article['paragraphs'][number];
export type Item = Paragraph['items'][number];
