// Declarative permissions per role, and which kind of organisation each role belongs to.
import type { Permission, Role } from '@jiandu/contracts';

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  supervisor: [
    'organisation.read',
    'calendar.read',
    'case.read',
    'case.act',
    'petition.register',
    'accountability.read',
    'accountability.act',
    'dashboard.read',
    'assessment.read',
  ],
  organ_head: [
    'organisation.read',
    'calendar.read',
    'case.read',
    'case.act',
    'accountability.read',
    'accountability.act',
    'dashboard.read',
    'assessment.read',
  ],
  // the statistics of 第五条: staff of the supervision organs and the government's leaders
  reviewer: ['organisation.read', 'calendar.read', 'case.read', 'case.act', 'dashboard.read'],
  agency_liaison: ['organisation.read', 'calendar.read', 'case.read', 'case.act'],
  leader: [
    'organisation.read',
    'calendar.read',
    'case.read',
    'accountability.read',
    'dashboard.read',
    'assessment.read',
  ],
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

export { type OrgKind, ROLE_ORG_KINDS } from '@jiandu/contracts';

export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
