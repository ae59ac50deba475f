// The answer of GET /api/v1/dashboard, as the contracts state it.
import type { Dashboard } from '@jiandu/contracts';

export type { Dashboard } from '@jiandu/contracts';
export type Region = Dashboard['regions'][number];
