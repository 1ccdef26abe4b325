import { Button, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Route, Routes, useLocation } from 'react-router';
import { registerTexts } from '../i18n.ts';
import { SIGN_IN_PATH, signOut, useStaffSession } from '../session.ts';
import { useRoles } from './api.ts';
import en from './locales/en.json';
import nb from './locales/nb.json';
import nn from './locales/nn.json';
import './staff.css';
import { QueuePage } from './pages/QueuePage.tsx';
import { SignInPage } from './pages/SignInPage.tsx';

registerTexts('staff', { nb, nn, en });

// The queue is the first page; the rest load when first opened, to keep the first page small.
const CasePage = lazy(() => import('./pages/CasePage.tsx'));
const DecisionPage = lazy(() => import('./pages/DecisionPage.tsx'));
const SearchPage = lazy(() => import('./pages/SearchPage.tsx'));
const WorkloadPage = lazy(() => import('./pages/WorkloadPage.tsx'));

/** Pages that need a signed-in staff user send others to the sign-in page, and back afterwards. */
function SignedIn({ children }: { children: ReactNode }) {
  const session = useStaffSession();
  const location = useLocation();
  const { t } = useTranslation('staff');
  if (!session) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`${SIGN_IN_PATH}?next=${next}`} replace />;
  }
  return (
    <>
      <StaffBar />
      <Suspense fallback={<Spinner aria-label={t('loading')} />}>{children}</Suspense>
    </>
  );
}

/** Who is signed in, and the staff area's own sections. */
function StaffBar() {
  const session = useStaffSession();
  const roles = useRoles();
  const { t } = useTranslation('staff');
  if (!session) return null;
  return (
    <div className="staff-bar">
      <nav aria-label={t('nav.label')} className="staff-nav">
        <NavLink to="/saksbehandling" end>
          {t('nav.mine')}
        </NavLink>
        <NavLink to="/saksbehandling/kontor">{t('nav.office')}</NavLink>
        <NavLink to="/saksbehandling/sok">{t('nav.search')}</NavLink>
        {roles.has('office_manager') && (
          <NavLink to="/saksbehandling/arbeidsmengde">{t('nav.workload')}</NavLink>
        )}
      </nav>
      <div className="staff-user">
        <Paragraph data-size="sm">
          {t('signedInAs', { name: session.user.name, office: session.user.officeCode })}
        </Paragraph>
        <Button variant="tertiary" data-size="sm" onClick={() => signOut()}>
          {t('signOut')}
        </Button>
      </div>
    </div>
  );
}

/** The staff area: its own routes below /saksbehandling. */
export default function StaffArea() {
  return (
    <Routes>
      <Route path="logg-inn" element={<SignInPage />} />
      <Route
        index
        element={
          <SignedIn>
            <QueuePage scope="mine" />
          </SignedIn>
        }
      />
      <Route
        path="kontor"
        element={
          <SignedIn>
            <QueuePage scope="office" />
          </SignedIn>
        }
      />
      <Route
        path="saker/:id"
        element={
          <SignedIn>
            <CasePage />
          </SignedIn>
        }
      />
      <Route
        path="saker/:id/vedtak"
        element={
          <SignedIn>
            <DecisionPage />
          </SignedIn>
        }
      />
      <Route
        path="sok"
        element={
          <SignedIn>
            <SearchPage />
          </SignedIn>
        }
      />
      <Route
        path="arbeidsmengde"
        element={
          <SignedIn>
            <WorkloadPage />
          </SignedIn>
        }
      />
      <Route path="*" element={<Navigate to="/saksbehandling" replace />} />
    </Routes>
  );
}
