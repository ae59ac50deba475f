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

/** 张三 → 张*, 欧阳明华 → 欧***, an organisation's name keeps its first and last characters */
export function maskName(name: string): string {
  const chars = [...name];
  if (chars.length <= 1) return '*';
  if (chars.length <= 4) return chars[0] + '*'.repeat(chars.length - 1);
  return chars[0] + '*'.repeat(chars.length - 2) + chars[chars.length - 1];
}

/** a mobile 13800000000 → 138****0000; any other number keeps only its last four digits */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (/^1\d{10}$/.test(digits)) return `${digits.slice(0, 3)}****${digits.slice(7)}`;
  return digits.length > 4 ? `${'*'.repeat(digits.length - 4)}${digits.slice(-4)}` : '****';
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
