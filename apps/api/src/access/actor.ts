// The logged-in user as every use case sees it: who, where, and the jurisdiction that
// bounds every read and write (第二条, 第四条).
import type { Role } from '@jiandu/contracts';
import type { AuditActor } from '../audit/record.ts';
import type { OrgKind } from './roles.ts';

export interface Scope {
  /** region codes whose organisations are visible (the organisation's region and below) */
  regionCodes: string[];
  /** set for agency liaisons: only their own organisation */
  organisationId: string | null;
}

export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  organisationId: string;
  organisationKind: OrgKind;
  organisationName: string;
  organisationNameEn: string;
  regionCode: string;
  regionName: string;
  regionNameEn: string;
  scope: Scope;
}

export function auditActor(a: Actor): AuditActor {
  return {
    userId: a.userId,
    displayName: a.displayName,
    role: a.role,
    organisationId: a.organisationId,
    regionCode: a.regionCode,
  };
}
