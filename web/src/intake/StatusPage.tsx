import { Alert, Heading, Link, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError } from '../api.ts';
import { loadStatus } from './complaint-api.ts';

/** The status page behind a secret link: where the case is, what happens next, how long, the letters. */
export function StatusPage() {
  const { t, i18n } = useTranslation('intake');
  const lang = i18n.language;
  const { secret = '' } = useParams();
  const status = useQuery({
    queryKey: ['status', secret, lang],
    queryFn: () => loadStatus(secret, lang),
    retry: (count, error) => !(error instanceof ApiError && error.status === 404) && count < 2,
  });
  const date = (iso: string) =>
    new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nb-NO', { dateStyle: 'long' }).format(
      new Date(`${iso}T12:00:00`),
    );
  if (status.isPending) return <Spinner aria-label={t('status.loading')} />;
  if (status.isError)
    return (
      <Alert data-color="warning">
        <Heading level={2} data-size="xs">
          {t('status.notFound')}
        </Heading>
      </Alert>
    );
  const s = status.data;
  return (
    <section aria-labelledby="status-heading" className="intake">
      <Heading level={2} data-size="md" id="status-heading">
        {t('status.heading', { caseNumber: s.caseNumber })}
      </Heading>
      <dl className="intake-facts">
        <div>
          <dt>{t('status.received')}</dt>
          <dd>{date(s.receivedOn)}</dd>
        </div>
        <div>
          <dt>{t('status.office')}</dt>
          <dd>{s.office}</dd>
        </div>
      </dl>
      <section aria-labelledby="status-where">
        <Heading level={3} data-size="xs" id="status-where">
          {t('status.where')}
        </Heading>
        <Paragraph>{s.where}</Paragraph>
      </section>
      <section aria-labelledby="status-next">
        <Heading level={3} data-size="xs" id="status-next">
          {t('status.next')}
        </Heading>
        <Paragraph>{s.nextStep}</Paragraph>
      </section>
      <section aria-labelledby="status-expected">
        <Heading level={3} data-size="xs" id="status-expected">
          {t('status.expected')}
        </Heading>
        <Paragraph>{s.expectedProcessing.text}</Paragraph>
      </section>
      <section aria-labelledby="status-letters">
        <Heading level={3} data-size="xs" id="status-letters">
          {t('status.letters')}
        </Heading>
        {s.letters.length === 0 ? (
          <Paragraph>{t('status.noLetters')}</Paragraph>
        ) : (
          <ul className="intake-letters">
            {s.letters.map((l) => (
              <li key={l.id}>
                <Link href={l.url} target="_blank" rel="noreferrer">
                  {t('status.openLetter', { title: l.title, date: date(l.datedOn) })}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}
