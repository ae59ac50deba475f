// The audit chain (全过程记录): each event's hash covers its own content and the hash of the
// event before it, so editing, deleting or reordering any event breaks every hash after it.
import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainedEvent {
  seq: number;
  id: string;
  occurredAt: Date;
  actorId: string | null;
  actorName: string;
  actorRole: string | null;
  organisationId: string | null;
  regionCode: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  article: string | null;
  requestId: string | null;
}

/** JSON with object keys sorted at every depth: the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i ? ',' : '') + canonicalJson(value[i]);
    return `${out}]`;
  }
  // keys in code-unit order (integer-like keys too, which a native stringify would put first),
  // undefined members left out; a plain loop, as bulk reports hash every act
  const o = value as Record<string, unknown>;
  let out = '{';
  for (const k of Object.keys(o).sort()) {
    if (o[k] === undefined) continue;
    out += `${out.length > 1 ? ',' : ''}${JSON.stringify(k)}:${canonicalJson(o[k])}`;
  }
  return `${out}}`;
}

export function eventHash(prevHash: string, e: ChainedEvent): string {
  const body = canonicalJson({ ...e, occurredAt: e.occurredAt.toISOString() });
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

/** What JSONB will give back: plain JSON values (dates as strings, undefined dropped). */
export function asStoredJson(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}
