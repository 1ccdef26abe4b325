import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Route, Routes, useLocation } from 'react-router';
import { registerTexts } from '../i18n.ts';
import { SIGN_IN_PATH, useStaffSession } from '../session.ts';
import en from './locales/en.json';
import nb from './locales/nb.json';
import nn from './locales/nn.json';
import { PicturePage } from './pages/PicturePage.tsx';
import { Loading, To } from './parts.tsx';

registerTexts('risk', { nb, nn, en });

// The national picture is the first page and stays in this chunk; the map (with its geometry), the funnel and
// the rest load when visited, so the first paint needs no map code.
const MapPage = lazy(() => import('./pages/MapPage.tsx'));
const FunnelPage = lazy(() => import('./pages/FunnelPage.tsx'));
const SignalPage = lazy(() => import('./pages/SignalPage.tsx'));
const PlanningPage = lazy(() => import('./pages/PlanningPage.tsx'));
const EqualTreatmentPage = lazy(() => import('./pages/EqualTreatmentPage.tsx'));
const ProviderPage = lazy(() => import('./pages/ProviderPage.tsx'));

/** The risk area: its own routes below /risiko, for signed-in staff. */
export default function RiskArea() {
  const { t } = useTranslation('risk');
  const session = useStaffSession();
  const location = useLocation();
  if (!session)
    return (
      <section aria-labelledby="risk-sign-in">
        <Heading level={2} data-size="sm" id="risk-sign-in">
          {t('heading')}
        </Heading>
        <Alert data-color="info">
          <Paragraph>{t('signInNeeded')}</Paragraph>
          <To to={`${SIGN_IN_PATH}?next=${encodeURIComponent(location.pathname + location.search)}`}>
            {t('signIn')}
          </To>
        </Alert>
      </section>
    );
  return (
    <>
      <nav className="sub-nav" aria-label={t('nav.label')}>
        <NavLink to="/risiko" end>
          {t('nav.national')}
        </NavLink>
        <NavLink to="/risiko/kart">{t('nav.map')}</NavLink>
        <NavLink to="/risiko/trakt">{t('nav.funnel')}</NavLink>
        <NavLink to="/risiko/planlegging">{t('nav.planning')}</NavLink>
        <NavLink to="/risiko/likebehandling">{t('nav.equalTreatment')}</NavLink>
      </nav>
      <Suspense fallback={<Loading />}>
        <Routes>
          <Route index element={<PicturePage />} />
          <Route path="embeter/:office" element={<PicturePage />} />
          <Route path="kart" element={<MapPage />} />
          <Route path="trakt" element={<FunnelPage />} />
          <Route path="signaler/:signalId" element={<SignalPage />} />
          <Route path="planlegging" element={<PlanningPage />} />
          <Route path="likebehandling" element={<EqualTreatmentPage />} />
          <Route path="virksomheter/:providerId" element={<ProviderPage />} />
        </Routes>
      </Suspense>
    </>
  );
}
