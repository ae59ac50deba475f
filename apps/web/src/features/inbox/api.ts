// The inbox as the contracts state it; the menu's badge reads the same counts.
import type { Inbox } from '@jiandu/contracts';
import { api } from '../../lib/api';

export type { Inbox } from '@jiandu/contracts';

export const loadInbox = () => api.get<Inbox>('/inbox');
