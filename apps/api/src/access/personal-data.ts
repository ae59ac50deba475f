// Who sees a petitioner's identity (第九条; 举报人保密): the supervisors and head of the organ
// handling the case see it whole, as they must contact the petitioner; other staff whose
// jurisdiction covers the case (the city above a county, the reviewing organ, leaders,
// administrators) see it masked; the agency concerned never sees it.
import type { Actor } from './actor.ts';

export type IdentityView = 'full' | 'masked' | 'hidden';

export function identityView(actor: Actor, handlingOrganId: string): IdentityView {
  if (actor.role === 'agency_liaison') return 'hidden';
  const handles =
    actor.organisationId === handlingOrganId && (actor.role === 'supervisor' || actor.role === 'organ_head');
  return handles ? 'full' : 'masked';
}

/** 张三 → 张**, 欧阳明华 → 欧**: the first character only, so neither length nor last character is told */
export function maskName(name: string): string {
  const first = [...name.trim()][0];
  return first ? `${first}**` : '**';
}

/** a mobile 13800000000 → 138****0000; any other number → ****1234 (its length untold) */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (/^1\d{10}$/.test(digits)) return `${digits.slice(0, 3)}****${digits.slice(7)}`;
  return digits.length > 4 ? `****${digits.slice(-4)}` : '****';
}

export function shownIdentity(
  view: IdentityView,
  name: string | null,
  phone: string | null,
): { name: string | null; phone: string | null } {
  if (view === 'hidden') return { name: null, phone: null };
  if (view === 'full') return { name, phone };
  return { name: name && maskName(name), phone: phone && maskPhone(phone) };
}
