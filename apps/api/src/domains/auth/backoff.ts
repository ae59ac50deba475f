// How long an address waits on an account after its failures: nothing for the first four, a
// minute after the fifth, doubling with each further one up to an hour; forgotten a day after
// the last failure. Per account *and* address, so an attacker elsewhere slows only himself.

export const FREE_FAILURES = 4;
const FIRST_WAIT_SECONDS = 60;
const LONGEST_WAIT_SECONDS = 60 * 60;
const FORGET_AFTER_MS = 24 * 60 * 60 * 1000;

/** seconds to wait after the `failures`-th failure in a row */
export function waitAfter(failures: number): number {
  if (failures <= FREE_FAILURES) return 0;
  return Math.min(FIRST_WAIT_SECONDS * 2 ** (failures - FREE_FAILURES - 1), LONGEST_WAIT_SECONDS);
}

/** failures so far, counting none when the last lies a day back */
export const failuresSoFar = (failures: number, lastFailureAt: Date, now: Date) =>
  now.getTime() - lastFailureAt.getTime() >= FORGET_AFTER_MS ? 0 : failures;
