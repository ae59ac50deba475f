// The frame of the public pages: no login, the system's name, links between the public pages.
// Made for phones first: the title breaks only between words, the links wrap.
import { Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { LangSwitch } from '../../components/LangSwitch';
import { useI18n } from '../../lib/i18n';

export function PublicFrame({ title, children }: { title: string; children: ReactNode }) {
  const { pick } = useI18n();
  return (
    <div className="jd-public">
      <header>
        <Flex justify="space-between" align="center" gap={8} wrap style={{ marginBottom: 12 }}>
          <Typography.Title level={1} className="jd-public-title">
            {pick('晋城市行政执法监督 · 公众服务', 'Jincheng law enforcement supervision · Public service')}
          </Typography.Title>
          <LangSwitch />
        </Flex>
        <nav aria-label={pick('公众服务', 'Public service')}>
          <Flex component="ul" wrap gap="4px 16px" className="jd-public-links">
            <li>
              <Link to="/public/petition">{pick('提交申请、投诉、举报', 'File a petition')}</Link>
            </li>
            <li>
              <Link to="/public/status">{pick('办理进度查询', 'Check progress')}</Link>
            </li>
            <li>
              <Link to="/public/verify">{pick('文书核验', 'Verify a document')}</Link>
            </li>
            <li>
              <Link to="/public/checkpoints">{pick('日志检查点', 'Audit checkpoints')}</Link>
            </li>
            <li>
              <Link to="/public/certificate">{pick('执法证件查询', 'Check a certificate')}</Link>
            </li>
            <li>
              <Link to="/login">{pick('工作人员登录', 'Staff login')}</Link>
            </li>
          </Flex>
        </nav>
      </header>
      <main>
        <Card title={<h2 className="jd-card-title">{title}</h2>}>{children}</Card>
      </main>
    </div>
  );
}
