import { describe, expect, it } from 'vitest';
import { type ChainedEvent, canonicalJson, eventHash, GENESIS_HASH } from './chain.ts';

const event = (seq: number, after: unknown): ChainedEvent => ({
  seq,
  id: `00000000-0000-4000-8000-00000000000${seq}`,
  occurredAt: new Date('2026-11-26T02:00:00.123Z'),
  actorId: null,
  actorName: 'system',
  actorRole: null,
  organisationId: null,
  regionCode: '140525',
  action: 'organisation.update',
  entityType: 'organisation',
  entityId: 'x',
  before: null,
  after,
  article: 'art2',
  requestId: 'r1',
});

describe('全过程记录 audit chain hashing', () => {
  it('canonical JSON does not depend on key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [1, { y: 2, z: 1 }] }, b: 1 }),
    );
  });
  it('a hash covers the content and the previous hash', () => {
    const h1 = eventHash(GENESIS_HASH, event(1, { name: '甲' }));
    expect(h1).toMatch(/^[0-9a-f]{64}$/);
    expect(eventHash(GENESIS_HASH, event(1, { name: '乙' }))).not.toBe(h1);
    expect(eventHash('f'.repeat(64), event(1, { name: '甲' }))).not.toBe(h1);
    expect(eventHash(GENESIS_HASH, event(1, { name: '甲' }))).toBe(h1);
  });
});
