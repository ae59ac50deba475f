// Tags and labels for the API's codes: organisation kinds, region levels, roles.
import { type Organisation, ROLE_LABELS, type Role } from '@jiandu/contracts';
import { Tag } from 'antd';
import { type MsgKey, useI18n } from '../lib/i18n';

const KIND_COLOURS: Record<Organisation['kind'], string> = {
  government: 'gold',
  supervision_organ: 'blue',
  agency: 'default',
};

export function KindTag({ kind }: { kind: Organisation['kind'] }) {
  const { t } = useI18n();
  return (
    <Tag color={KIND_COLOURS[kind]} variant="outlined">
      {t(`kind.${kind}` as MsgKey)}
    </Tag>
  );
}

export function InactiveTag({ active }: { active: boolean }) {
  const { t } = useI18n();
  return active ? null : <Tag color="red">{t('common.inactive')}</Tag>;
}

export function useRoleLabel(): (role: string | null | undefined) => string {
  const { lang } = useI18n();
  return (role) => {
    if (!role) return '';
    const l = ROLE_LABELS[role as Role];
    return l ? l[lang] : role;
  };
}

export function RoleTag({ role }: { role: string }) {
  const label = useRoleLabel();
  return <Tag color={role === 'admin' ? 'purple' : 'cyan'}>{label(role)}</Tag>;
}
