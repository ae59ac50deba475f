// Create and edit a user; reset a password. Failing fields from the API land on the form.
import {
  type Organisation,
  ROLE_LABELS,
  ROLE_ORG_KINDS,
  ROLES,
  type Role,
  type User,
} from '@jiandu/contracts';
import { App, Form, Input, Modal } from 'antd';
import { useEffect, useState } from 'react';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Select, useChoiceRule } from '../../components/Select';
import { api } from '../../lib/api';
import { useI18n } from '../../lib/i18n';
import { showFieldErrors } from '../../lib/problem';

const PASSWORD_RULE = { min: 10, pattern: /^(?=.*[A-Za-z])(?=.*\d).+$/ };

export type UserModalState = { mode: 'create' } | { mode: 'edit'; user: User } | null;

interface UserValues {
  username?: string;
  displayName: string;
  role: Role;
  organisationId: string;
  email?: string;
  password?: string;
  confirm?: string;
}
const USER_FIELDS = ['username', 'displayName', 'role', 'organisationId', 'email', 'password'] as const;

export function UserModal({
  state,
  organisations,
  onClose,
  onSaved,
}: {
  state: UserModalState;
  organisations: Organisation[];
  onClose(): void;
  onSaved(): void;
}) {
  const { t, lang, pick } = useI18n();
  const choice = useChoiceRule();
  const { message } = App.useApp();
  const [form] = Form.useForm<UserValues>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const editing = state?.mode === 'edit' ? state.user : null;
  const role = Form.useWatch('role', form);

  useEffect(() => {
    if (!state) return;
    setError(null);
    form.resetFields();
    if (state.mode === 'edit') {
      const u = state.user;
      form.setFieldsValue({
        displayName: u.displayName,
        role: u.role,
        organisationId: u.organisationId,
        email: u.email ?? '',
      });
    }
  }, [state, form]);

  const kinds = role ? ROLE_ORG_KINDS[role] : null;
  const orgOptions = organisations
    .filter((o) => (o.active || o.id === editing?.organisationId) && (!kinds || kinds.includes(o.kind)))
    .map((o) => ({ value: o.id, label: pick(o.name, o.nameEn) }));

  const onFinish = async (v: UserValues) => {
    setBusy(true);
    setError(null);
    try {
      if (editing)
        await api.patch(`/users/${editing.id}`, {
          displayName: v.displayName,
          role: v.role,
          organisationId: v.organisationId,
          email: v.email?.trim() || null,
          version: editing.version,
        });
      else
        await api.post('/users', {
          username: v.username?.trim(),
          displayName: v.displayName,
          role: v.role,
          organisationId: v.organisationId,
          email: v.email?.trim() || undefined,
          password: v.password,
        });
      message.success(t('common.saved'));
      onSaved();
    } catch (err) {
      if (!showFieldErrors(form, err, lang, USER_FIELDS)) setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={state !== null}
      title={editing ? t('user.edit') : t('user.create')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <ProblemAlert error={error} style={{ marginBottom: 16 }} />
      <Form<UserValues> form={form} layout="vertical" onFinish={onFinish} name="user" autoComplete="off">
        {!editing && (
          <Form.Item
            name="username"
            label={t('user.username')}
            rules={[{ required: true, min: 3, max: 40, pattern: /^[a-z0-9][a-z0-9._-]*$/ }]}
            extra="a-z 0-9 . _ -"
          >
            <Input maxLength={40} autoComplete="off" />
          </Form.Item>
        )}
        <Form.Item
          name="displayName"
          label={t('user.displayName')}
          rules={[{ required: true, whitespace: true, max: 40 }]}
        >
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="role" label={t('user.role')} rules={[choice('角色', 'the role')]}>
          <Select
            options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r][lang] }))}
            onChange={() => form.setFieldValue('organisationId', undefined)}
          />
        </Form.Item>
        <Form.Item
          name="organisationId"
          label={t('user.organisation')}
          rules={[choice('所属单位', 'the organisation')]}
        >
          <Select showSearch={{ optionFilterProp: 'label' }} options={orgOptions} />
        </Form.Item>
        <Form.Item
          name="email"
          label={t('user.email')}
          extra={t('user.emailHelp')}
          rules={[{ type: 'email' }]}
        >
          <Input maxLength={254} autoComplete="off" />
        </Form.Item>
        {!editing && <PasswordFields />}
      </Form>
    </Modal>
  );
}

function PasswordFields({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <>
      <Form.Item
        name="password"
        label={label ?? t('user.password')}
        extra={t('user.passwordHelp')}
        rules={[{ required: true }, { ...PASSWORD_RULE, message: t('user.passwordHelp') }]}
      >
        <Input.Password autoComplete="new-password" maxLength={200} />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={t('user.confirmPassword')}
        dependencies={['password']}
        rules={[
          { required: true },
          ({ getFieldValue }) => ({
            validator: (_, value) =>
              !value || value === getFieldValue('password')
                ? Promise.resolve()
                : Promise.reject(new Error(t('user.passwordMismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" maxLength={200} />
      </Form.Item>
    </>
  );
}

export function ResetPasswordModal({ user, onClose }: { user: User | null; onClose(): void }) {
  const { t, lang, paren } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ password: string; confirm: string }>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!user) return;
    setError(null);
    form.resetFields();
  }, [user, form]);

  const onFinish = async (v: { password: string }) => {
    if (!user) return;
    setBusy(true);
    setError(null);
    try {
      await api.post(`/users/${user.id}/password`, { password: v.password });
      message.success(t('user.resetDone'));
      onClose();
    } catch (err) {
      if (!showFieldErrors(form, err, lang, ['password'])) setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={user !== null}
      title={`${t('user.resetPassword')}${user ? ` — ${user.displayName}${paren(user.username)}` : ''}`}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <ProblemAlert error={error} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical" onFinish={onFinish} name="reset-password" autoComplete="off">
        <PasswordFields label={t('user.newPassword')} />
      </Form>
    </Modal>
  );
}
