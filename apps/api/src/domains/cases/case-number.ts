// 案号: given when a case is registered, from the organ's own sequence (code 案, per year), in
// the registering transaction: a registration refused or rolled back gives its number back.
import type { Queryable } from '../../db/client.ts';
import { issuerOf } from '../documents/context.ts';
import { allocateNumber } from '../documents/numbering.ts';

export const CASE_NUMBER_CODE = '案';

export async function allocateCaseNumber(q: Queryable, organId: string, registeredOn: string) {
  const issuer = await issuerOf(q, organId);
  return (await allocateNumber(q, issuer, CASE_NUMBER_CODE, Number(registeredOn.slice(0, 4)))).text;
}
