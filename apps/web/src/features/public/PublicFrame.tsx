// The frame of the public pages: no login, the system's name, links between the public pages.
import { Card, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { LangSwitch } from '../../components/LangSwitch';
import { useI18n } from '../../lib/i18n';

export function PublicFrame({ title, children }: { title: string; children: ReactNode }) {
  const { pick } = useI18n();
  return (
    <div style={{ maxWidth: 760, margin: '32px auto', padding: '0 16px' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {pick('晋城市行政执法监督 · 公众服务', 'Jincheng law enforcement supervision · Public service')}
        </Typography.Title>
        <LangSwitch />
      </Space>
      <Space style={{ marginBottom: 12 }}>
        <Link to="/public/petition">{pick('提交申请、投诉、举报', 'File a petition')}</Link>
        <Link to="/public/status">{pick('办理进度查询', 'Check progress')}</Link>
        <Link to="/public/verify">{pick('文书核验', 'Verify a document')}</Link>
        <Link to="/public/checkpoints">{pick('日志检查点', 'Audit checkpoints')}</Link>
        <Link to="/public/certificate">{pick('执法证件查询', 'Check a certificate')}</Link>
        <Link to="/login">{pick('工作人员登录', 'Staff login')}</Link>
      </Space>
      <Card title={title}>{children}</Card>
    </div>
  );
}
