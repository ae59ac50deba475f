// 用户管理: search and filter users, create and edit them, reset passwords, unlock, deactivate.
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import {
  type OrganisationList,
  ROLE_LABELS,
  ROLES,
  type Role,
  type User,
  type UserPage,
} from '@jiandu/contracts';
import {
  App,
  Button,
  Card,
  Input,
  Popconfirm,
  Space,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useAuth } from '../../app/AuthContext';
import { RoleTag } from '../../components/labels';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Select } from '../../components/Select';
import { api } from '../../lib/api';
import { useI18n } from '../../lib/i18n';
import { problemLine } from '../../lib/problem';
import { useLoad } from '../../lib/useLoad';
import { ResetPasswordModal, UserModal, type UserModalState } from './UserModals';

export default function UsersPage() {
  const { t, lang, pick } = useI18n();
  const { can, me } = useAuth();
  const { message } = App.useApp();
  const canWrite = can('user.write');
  const [q, setQ] = useState('');
  const [role, setRole] = useState<Role>();
  const [organisationId, setOrganisationId] = useState<string>();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [modal, setModal] = useState<UserModalState>(null);
  const [resetFor, setResetFor] = useState<User | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);

  const users = useLoad(
    () =>
      api.get<UserPage>('/users', {
        q: q.trim() || undefined,
        role,
        organisationId,
        limit: pageSize,
        offset: (page - 1) * pageSize,
      }),
    [q, role, organisationId, page, pageSize],
  );
  const orgs = useLoad(() => api.get<OrganisationList>('/organisations'), []);
  const organisations = orgs.data?.items ?? [];

  const act = async (u: User, what: () => Promise<unknown>, done: string) => {
    setBusyId(u.id);
    try {
      await what();
      message.success(done);
      users.reload();
    } catch (err) {
      message.error(problemLine(err, lang));
    } finally {
      setBusyId(null);
    }
  };

  const columns: TableColumnsType<User> = [
    {
      title: t('user.username'),
      dataIndex: 'username',
      render: (v: string) => <Typography.Text code>{v}</Typography.Text>,
    },
    { title: t('user.displayName'), dataIndex: 'displayName' },
    { title: t('user.role'), dataIndex: 'role', render: (r: string) => <RoleTag role={r} /> },
    { title: t('user.organisation'), dataIndex: 'organisationName' },
    {
      title: t('common.status'),
      key: 'status',
      render: (_, u) => (
        <Space size={4}>
          {u.active ? (
            <Tag color="green">{t('common.active')}</Tag>
          ) : (
            <Tag color="red">{t('common.inactive')}</Tag>
          )}
          {u.locked && <Tag color="orange">{t('user.locked')}</Tag>}
        </Space>
      ),
    },
    ...(canWrite
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, u: User) => {
              const self = u.id === me?.user.id;
              const busy = busyId === u.id;
              return (
                <Space size={0} wrap>
                  <Button type="link" size="small" onClick={() => setModal({ mode: 'edit', user: u })}>
                    {t('common.edit')}
                  </Button>
                  <Button type="link" size="small" onClick={() => setResetFor(u)}>
                    {t('user.resetPassword')}
                  </Button>
                  {(u.role === 'organ_head' || u.role === 'admin') && (
                    <Popconfirm
                      title={pick(
                        '重置该用户的双因素认证？其下次登录只需密码，可重新启用。',
                        "Reset this user's second factor? The next login needs the password only; it can be set up again.",
                      )}
                      okText={pick('重置', 'Reset')}
                      cancelText={t('common.cancel')}
                      onConfirm={() =>
                        act(
                          u,
                          () => api.post(`/users/${u.id}/totp/reset`),
                          pick('已重置双因素认证', 'Second factor reset'),
                        )
                      }
                    >
                      <Button type="link" size="small" loading={busy}>
                        {pick('重置双因素认证', 'Reset 2FA')}
                      </Button>
                    </Popconfirm>
                  )}
                  {u.locked && (
                    <Button
                      type="link"
                      size="small"
                      loading={busy}
                      onClick={() => act(u, () => api.post(`/users/${u.id}/unlock`), t('user.unlocked'))}
                    >
                      {t('user.unlock')}
                    </Button>
                  )}
                  {u.active ? (
                    <Popconfirm
                      title={t('user.deactivateConfirm')}
                      okText={t('common.deactivate')}
                      cancelText={t('common.cancel')}
                      disabled={self}
                      onConfirm={() =>
                        act(
                          u,
                          () => api.patch(`/users/${u.id}`, { active: false, version: u.version }),
                          t('common.saved'),
                        )
                      }
                    >
                      <Button type="link" size="small" danger disabled={self} loading={busy}>
                        {t('common.deactivate')}
                      </Button>
                    </Popconfirm>
                  ) : (
                    <Button
                      type="link"
                      size="small"
                      loading={busy}
                      onClick={() =>
                        act(
                          u,
                          () => api.patch(`/users/${u.id}`, { active: true, version: u.version }),
                          t('common.saved'),
                        )
                      }
                    >
                      {t('common.activate')}
                    </Button>
                  )}
                </Space>
              );
            },
          },
        ]
      : []),
  ];

  return (
    <Card
      title={<PageTitle>{t('user.title')}</PageTitle>}
      extra={
        <Space>
          <Button icon={<ReloadOutlined />} onClick={users.reload} aria-label={t('common.reload')} />
          {canWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setModal({ mode: 'create' })}>
              {t('user.create')}
            </Button>
          )}
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          placeholder={t('user.search')}
          style={{ width: 240 }}
          onSearch={(v) => {
            setQ(v);
            setPage(1);
          }}
        />
        <Select<Role>
          allowClear
          placeholder={t('user.anyRole')}
          style={{ width: 180 }}
          value={role}
          onChange={(v) => {
            setRole(v);
            setPage(1);
          }}
          options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r][lang] }))}
        />
        <Select<string>
          allowClear
          placeholder={t('user.anyOrganisation')}
          style={{ width: 260 }}
          value={organisationId}
          showSearch={{ optionFilterProp: 'label' }}
          onChange={(v) => {
            setOrganisationId(v);
            setPage(1);
          }}
          options={organisations.map((o) => ({ value: o.id, label: pick(o.name, o.nameEn) }))}
        />
      </Space>
      <ProblemAlert error={users.error ?? orgs.error} style={{ marginBottom: 16 }} />
      <Table<User>
        rowKey="id"
        size="middle"
        loading={users.loading}
        columns={columns}
        dataSource={users.data?.items ?? []}
        pagination={{
          current: page,
          pageSize,
          total: users.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (n) => t('user.total', { n }),
          onChange: (p, s) => {
            setPage(s === pageSize ? p : 1);
            setPageSize(s);
          },
        }}
      />
      <UserModal
        state={modal}
        organisations={organisations}
        onClose={() => setModal(null)}
        onSaved={() => {
          setModal(null);
          users.reload();
        }}
      />
      <ResetPasswordModal user={resetFor} onClose={() => setResetFor(null)} />
    </Card>
  );
}
