// Data scope in SQL: every list and read of organisations, users and audit events goes
// through these fragments, so jurisdiction is enforced in the data layer.
import { type SqlFragment, sql } from '../db/sql.ts';
import type { Scope } from './actor.ts';

/** Organisations visible to the scope; `alias` is the organisations table alias. */
export function orgInScope(scope: Scope, alias: string): SqlFragment {
  const a = sql.raw(alias);
  if (scope.organisationId) return sql`${a}.id = ${scope.organisationId}`;
  return sql`${a}.region_code = ANY(${scope.regionCodes})`;
}

export function canSeeRegion(scope: Scope, regionCode: string): boolean {
  return scope.organisationId === null && scope.regionCodes.includes(regionCode);
}
