import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation } from 'react-router';
import { LANGUAGES, setLanguage } from '../i18n.ts';

/** The frame of every page: skip link, name, the main sections and the language switch. */
export function Shell() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const location = useLocation();
  // A new page: move focus to its main content so screen readers and keyboard users start there.
  useEffect(() => {
    if (location.key !== 'default') document.getElementById('main')?.focus({ preventScroll: true });
  }, [location.pathname, location.key]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="page-header">
        <div>
          <Heading level={1} data-size="md">
            <NavLink to="/" className="app-name">
              {t('app.name')}
            </NavLink>
          </Heading>
          <Paragraph data-size="sm">{t('app.tagline')}</Paragraph>
        </div>
        <nav className="main-nav" aria-label={t('nav.label')}>
          <NavLink to="/klage">{t('nav.complain')}</NavLink>
          <NavLink to="/" end>
            {t('nav.overview')}
          </NavLink>
          <NavLink to="/saksbehandling">{t('nav.staff')}</NavLink>
          <NavLink to="/risiko">{t('nav.risk')}</NavLink>
        </nav>
        <nav className="language-switch" aria-label={t('language.label')}>
          {LANGUAGES.map((code) => (
            <Button
              key={code}
              variant={code === lang ? 'primary' : 'secondary'}
              data-size="sm"
              aria-pressed={code === lang}
              lang={code}
              onClick={() => setLanguage(code)}
            >
              {t(`language.${code}`)}
            </Button>
          ))}
        </nav>
      </header>
      <main id="main" className="page-main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
