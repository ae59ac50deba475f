// 登录: username and password; a refusal shows the server's (deliberately generic) title.
import { LockOutlined, UserOutlined } from '@ant-design/icons';
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
  const { status, login, expired } = useAuth();
  const { t, pick } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const from = (location.state as { from?: Location } | null)?.from;
  const target = from && from.pathname !== '/login' ? `${from.pathname}${from.search}` : '/';

  if (status === 'authenticated') return <Navigate to={target} replace />;

  const onFinish = async (v: LoginForm) => {
    setBusy(true);
    setError(null);
    try {
      await login(v.username.trim(), v.password);
      navigate(target, { replace: true });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div
      style={{
        minHeight: '100%',
        display: 'grid',
        placeItems: 'center',
        padding: 24,
        background: 'linear-gradient(160deg, #1f4e8c 0%, #2d6cb5 45%, #f3f5f8 45%)',
      }}
    >
      <Card style={{ width: 400, maxWidth: '100%' }} styles={{ body: { padding: 32 } }}>
        <div style={{ display: 'flex', justifyContent: 'flex-end' }}>
          <LangSwitch />
        </div>
        <Typography.Title level={3} style={{ marginTop: 8, marginBottom: 4, textAlign: 'center' }}>
          {t('app.name')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          {t('auth.welcome')}
        </Typography.Paragraph>
        {expired && !error && (
          <Alert type="info" showIcon title={t('auth.expired')} style={{ marginBottom: 16 }} />
        )}
        <ProblemAlert error={error} style={{ marginBottom: 16 }} />
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
        <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0, textAlign: 'center' }}>
          <Link to="/public/petition">{pick('提交申请、投诉、举报', 'File a complaint')}</Link>
          {' · '}
          <Link to="/public/status">{pick('办理进度查询', 'Check progress')}</Link>
        </Typography.Paragraph>
        <Typography.Paragraph type="secondary" style={{ marginTop: 24, marginBottom: 0, fontSize: 12 }}>
          {t('auth.legal')}
        </Typography.Paragraph>
      </Card>
    </div>
  );
}
