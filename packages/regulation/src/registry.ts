// The rule packs the system knows. Adding a pack is data only: append it here; lookups choose by
// date (packInForce for the procedure, lawGoverning for the text), never by name.
import { JINCHENG_2021 } from './jincheng-2021.ts';
import { NATIONAL_2025 } from './national-2025.ts';
import type { RulePack } from './types.ts';

export const PACKS: readonly RulePack[] = Object.freeze([JINCHENG_2021, NATIONAL_2025]);

/** The pack `cite(id)` uses when no pack is given: the one the system was built on. */
export const DEFAULT_PACK: RulePack = JINCHENG_2021;

export function getPack(id: string, packs: readonly RulePack[] = PACKS): RulePack {
  const p = packs.find((x) => x.id === id);
  if (!p) throw new RangeError(`unknown rule pack '${id}'`);
  return p;
}
