// 第八条（三）: a retried report is told from a conflicting one by its content hash, so the hash of
// a parsed act must stay exactly the canonical JSON it always was.
import { actInput } from '@jiandu/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../audit/chain.ts';
import { actJson } from './check-rows.ts';

const text = fc.string({ minLength: 1, maxLength: 12, unit: 'grapheme' }).filter((s) => s.trim() === s);
const day = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const act = fc.record({
  caseNumber: text,
  kind: fc.constantFrom('penalty', 'licensing', 'inspection', 'other'),
  area: text,
  decisionDate: day,
  officers: fc.array(fc.stringMatching(/^[0-9A-Z]{6,10}$/), { minLength: 1, maxLength: 3 }),
  parties: fc.array(fc.record({ name: text, kind: fc.constantFrom('person', 'organisation') }), {
    minLength: 1,
    maxLength: 3,
  }),
  facts: text,
  legalBasis: fc.array(text, { maxLength: 3 }),
  sealPresent: fc.boolean(),
  discretionLevel: fc.option(text, { nil: undefined }),
  deadlines: fc.option(
    fc.array(fc.record({ label: text, due: day, metOn: fc.option(day, { nil: undefined }) }), {
      maxLength: 2,
    }),
    { nil: undefined },
  ),
  fullRecord: fc.boolean(),
  outcome: fc.option(fc.oneof(text, fc.constant(null)), { nil: undefined }),
});

describe('第八条（三）: the content hash of a reported act', () => {
  it('the act written field by field is its canonical JSON, for every act the contract accepts', () => {
    let accepted = 0;
    fc.assert(
      fc.property(act, (raw) => {
        const parsed = actInput.safeParse(raw);
        if (!parsed.success) return;
        accepted++;
        expect(actJson(parsed.data)).toBe(canonicalJson(parsed.data));
      }),
      { numRuns: 500 },
    );
    expect(accepted).toBeGreaterThan(250);
  });

  it('names every field of the contract (a new field must be added to the hash too)', () => {
    const fields = Object.keys(
      JSON.parse(
        actJson(
          actInput.parse({
            caseNumber: 'A1',
            kind: 'penalty',
            area: '市场监管',
            decisionDate: '2026-01-02',
            officers: ['ABC123'],
            parties: [{ name: '甲', kind: 'person' }],
            facts: '事实',
            legalBasis: [],
            sealPresent: true,
            fullRecord: true,
          }),
        ),
      ),
    );
    expect(fields.sort()).toEqual(Object.keys(actInput.shape).sort());
  });
});
