// Forbidden and not-found pages; loaded on demand (antd's Result carries large illustrations).
import { Button, Result } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useI18n } from '../lib/i18n';
import { PageTitle } from './PageTitle';

export default function StatusResult({ status }: { status: 403 | 404 }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <Result
      status={status === 403 ? '403' : '404'}
      title={<PageTitle>{status === 403 ? t('common.forbidden') : t('common.notFound')}</PageTitle>}
      subTitle={status === 403 ? t('common.forbiddenDetail') : undefined}
      extra={<Button onClick={() => navigate('/')}>{t('common.backHome')}</Button>}
    />
  );
}
