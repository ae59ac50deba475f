// The application shell: antd theme and locale per language, the session, and the routes.
// Pages are loaded on demand so the first screen (login or home) stays small.
import type { Permission } from '@jiandu/contracts';
import { App as AntApp, ConfigProvider, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { lazy, type ReactNode, Suspense } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { LoginPage } from '../features/login/LoginPage';
import { useI18n } from '../lib/i18n';
import { AuthProvider, useAuth } from './AuthContext';
import { AppLayout } from './Layout';
import { theme } from './theme';

const HomePage = lazy(() => import('../features/home/HomePage'));
const AssessmentPage = lazy(() => import('../features/assessment/AssessmentPage'));
const OrganisationsPage = lazy(() => import('../features/organisations/OrganisationsPage'));
const UsersPage = lazy(() => import('../features/users/UsersPage'));
const AuditPage = lazy(() => import('../features/audit/AuditPage'));
const DeadlinePage = lazy(() => import('../features/deadline/DeadlinePage'));
const CasesPage = lazy(() => import('../features/cases/CasesPage'));
const RegulationPage = lazy(() => import('../features/regulation/RegulationPage'));
const CasePage = lazy(() => import('../features/cases/CasePage'));
const PetitionPage = lazy(() => import('../features/public/PetitionPage'));
const PublicStatusPage = lazy(() => import('../features/public/StatusPage'));
const VerifyPage = lazy(() => import('../features/public/VerifyPage'));
const CheckpointsPage = lazy(() => import('../features/public/CheckpointsPage'));
const CertificatePage = lazy(() => import('../features/public/CertificatePage'));
const ActsPage = lazy(() => import('../features/acts/ActsPage'));
const OfficersPage = lazy(() => import('../features/officers/OfficersPage'));
const EvaluationsPage = lazy(() => import('../features/evaluations/EvaluationsPage'));
const EvaluationPage = lazy(() => import('../features/evaluations/EvaluationPage'));
const ScoreFile = lazy(() => import('../features/evaluations/ScoreFile'));
const InboxPage = lazy(() => import('../features/inbox/InboxPage'));
const SearchPage = lazy(() => import('../features/search/SearchPage'));
const InspectionsPage = lazy(() => import('../features/inspections/InspectionsPage'));
const VisitPage = lazy(() => import('../features/inspections/VisitPage'));
const CampaignsPage = lazy(() => import('../features/inspections/CampaignsPage'));
const CampaignPage = lazy(() => import('../features/inspections/CampaignPage'));
const AccountabilityPage = lazy(() => import('../features/accountability/AccountabilityPage'));
const MatterPage = lazy(() => import('../features/accountability/MatterPage'));
const AccountPage = lazy(() => import('../features/account/AccountPage'));
const DashboardPage = lazy(() => import('../features/dashboard/DashboardPage'));
const StatusResult = lazy(() => import('../components/StatusResult'));

export function FullPageSpin() {
  return (
    <div style={{ display: 'grid', placeItems: 'center', height: '100%', minHeight: 240 }}>
      <Spin size="large" />
    </div>
  );
}

function RequireAuth({ children }: { children: ReactNode }) {
  const { status } = useAuth();
  const location = useLocation();
  if (status === 'loading') return <FullPageSpin />;
  if (status === 'anonymous') return <Navigate to="/login" replace state={{ from: location }} />;
  return children;
}

/** A page the user's role may open (the menu shows only those; this covers typed-in addresses). */
function Guard({ permission, children }: { permission?: Permission; children: ReactNode }) {
  const { can } = useAuth();
  // a boundary of its own per address: navigations run as transitions, and React keeps showing
  // a boundary already on screen (the previous page) until the new page's code has loaded
  const { pathname } = useLocation();
  return (
    <Suspense key={pathname} fallback={<FullPageSpin />}>
      {permission && !can(permission) ? <StatusResult status={403} /> : children}
    </Suspense>
  );
}

export function App() {
  const { lang } = useI18n();
  // before rendering, so date pickers open in the chosen language
  dayjs.locale(lang === 'en' ? 'en' : 'zh-cn');
  return (
    <ConfigProvider locale={lang === 'en' ? enUS : zhCN} theme={theme} button={{ autoInsertSpace: false }}>
      <AntApp style={{ height: '100%' }}>
        <BrowserRouter>
          <AuthProvider>
            <Routes>
              <Route path="/login" element={<LoginPage />} />
              <Route
                path="/public/petition"
                element={
                  <Guard>
                    <PetitionPage />
                  </Guard>
                }
              />
              <Route
                path="/public/status"
                element={
                  <Guard>
                    <PublicStatusPage />
                  </Guard>
                }
              />
              <Route
                path="/public/certificate"
                element={
                  <Guard>
                    <CertificatePage />
                  </Guard>
                }
              />
              <Route
                path="/public/verify"
                element={
                  <Guard>
                    <VerifyPage />
                  </Guard>
                }
              />
              <Route
                path="/public/checkpoints"
                element={
                  <Guard>
                    <CheckpointsPage />
                  </Guard>
                }
              />
              <Route
                element={
                  <RequireAuth>
                    <AppLayout />
                  </RequireAuth>
                }
              >
                <Route
                  index
                  element={
                    <Guard>
                      <HomePage />
                    </Guard>
                  }
                />
                <Route
                  path="account"
                  element={
                    <Guard>
                      <AccountPage />
                    </Guard>
                  }
                />
                <Route
                  path="organisations"
                  element={
                    <Guard permission="organisation.read">
                      <OrganisationsPage />
                    </Guard>
                  }
                />
                <Route
                  path="dashboard"
                  element={
                    <Guard permission="dashboard.read">
                      <DashboardPage />
                    </Guard>
                  }
                />
                <Route
                  path="users"
                  element={
                    <Guard permission="user.read">
                      <UsersPage />
                    </Guard>
                  }
                />
                <Route
                  path="audit"
                  element={
                    <Guard permission="audit.read">
                      <AuditPage />
                    </Guard>
                  }
                />
                <Route
                  path="regulation"
                  element={
                    <Guard>
                      <RegulationPage />
                    </Guard>
                  }
                />
                <Route
                  path="cases"
                  element={
                    <Guard permission="case.read">
                      <CasesPage />
                    </Guard>
                  }
                />
                <Route
                  path="cases/:id"
                  element={
                    <Guard permission="case.read">
                      <CasePage />
                    </Guard>
                  }
                />
                <Route
                  path="acts"
                  element={
                    <Guard permission="case.read">
                      <ActsPage />
                    </Guard>
                  }
                />
                <Route
                  path="search"
                  element={
                    <Guard permission="case.read">
                      <SearchPage />
                    </Guard>
                  }
                />
                <Route
                  path="inbox"
                  element={
                    <Guard permission="case.read">
                      <InboxPage />
                    </Guard>
                  }
                />
                <Route
                  path="evaluations"
                  element={
                    <Guard permission="case.read">
                      <EvaluationsPage />
                    </Guard>
                  }
                />
                <Route
                  path="evaluations/:id"
                  element={
                    <Guard permission="case.read">
                      <EvaluationPage />
                    </Guard>
                  }
                />
                <Route
                  path="evaluations/files/:id"
                  element={
                    <Guard permission="case.read">
                      <ScoreFile />
                    </Guard>
                  }
                />
                <Route
                  path="inspections"
                  element={
                    <Guard permission="case.read">
                      <InspectionsPage />
                    </Guard>
                  }
                />
                <Route
                  path="inspections/:id"
                  element={
                    <Guard permission="case.read">
                      <VisitPage />
                    </Guard>
                  }
                />
                <Route
                  path="campaigns"
                  element={
                    <Guard permission="case.read">
                      <CampaignsPage />
                    </Guard>
                  }
                />
                <Route
                  path="campaigns/:id"
                  element={
                    <Guard permission="case.read">
                      <CampaignPage />
                    </Guard>
                  }
                />
                <Route
                  path="officers"
                  element={
                    <Guard permission="organisation.read">
                      <OfficersPage />
                    </Guard>
                  }
                />
                <Route
                  path="accountability"
                  element={
                    <Guard permission="accountability.read">
                      <AccountabilityPage />
                    </Guard>
                  }
                />
                <Route
                  path="accountability/:id"
                  element={
                    <Guard permission="accountability.read">
                      <MatterPage />
                    </Guard>
                  }
                />
                <Route
                  path="assessment"
                  element={
                    <Guard permission="assessment.read">
                      <AssessmentPage />
                    </Guard>
                  }
                />
                <Route
                  path="deadline"
                  element={
                    <Guard permission="calendar.read">
                      <DeadlinePage />
                    </Guard>
                  }
                />
                <Route
                  path="*"
                  element={
                    <Guard>
                      <StatusResult status={404} />
                    </Guard>
                  }
                />
              </Route>
            </Routes>
          </AuthProvider>
        </BrowserRouter>
      </AntApp>
    </ConfigProvider>
  );
}
