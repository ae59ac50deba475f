// 账户与安全: the user's own account; 双因素认证 (TOTP) for organ heads and admins — scan the
// QR code, confirm with a code before it takes effect, disable with a current code.
import { SafetyCertificateOutlined } from '@ant-design/icons';
import type { TotpEnrolment, TotpState } from '@jiandu/contracts';
import { Alert, App, Button, Card, Descriptions, Form, Input, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useAuth } from '../../app/AuthContext';
import { useRoleLabel } from '../../components/labels';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { api } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import { useLoad } from '../../lib/useLoad';

const CODE_RULES = [{ required: true, pattern: /^\d{6}$/, message: '6 位数字 / 6 digits' }];

function CodeForm({
  label,
  onCode,
  danger,
}: {
  label: string;
  onCode(code: string): Promise<void>;
  danger?: boolean;
}) {
  const { pick } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [form] = Form.useForm<{ code: string }>();
  return (
    <>
      <ProblemAlert error={error} style={{ marginBottom: 12 }} />
      <Form
        form={form}
        layout="inline"
        onFinish={async ({ code }) => {
          setBusy(true);
          setError(null);
          try {
            await onCode(code.trim());
            form.resetFields();
          } catch (err) {
            setError(err);
          } finally {
            setBusy(false);
          }
        }}
      >
        <Form.Item name="code" label={pick('验证码', 'Code')} rules={CODE_RULES}>
          <Input
            id="totp-code"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            style={{ width: 140 }}
          />
        </Form.Item>
        <Button type="primary" danger={danger} htmlType="submit" loading={busy}>
          {label}
        </Button>
      </Form>
    </>
  );
}

export default function AccountPage() {
  const { me } = useAuth();
  const { pick } = useI18n();
  const roleLabel = useRoleLabel();
  const { message } = App.useApp();
  const status = useLoad(() => api.get<TotpState>('/account/totp'), []);
  const [enrolment, setEnrolment] = useState<TotpEnrolment | null>(null);
  const [error, setError] = useState<unknown>(null);
  const s = status.data;

  const start = async () => {
    setError(null);
    try {
      setEnrolment(await api.post<TotpEnrolment>('/account/totp/enrol'));
    } catch (err) {
      setError(err);
    }
  };

  return (
    <Space direction="vertical" size="large" style={{ width: '100%', maxWidth: 820 }}>
      <PageTitle>{pick('账户与安全', 'Account and security')}</PageTitle>
      {me && (
        <Card>
          <Descriptions column={1} size="small">
            <Descriptions.Item label={pick('用户名', 'Username')}>{me.user.username}</Descriptions.Item>
            <Descriptions.Item label={pick('姓名', 'Name')}>{me.user.displayName}</Descriptions.Item>
            <Descriptions.Item label={pick('角色', 'Role')}>{roleLabel(me.user.role)}</Descriptions.Item>
            <Descriptions.Item label={pick('单位', 'Organisation')}>
              {pick(me.organisation.name, me.organisation.nameEn)}
            </Descriptions.Item>
          </Descriptions>
        </Card>
      )}
      <Card
        title={
          <Space>
            <SafetyCertificateOutlined />
            {pick('双因素认证', 'Two-factor authentication')}
            {s?.enabled && <Tag color="green">{pick('已启用', 'On')}</Tag>}
            {s && !s.enabled && <Tag>{pick('未启用', 'Off')}</Tag>}
          </Space>
        }
        loading={status.loading && !s}
        data-testid="totp-card"
      >
        <ProblemAlert error={status.error ?? error} style={{ marginBottom: 12 }} />
        {s && !s.eligible && (
          <Alert
            type="info"
            showIcon
            title={pick(
              '双因素认证仅供监督机关负责人和系统管理员启用。',
              'The second factor is for organ heads and admins only.',
            )}
          />
        )}
        {s?.eligible && s.enabled && (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Typography.Paragraph>
              {pick(
                `自 ${formatDateTime(s.enabledAt)} 起，登录时除密码外还须输入验证器应用中的 6 位验证码。`,
                `Since ${formatDateTime(s.enabledAt)}, logging in asks for the 6-digit code of your authenticator app after the password.`,
              )}
            </Typography.Paragraph>
            <Typography.Text type="secondary">
              {pick('停用须输入当前验证码。', 'Disabling needs a current code.')}
            </Typography.Text>
            <CodeForm
              danger
              label={pick('停用双因素认证', 'Disable')}
              onCode={async (code) => {
                await api.post('/account/totp/disable', { code });
                message.success(pick('已停用双因素认证', 'The second factor is off'));
                status.reload();
              }}
            />
          </Space>
        )}
        {s?.eligible && !s.enabled && !enrolment && (
          <Space direction="vertical">
            <Typography.Paragraph>
              {pick(
                '启用后，登录时除密码外还须输入手机验证器应用（如 Google Authenticator、Microsoft Authenticator、FreeOTP）生成的 6 位验证码。',
                'Once on, logging in asks for the 6-digit code of an authenticator app (Google Authenticator, Microsoft Authenticator, FreeOTP…) after the password.',
              )}
            </Typography.Paragraph>
            <Button type="primary" onClick={start}>
              {pick('启用双因素认证', 'Set up the second factor')}
            </Button>
          </Space>
        )}
        {s?.eligible && !s.enabled && enrolment && (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Typography.Paragraph>
              {pick(
                '1. 用验证器应用扫描二维码（或手工输入密钥）。2. 输入应用显示的 6 位验证码确认；确认后方才生效。密钥只显示这一次。',
                '1. Scan the QR code with the authenticator app (or type the key). 2. Confirm with the 6-digit code it shows; only then does it take effect. The key is shown this once only.',
              )}
            </Typography.Paragraph>
            <Space align="start" size="large" wrap>
              <img
                data-testid="totp-qr"
                alt="QR"
                width={200}
                height={200}
                src={`data:image/svg+xml;utf8,${encodeURIComponent(enrolment.qrSvg)}`}
              />
              <Descriptions column={1} size="small">
                <Descriptions.Item label={pick('密钥', 'Key')}>
                  <Typography.Text code copyable data-testid="totp-secret">
                    {enrolment.secret.replace(/(.{4})/g, '$1 ').trim()}
                  </Typography.Text>
                </Descriptions.Item>
                <Descriptions.Item label={pick('算法', 'Algorithm')}>
                  {pick('TOTP，HMAC-SHA1，30 秒，6 位', 'TOTP, HMAC-SHA1, 30 s, 6 digits')}
                </Descriptions.Item>
              </Descriptions>
            </Space>
            <CodeForm
              label={pick('确认启用', 'Confirm')}
              onCode={async (code) => {
                await api.post('/account/totp/confirm', { code });
                message.success(pick('已启用双因素认证', 'The second factor is on'));
                setEnrolment(null);
                status.reload();
              }}
            />
          </Space>
        )}
      </Card>
    </Space>
  );
}
