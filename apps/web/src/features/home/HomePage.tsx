// 首页 per role: the tasks waiting for the user (a liaison: the notices and decisions awaiting
// the agency's answer), a leader's key figures first, then who you are and where to go next.
import { ApartmentOutlined, AuditOutlined, CalendarOutlined, TeamOutlined } from '@ant-design/icons';
import type { OrganisationTree, Permission } from '@jiandu/contracts';
import { Card, Col, Descriptions, Row, Space, Statistic, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useAuth } from '../../app/AuthContext';
import { RoleTag } from '../../components/labels';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { api } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { type MsgKey, useI18n } from '../../lib/i18n';
import { useLoad } from '../../lib/useLoad';
import { counts } from '../organisations/orgTree';
import { KeyFigures } from './KeyFigures';
import { MyTasks } from './MyTasks';

interface QuickLink {
  to: string;
  title: MsgKey;
  text: MsgKey;
  icon: ReactNode;
  permission: Permission;
}

const LINKS: QuickLink[] = [
  {
    to: '/organisations',
    title: 'nav.organisations',
    text: 'home.link.organisations',
    icon: <ApartmentOutlined />,
    permission: 'organisation.read',
  },
  {
    to: '/deadline',
    title: 'nav.deadline',
    text: 'home.link.deadline',
    icon: <CalendarOutlined />,
    permission: 'calendar.read',
  },
  {
    to: '/users',
    title: 'nav.users',
    text: 'home.link.users',
    icon: <TeamOutlined />,
    permission: 'user.read',
  },
  {
    to: '/audit',
    title: 'nav.audit',
    text: 'home.link.audit',
    icon: <AuditOutlined />,
    permission: 'audit.read',
  },
];

export default function HomePage() {
  const { me, can } = useAuth();
  const { t, lang, pick, paren } = useI18n();
  const canTree = can('organisation.read');
  const tree = useLoad(() => api.get<OrganisationTree>('/organisations/tree'), [], canTree);
  if (!me) return null;
  const c = tree.data ? counts(tree.data.roots) : null;
  const topRegions = tree.data?.roots ?? [];
  const leader = me.user.role === 'leader';
  const figures = can('dashboard.read') && <KeyFigures />;
  const tasks = can('case.read') && <MyTasks />;

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <PageTitle>{t('nav.home')}</PageTitle>
      {leader ? figures : tasks}
      {leader ? tasks : figures}
      <Card>
        <Typography.Title level={2} style={{ marginTop: 0, fontSize: 20 }}>
          {t('home.hello', { name: me.user.displayName })}
        </Typography.Title>
        <Descriptions
          column={{ xs: 1, md: 2 }}
          items={[
            {
              key: 'org',
              label: t('home.organisation'),
              children: pick(me.organisation.name, me.organisation.nameEn),
            },
            { key: 'role', label: t('home.role'), children: <RoleTag role={me.user.role} /> },
            {
              key: 'region',
              label: t('home.region'),
              children: `${pick(me.organisation.regionName, me.organisation.regionNameEn)}${paren(me.organisation.regionCode)}`,
            },
            { key: 'session', label: t('home.session'), children: formatDateTime(me.sessionExpiresAt) },
          ]}
        />
      </Card>

      {canTree && (
        <Card title={t('home.jurisdiction')} loading={tree.loading && !tree.data}>
          <ProblemAlert error={tree.error} style={{ marginBottom: 16 }} />
          <Typography.Paragraph type="secondary">{t('home.jurisdictionNote')}</Typography.Paragraph>
          <Space wrap style={{ marginBottom: 16 }}>
            {topRegions.map((r) => (
              <Tag key={r.region.code} color="blue">
                {pick(r.region.name, r.region.nameEn)}
                {r.children.length > 0 &&
                  (lang === 'en'
                    ? ` and ${r.children.length} regions below`
                    : `及下辖${r.children.length}个区划`)}
              </Tag>
            ))}
          </Space>
          {c && (
            <Row gutter={16}>
              <Col span={8}>
                <Statistic title={t('home.regions')} value={c.regions} />
              </Col>
              <Col span={8}>
                <Statistic title={t('home.organs')} value={c.organs} />
              </Col>
              <Col span={8}>
                <Statistic title={t('home.agencies')} value={c.agencies} />
              </Col>
            </Row>
          )}
        </Card>
      )}

      <Card title={t('home.quickLinks')}>
        <Row gutter={[16, 16]}>
          {LINKS.filter((l) => can(l.permission)).map((l) => (
            <Col key={l.to} xs={24} sm={12} lg={6}>
              <Link to={l.to} style={{ display: 'block', height: '100%' }}>
                <Card hoverable size="small" style={{ height: '100%' }}>
                  <Space align="start">
                    <span style={{ fontSize: 22, color: '#1f4e8c' }}>{l.icon}</span>
                    <div>
                      <Typography.Text strong>{t(l.title)}</Typography.Text>
                      <br />
                      <Typography.Text type="secondary">{t(l.text)}</Typography.Text>
                    </div>
                  </Space>
                </Card>
              </Link>
            </Col>
          ))}
        </Row>
      </Card>
    </Space>
  );
}
