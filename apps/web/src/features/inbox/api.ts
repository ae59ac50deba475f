// The inbox as the API answers it; the menu's badge reads the same counts.
import { api } from '../../lib/api';

export interface Inbox {
  today: string;
  soonUntil: string;
  remindWorkingDays: number;
  counts: { overdue: number; dueSoon: number; todo: number };
  items: {
    kind: string;
    severity: 'overdue' | 'due_soon' | 'todo';
    title: string;
    detail: string;
    detailEn: string;
    due: string | null;
    link: string;
    /** the group on the home page: the first step offered, or the item's kind */
    task: { key: string; zh: string; en: string };
  }[];
}

export const loadInbox = () => api.get<Inbox>('/inbox');
