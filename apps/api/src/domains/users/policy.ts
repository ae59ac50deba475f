// Which role may sit in which kind of organisation (第二条, 第四条, 第五条).
import type { Role } from '@jiandu/contracts';
import { type OrgKind, ROLE_ORG_KINDS } from '../../access/roles.ts';
import { refuse } from '../../http/problem.ts';

export function assertRoleFits(role: Role, orgKind: OrgKind) {
  if (!ROLE_ORG_KINDS[role].includes(orgKind))
    throw refuse.field(
      'role',
      `该角色须属于${ROLE_ORG_KINDS[role].map((k) => ({ government: '人民政府', supervision_organ: '行政执法监督机关', agency: '行政执法机关' })[k]).join('或')}`,
      `this role belongs in a ${ROLE_ORG_KINDS[role].join(' or ')}`,
      400,
      role === 'agency_liaison' ? 'art2' : role === 'leader' ? 'art5.1' : 'art4.2',
    );
}
