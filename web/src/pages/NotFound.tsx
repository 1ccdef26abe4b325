import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="not-found-heading">
      <Heading level={2} data-size="sm" id="not-found-heading">
        {t('notFound.heading')}
      </Heading>
      <Paragraph>
        <Link asChild>
          <RouterLink to="/">{t('notFound.home')}</RouterLink>
        </Link>
      </Paragraph>
    </section>
  );
}
