// Declarative permissions per role, and which kind of organisation each role belongs to.
import type { Permission, Role } from '@jiandu/contracts';

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  supervisor: ['organisation.read', 'calendar.read', 'case.read', 'case.act', 'petition.register'],
  organ_head: ['organisation.read', 'calendar.read', 'case.read', 'case.act'],
  reviewer: ['organisation.read', 'calendar.read', 'case.read', 'case.act'],
  agency_liaison: ['organisation.read', 'calendar.read', 'case.read', 'case.act'],
  leader: ['organisation.read', 'calendar.read', 'case.read'],
  admin: [
    'organisation.read',
    'organisation.write',
    'user.read',
    'user.write',
    'audit.read',
    'audit.verify',
    'calendar.read',
    'calendar.write',
    'case.read',
  ],
};

export type OrgKind = 'government' | 'supervision_organ' | 'agency';

// Supervisors, heads and reviewers work in a supervision organ (第四条第二款); a liaison in
// an enforcement agency (第二条); leaders in a government (第五条); admins in either.
export const ROLE_ORG_KINDS: Record<Role, readonly OrgKind[]> = {
  supervisor: ['supervision_organ'],
  organ_head: ['supervision_organ'],
  reviewer: ['supervision_organ'],
  agency_liaison: ['agency'],
  leader: ['government'],
  admin: ['supervision_organ', 'government'],
};

export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
