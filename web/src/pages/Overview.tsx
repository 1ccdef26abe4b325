import { Alert, Card, Heading, Link, Paragraph, Spinner, Table } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { getJson, type Health, type Overview as OverviewData } from '../api.ts';

export function Overview() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const number = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nb-NO');
  // Norwegian order (Æ Ø Å last), with the national body after the regional offices.
  const collator = new Intl.Collator('nb');
  const health = useQuery({
    queryKey: ['health'],
    queryFn: () => getJson<Health>('/health', lang),
    refetchInterval: (q) => (q.state.data?.status === 'ok' ? false : 2000),
  });
  const ready = health.data?.status === 'ok';
  const overview = useQuery({
    queryKey: ['overview', lang],
    queryFn: () => getJson<OverviewData>('/api/overview', lang),
    enabled: ready,
  });

  return (
    <>
      {health.data && health.data.status !== 'ok' && (
        <Alert data-color={health.data.status === 'failed' ? 'danger' : 'info'} role="status">
          {health.data.status === 'starting'
            ? t('status.starting', { phase: health.data.phase })
            : health.data.phase}
        </Alert>
      )}
      {(health.isError || overview.isError) && <Alert data-color="danger">{t('status.failed')}</Alert>}
      <section aria-labelledby="overview-heading">
        <Heading level={2} data-size="sm" id="overview-heading">
          {t('overview.heading')}
        </Heading>
        {!overview.data ? (
          <Spinner aria-label={t('status.loading')} />
        ) : (
          <>
            <dl className="figures">
              {(
                [
                  ['overview.cases', overview.data.cases],
                  ['overview.open', overview.data.openCases],
                  ['overview.providers', overview.data.providers],
                  ['overview.professionals', overview.data.professionals],
                ] as const
              ).map(([key, value]) => (
                <Card key={key} data-color="neutral">
                  <dt>{t(key)}</dt>
                  <dd>{number.format(value)}</dd>
                </Card>
              ))}
            </dl>
            <Paragraph data-size="sm">{t('overview.demo')}</Paragraph>
            <div className="table-wrap">
              <Table zebra>
                <caption>{t('overview.caption')}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell scope="col">{t('overview.office')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col" className="num">
                      {t('overview.cases')}
                    </Table.HeaderCell>
                    <Table.HeaderCell scope="col" className="num">
                      {t('overview.open')}
                    </Table.HeaderCell>
                    <Table.HeaderCell scope="col" className="num">
                      {t('overview.perThousand')}
                    </Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {[...overview.data.byOffice]
                    .sort(
                      (a, b) =>
                        Number(a.office === 'HT') - Number(b.office === 'HT') ||
                        collator.compare(a.name, b.name),
                    )
                    .map((row) => (
                      <Table.Row key={row.office}>
                        <Table.HeaderCell scope="row">{row.name}</Table.HeaderCell>
                        <Table.Cell className="num">{number.format(row.cases)}</Table.Cell>
                        <Table.Cell className="num">{number.format(row.open)}</Table.Cell>
                        <Table.Cell className="num">
                          {row.perThousand === null ? '–' : number.format(row.perThousand)}
                        </Table.Cell>
                      </Table.Row>
                    ))}
                </Table.Body>
              </Table>
            </div>
          </>
        )}
      </section>
      <section aria-labelledby="links-heading">
        <Heading level={2} data-size="xs" id="links-heading">
          {t('links.heading')}
        </Heading>
        <Paragraph>
          <Link href="/api/docs">{t('links.api')}</Link> · <Link href="/health">{t('links.health')}</Link>
          {health.data && ` · ${health.data.database} · v${health.data.version}`}
        </Paragraph>
      </section>
    </>
  );
}
