// The frame around every page once logged in: side menu by permission, and a header with the
// user, role and organisation, the language switch and logout. On a phone the menu opens as a
// drawer from a button, and the header keeps only the user's name.
import {
  AlertOutlined,
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  BellOutlined,
  BookOutlined,
  CalendarOutlined,
  DownOutlined,
  EnvironmentOutlined,
  FileDoneOutlined,
  FileSearchOutlined,
  FlagOutlined,
  HomeOutlined,
  IdcardOutlined,
  LogoutOutlined,
  MenuOutlined,
  SafetyCertificateOutlined,
  SearchOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { Permission, Role } from '@jiandu/contracts';
import { App, Badge, Button, Drawer, Dropdown, Grid, Layout, Menu, Space, Tag, Typography } from 'antd';
import { type ReactNode, useEffect, useState } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { LangSwitch } from '../components/LangSwitch';
import { useRoleLabel } from '../components/labels';
import { loadInbox } from '../features/inbox/api';
import { SearchBox } from '../features/search/SearchBox';
import { type MsgKey, useI18n } from '../lib/i18n';
import { problemLine } from '../lib/problem';
import { useAuth } from './AuthContext';

interface NavItem {
  path: string;
  label: MsgKey;
  icon: ReactNode;
  permission?: Permission;
  /** roles the item is no use to, though they may read it: the agency's liaison works its cases */
  hideFor?: Role[];
}

const NOT_AGENCY: Role[] = ['agency_liaison'];

const NAV: NavItem[] = [
  { path: '/', label: 'nav.home', icon: <HomeOutlined /> },
  {
    path: '/organisations',
    label: 'nav.organisations',
    icon: <ApartmentOutlined />,
    permission: 'organisation.read',
    hideFor: NOT_AGENCY,
  },
  { path: '/inbox', label: 'nav.inbox', icon: <BellOutlined />, permission: 'case.read' },
  { path: '/dashboard', label: 'nav.dashboard', icon: <BarChartOutlined />, permission: 'dashboard.read' },
  { path: '/cases', label: 'nav.cases', icon: <FileSearchOutlined />, permission: 'case.read' },
  { path: '/acts', label: 'nav.acts', icon: <AlertOutlined />, permission: 'case.read' },
  {
    path: '/evaluations',
    label: 'nav.evaluations',
    icon: <FileDoneOutlined />,
    permission: 'case.read',
    hideFor: NOT_AGENCY,
  },
  { path: '/inspections', label: 'nav.inspections', icon: <EnvironmentOutlined />, permission: 'case.read' },
  {
    path: '/campaigns',
    label: 'nav.campaigns',
    icon: <FlagOutlined />,
    permission: 'case.read',
    hideFor: NOT_AGENCY,
  },
  { path: '/officers', label: 'nav.officers', icon: <IdcardOutlined />, permission: 'organisation.read' },
  {
    path: '/accountability',
    label: 'nav.accountability',
    icon: <SafetyCertificateOutlined />,
    permission: 'accountability.read',
  },
  {
    path: '/assessment',
    label: 'nav.assessment',
    icon: <BarChartOutlined />,
    permission: 'assessment.read',
  },
  { path: '/regulation', label: 'nav.regulation', icon: <BookOutlined /> },
  { path: '/users', label: 'nav.users', icon: <TeamOutlined />, permission: 'user.read' },
  { path: '/audit', label: 'nav.audit', icon: <AuditOutlined />, permission: 'audit.read' },
  { path: '/deadline', label: 'nav.deadline', icon: <CalendarOutlined />, permission: 'calendar.read' },
];

export function AppLayout() {
  const { me, can, logout } = useAuth();
  const { t, lang, pick } = useI18n();
  const roleLabel = useRoleLabel();
  const location = useLocation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [collapsed, setCollapsed] = useState(false);
  const [drawer, setDrawer] = useState(false);
  // on a phone the search opens under the header from its button
  const [searching, setSearching] = useState(false);
  // below 768 px; before the first measure ({}), the desktop frame
  const phone = Grid.useBreakpoint().md === false;
  const selected = `/${location.pathname.split('/')[1] ?? ''}`;
  // every task waiting, deadlines or not (red while one has passed), looked up on every page change
  const [tasks, setTasks] = useState({ n: 0, overdue: 0 });
  useEffect(() => {
    if (!can('case.read')) return;
    loadInbox().then(
      (b) => setTasks({ n: b.counts.overdue + b.counts.dueSoon + b.counts.todo, overdue: b.counts.overdue }),
      () => setTasks({ n: 0, overdue: 0 }),
    );
  }, [location.pathname, can]);

  const onLogout = async (everywhere = false) => {
    try {
      await logout(everywhere);
      navigate('/login', { replace: true });
    } catch (err) {
      message.error(problemLine(err, lang));
    }
  };

  const menu = (
    <Menu
      theme="dark"
      onClick={() => setDrawer(false)}
      mode="inline"
      selectedKeys={[selected]}
      items={NAV.filter(
        (n) => (!n.permission || can(n.permission)) && !(me && n.hideFor?.includes(me.user.role)),
      ).map((n) => ({
        key: n.path,
        icon: n.icon,
        label: (
          <Link to={n.path}>
            {t(n.label)}
            {n.path === '/inbox' && tasks.n > 0 && (
              <Badge
                count={tasks.n}
                overflowCount={999}
                size="small"
                offset={[8, -2]}
                color={tasks.overdue ? undefined : '#1f4e8c'}
                title={t('nav.inbox')}
                data-testid="inbox-badge"
              />
            )}
          </Link>
        ),
      }))}
    />
  );

  return (
    <Layout style={{ minHeight: '100%' }}>
      {phone ? (
        <Drawer
          placement="left"
          open={drawer}
          onClose={() => setDrawer(false)}
          size={260}
          title={t('app.name')}
          styles={{ body: { padding: 0, background: '#001529' } }}
        >
          {menu}
        </Drawer>
      ) : (
        <Layout.Sider
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          breakpoint="lg"
          width={220}
          theme="dark"
          style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}
        >
          <Link
            to="/"
            style={{
              display: 'block',
              padding: collapsed ? '18px 0' : '18px 16px',
              color: '#fff',
              textAlign: collapsed ? 'center' : 'left',
              lineHeight: 1.4,
            }}
          >
            <div style={{ fontSize: 20, fontWeight: 700, letterSpacing: 2 }}>{t('app.short')}</div>
            {!collapsed && (
              <div style={{ fontSize: 12, opacity: 0.75 }}>{t('app.name').replace(/^.*·\s*/, '')}</div>
            )}
          </Link>
          {menu}
        </Layout.Sider>
      )}
      <Layout>
        <Layout.Header
          style={{
            background: '#fff',
            padding: phone ? '0 12px' : '0 24px',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
            gap: phone ? 8 : 16,
            borderBottom: '1px solid #f0f0f0',
          }}
        >
          {phone && (
            <Button
              type="text"
              icon={<MenuOutlined />}
              aria-label={t('nav.menu')}
              aria-expanded={drawer}
              onClick={() => setDrawer(true)}
            />
          )}
          <Typography.Text
            strong
            style={{
              fontSize: 16,
              whiteSpace: 'nowrap',
              overflow: 'hidden',
              textOverflow: 'ellipsis',
              flex: phone ? 1 : undefined,
            }}
          >
            {phone ? t('app.short') : t('app.name')}
          </Typography.Text>
          <Space size={phone ? 'small' : 'middle'} wrap={false}>
            {can('case.read') && !phone && <SearchBox />}
            {can('case.read') && phone && (
              <Button
                type="text"
                icon={<SearchOutlined />}
                aria-label={pick('检索', 'Search')}
                aria-expanded={searching}
                data-testid="phone-search"
                onClick={() => setSearching((s) => !s)}
              />
            )}
            {me && (
              <Link to="/account" title={pick('账户与安全', 'Account and security')}>
                <Space size={6} data-testid="current-user">
                  <Typography.Text strong>{me.user.displayName}</Typography.Text>
                  {!phone && <Tag color="blue">{roleLabel(me.user.role)}</Tag>}
                  {!phone && (
                    <Typography.Text type="secondary">
                      {lang === 'en' ? me.organisation.nameEn || me.organisation.name : me.organisation.name}
                    </Typography.Text>
                  )}
                </Space>
              </Link>
            )}
            <LangSwitch />
            <Space.Compact>
              <Button
                icon={<LogoutOutlined />}
                onClick={() => onLogout()}
                data-testid="logout"
                aria-label={phone ? t('auth.logout') : undefined}
              >
                {phone ? null : t('auth.logout')}
              </Button>
              <Dropdown
                menu={{
                  items: [{ key: 'everywhere', label: t('auth.logoutEverywhere') }],
                  onClick: () => onLogout(true),
                }}
              >
                <Button icon={<DownOutlined />} aria-label={t('auth.logoutEverywhere')} />
              </Dropdown>
            </Space.Compact>
          </Space>
        </Layout.Header>
        {phone && searching && (
          <div style={{ background: '#fff', padding: '8px 12px', borderBottom: '1px solid #f0f0f0' }}>
            <SearchBox phone onSearched={() => setSearching(false)} />
          </div>
        )}
        <Layout.Content style={{ padding: phone ? 12 : 24, minWidth: 0 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
