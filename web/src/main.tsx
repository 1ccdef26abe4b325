import '@fontsource-variable/inter';
import '@digdir/designsystemet-css';
import '@digdir/designsystemet-css/theme';
import './styles.css';
import { Spinner } from '@digdir/designsystemet-react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Route, Routes } from 'react-router';
import i18n from './i18n.ts';
import { Shell } from './layout/Shell.tsx';
import { NotFound } from './pages/NotFound.tsx';
import { Overview } from './pages/Overview.tsx';

// Each area loads its own code when first visited, so a citizen's complaint form never downloads the
// caseworker app and the staff app's first page stays within its budget.
const IntakeArea = lazy(() => import('./intake/IntakeArea.tsx'));
const StaffArea = lazy(() => import('./staff/StaffArea.tsx'));
const RiskArea = lazy(() => import('./risk/RiskArea.tsx'));

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
});

const loading = <Spinner aria-label={i18n.t('status.loading')} />;

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <Suspense fallback={loading}>
          <Routes>
            <Route element={<Shell />}>
              <Route index element={<Overview />} />
              <Route path="klage/*" element={<IntakeArea />} />
              <Route path="status/*" element={<IntakeArea />} />
              <Route path="saksbehandling/*" element={<StaffArea />} />
              <Route path="risiko/*" element={<RiskArea />} />
              <Route path="*" element={<NotFound />} />
            </Route>
          </Routes>
        </Suspense>
      </BrowserRouter>
    </QueryClientProvider>
  </StrictMode>,
);
