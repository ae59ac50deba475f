// The items of 第十六条 to 第十八条 from the rule pack the API serves, for choosing grounds.
import type { RulePackText } from '@jiandu/contracts';
import { api } from '../../lib/api';
import { useLoad } from '../../lib/useLoad';

export const SUBJECT_ARTICLE = { agency: 'art16', officer: 'art17', supervisor: 'art18' } as const;

export function useGrounds(subject: keyof typeof SUBJECT_ARTICLE) {
  const pack = useLoad(() => api.get<RulePackText>('/regulation/jincheng-2021'), []);
  const article = pack.data?.articles.find((a) => a.id === SUBJECT_ARTICLE[subject]);
  return (article?.paragraphs[0]?.items ?? []).map((i) => ({ value: i.id, label: `${i.numberZh}${i.text}` }));
}
