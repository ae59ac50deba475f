// Who may add a second factor: the accounts whose actions weigh most — organ heads, who
// approve filing, decisions and seizures (第七条, 第十条), and admins, who hold the accounts.
import type { Role } from '@jiandu/contracts';
import { refuse } from '../../http/problem.ts';

export const TOTP_ROLES: readonly Role[] = ['organ_head', 'admin'];

export const mayEnrolTotp = (role: Role) => TOTP_ROLES.includes(role);

export function assertMayEnrolTotp(role: Role) {
  if (!mayEnrolTotp(role))
    throw refuse.forbidden(
      '双因素认证仅供监督机关负责人和系统管理员启用',
      'The second factor is for organ heads and admins only',
    );
}
