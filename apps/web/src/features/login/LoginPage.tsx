// 登录: username and password, then the 6-digit code when the account has a second factor;
// a refusal shows the server's (deliberately generic) title.
import { LockOutlined, SafetyCertificateOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Link, type Location, Navigate, useLocation, useNavigate } from 'react-router-dom';
import { useAuth } from '../../app/AuthContext';
import { LangSwitch } from '../../components/LangSwitch';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../lib/i18n';

interface LoginForm {
  username: string;
  password: string;
}

export function LoginPage() {
  const { status, login, loginCode, expired } = useAuth();
  const { t, pick } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [codeStep, setCodeStep] = useState(false);
  const from = (location.state as { from?: Location } | null)?.from;
  const target = from && from.pathname !== '/login' ? `${from.pathname}${from.search}` : '/';

  if (status === 'authenticated') return <Navigate to={target} replace />;

  const onFinish = async (v: LoginForm) => {
    setBusy(true);
    setError(null);
    try {
      if ((await login(v.username.trim(), v.password)) === 'totp') setCodeStep(true);
      else navigate(target, { replace: true });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const onCode = async (v: { code: string }) => {
    setBusy(true);
    setError(null);
    try {
      await loginCode(v.code.trim());
      navigate(target, { replace: true });
    } catch (err) {
      setError(err); // another code may be tried; wrong ones count toward the login back-off
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="jd-login">
      <Card className="jd-login-card">
        <div style={{ display: 'flex', justifyContent: 'flex-end' }}>
          <LangSwitch />
        </div>
        <Typography.Title level={1} className="jd-login-title">
          {t('app.name')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          {t('auth.welcome')}
        </Typography.Paragraph>
        {expired && !error && (
          <Alert type="info" showIcon title={t('auth.expired')} style={{ marginBottom: 16 }} />
        )}
        <ProblemAlert error={error} style={{ marginBottom: 16 }} />
        {codeStep ? (
          <Form<{ code: string }> layout="vertical" requiredMark={false} onFinish={onCode}>
            <Alert
              type="info"
              showIcon
              icon={<SafetyCertificateOutlined />}
              title={pick(
                '请输入验证器应用中的 6 位验证码',
                'Enter the 6-digit code of your authenticator app',
              )}
              style={{ marginBottom: 16 }}
            />
            <Form.Item
              label={pick('验证码', 'Code')}
              name="code"
              rules={[
                {
                  required: true,
                  pattern: /^\s*\d{6}\s*$/,
                  message: pick('请输入 6 位数字', 'Enter 6 digits'),
                },
              ]}
            >
              <Input
                id="totp-code"
                inputMode="numeric"
                autoComplete="one-time-code"
                maxLength={6}
                autoFocus
                size="large"
              />
            </Form.Item>
            <Button type="primary" htmlType="submit" block size="large" loading={busy}>
              {pick('验证', 'Verify')}
            </Button>
            <Button type="link" block onClick={() => setCodeStep(false)} style={{ marginTop: 8 }}>
              {pick('返回', 'Back')}
            </Button>
          </Form>
        ) : (
          <Form<LoginForm> layout="vertical" requiredMark={false} onFinish={onFinish} autoComplete="on">
            <Form.Item
              label={t('auth.username')}
              name="username"
              rules={[{ required: true, whitespace: true, message: t('auth.usernameRequired') }]}
            >
              <Input id="username" prefix={<UserOutlined />} autoComplete="username" autoFocus size="large" />
            </Form.Item>
            <Form.Item
              label={t('auth.password')}
              name="password"
              rules={[{ required: true, message: t('auth.passwordRequired') }]}
            >
              <Input.Password
                id="password"
                prefix={<LockOutlined />}
                autoComplete="current-password"
                size="large"
              />
            </Form.Item>
            <Button type="primary" htmlType="submit" block size="large" loading={busy}>
              {t('auth.login')}
            </Button>
          </Form>
        )}
        <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0, textAlign: 'center' }}>
          <Link to="/public/petition">{pick('提交申请、投诉、举报', 'File a complaint')}</Link>
          {' · '}
          <Link to="/public/status">{pick('办理进度查询', 'Check progress')}</Link>
        </Typography.Paragraph>
        <Typography.Paragraph type="secondary" style={{ marginTop: 24, marginBottom: 0, fontSize: 12 }}>
          {t('auth.legal')}
        </Typography.Paragraph>
      </Card>
    </main>
  );
}
