import { z } from 'zod';

// Roles from DOMAIN.md; `public` needs no account and so is not a user role.
export const ROLES = ['supervisor', 'organ_head', 'agency_liaison', 'reviewer', 'leader', 'admin'] as const;
export const role = z.enum(ROLES);
export type Role = z.infer<typeof role>;

export const ROLE_LABELS: Record<Role, { zh: string; en: string }> = {
  supervisor: { zh: '行政执法监督人员', en: 'Supervisor' },
  organ_head: { zh: '监督机关负责人', en: 'Head of supervision organ' },
  agency_liaison: { zh: '执法机关联络员', en: 'Agency liaison' },
  reviewer: { zh: '复查人员', en: 'Reviewer' },
  leader: { zh: '政府领导', en: 'Government leader' },
  admin: { zh: '系统管理员', en: 'Administrator' },
};

export const PERMISSIONS = [
  'organisation.read',
  'organisation.write',
  'user.read',
  'user.write',
  'audit.read',
  'audit.verify',
  'calendar.read',
  'calendar.write',
  'case.read',
  'case.act',
  'petition.register',
  'accountability.read',
  'accountability.act',
  'dashboard.read',
  'assessment.read',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

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
