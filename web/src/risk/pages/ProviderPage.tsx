import { Card, Heading, Paragraph, Switch } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { ChartFrame, type Column } from '../charts/ChartFrame.tsx';
import { YearChart } from '../charts/YearChart.tsx';
import { useRisk, withQuery, type ProviderProfile } from '../data.ts';
import { useFormat, useLabels } from '../labels.ts';
import { intervalText, Loading, To } from '../parts.tsx';

type Year = ProviderProfile['perYear'][number];
type SignalRow = ProviderProfile['signals'][number];
type CaseRow = ProviderProfile['recentCases'][number];

/**
 * A provider's profile against peers of the same service type and size measure: cases per year against the
 * peers' rate, findings of planned supervision, its signals over the runs, and (not in the shared variant)
 * its recent cases. The shared variant is what may be sent to the provider: counts only, no case numbers.
 */
export default function ProviderPage() {
  const { providerId } = useParams();
  const { t } = useTranslation('risk');
  const fmt = useFormat();
  const labels = useLabels();
  const [params, setParams] = useSearchParams();
  const shared = params.get('delt') === '1';
  const data = useRisk<ProviderProfile>(
    withQuery(`/api/pictures/providers/${encodeURIComponent(providerId ?? '')}`, {
      shared: shared ? 'true' : undefined,
    }),
  );
  const d = data.data;
  if (!d)
    return (
      <section aria-labelledby="provider-heading">
        <Heading level={2} data-size="sm" id="provider-heading">
          {t('provider.heading')}
        </Heading>
        <Loading error={data.error} />
      </section>
    );
  const p = d.provider;
  const yearColumns: Column<Year>[] = [
    { key: 'year', label: t('provider.year'), value: (r) => r.year },
    {
      key: 'cases',
      label: t('map.cases'),
      value: (r) => r.cases,
      display: (r) => fmt.int(r.cases),
      numeric: true,
    },
    {
      key: 'expected',
      label: t('provider.expectedPeers'),
      value: (r) => r.expected,
      display: (r) => fmt.one(r.expected),
      numeric: true,
    },
    {
      key: 'ratio',
      label: t('signal.ratio'),
      value: (r) => r.ratio,
      display: (r) => fmt.two(r.ratio),
      numeric: true,
    },
    {
      key: 'findings',
      label: t('provider.findings'),
      value: (r) => r.findings,
      display: (r) => fmt.int(r.findings),
      numeric: true,
    },
    {
      key: 'breaches',
      label: t('provider.breaches'),
      value: (r) => r.breaches,
      display: (r) => fmt.int(r.breaches),
      numeric: true,
    },
  ];
  const signalColumns: Column<SignalRow>[] = [
    { key: 'asOf', label: t('provider.runAsOf'), value: (s) => s.asOf, display: (s) => fmt.date(s.asOf) },
    {
      key: 'method',
      label: t('signal.method'),
      value: (s) => labels.method(s.method),
      display: (s) =>
        shared ? labels.method(s.method) : <To to={`/risiko/signaler/${s.id}`}>{labels.method(s.method)}</To>,
    },
    { key: 'theme', label: t('theme.theme'), value: (s) => labels.theme(s.theme) },
    {
      key: 'observed',
      label: t('signal.observed'),
      value: (s) => s.observed,
      display: (s) => fmt.int(s.observed),
      numeric: true,
    },
    {
      key: 'expected',
      label: t('signal.expected'),
      value: (s) => s.expected,
      display: (s) => fmt.one(s.expected),
      numeric: true,
    },
    {
      key: 'ratio',
      label: t('signal.ratio'),
      value: (s) => s.ratio,
      display: (s) => fmt.two(s.ratio),
      numeric: true,
    },
    {
      key: 'interval',
      label: t('signal.interval'),
      value: (s) => `${s.interval.lower}–${s.interval.upper}`,
      display: (s) => intervalText(fmt, s.interval),
      numeric: true,
    },
    {
      key: 'comparison',
      label: t('signal.comparisonGroup'),
      value: (s) => labels.comparison(s.comparison, s.comparisonGroup),
    },
  ];
  const caseColumns: Column<CaseRow>[] = [
    { key: 'caseNumber', label: t('provider.caseNumber'), value: (c) => c.caseNumber },
    {
      key: 'received',
      label: t('provider.received'),
      value: (c) => c.receivedOn,
      display: (c) => fmt.date(c.receivedOn),
    },
    { key: 'caseType', label: t('equal.caseType'), value: (c) => labels.caseType(c.caseType) },
    { key: 'themes', label: t('theme.theme'), value: (c) => c.themes.map(labels.theme).join(', ') },
    {
      key: 'outcome',
      label: t('provider.outcome'),
      value: (c) => (c.outcome ? labels.measure(c.outcome) : ''),
    },
  ];
  const slug = `virksomhet-${p.id}${shared ? '-delt' : ''}`;
  return (
    <section aria-labelledby="provider-heading" className="risk-page">
      <Heading level={2} data-size="sm" id="provider-heading">
        {p.name}
      </Heading>
      <Paragraph data-size="sm">
        {t('provider.about', {
          orgNumber: p.orgNumber,
          serviceType: labels.serviceType(p.serviceType),
          municipality: p.municipality,
          office: labels.office(p.office),
        })}
      </Paragraph>
      <Switch
        label={t('provider.sharedSwitch')}
        checked={shared}
        onChange={(e) => setParams(e.target.checked ? { delt: '1' } : {}, { replace: true })}
      />
      {shared && (
        <Paragraph data-size="sm" className="shared-note">
          {t('provider.sharedNote')}
        </Paragraph>
      )}
      <dl className="figures">
        <Card data-color="neutral">
          <dt>{t('provider.peers')}</dt>
          <dd>{fmt.int(d.peers.providers)}</dd>
        </Card>
        <Card data-color="neutral">
          <dt>
            {t('provider.size', {
              measure: t(`sizeMeasure.${p.sizeMeasure}`, { defaultValue: p.sizeMeasure }),
            })}
          </dt>
          <dd>{fmt.int(p.size)}</dd>
        </Card>
      </dl>
      <Paragraph data-size="sm">
        <strong>{t('provider.byCaseType')}:</strong>{' '}
        {d.byCaseType.map((c) => `${labels.caseType(c.caseType)} ${fmt.int(c.cases)}`).join(' · ')}
      </Paragraph>
      <ChartFrame
        title={t('provider.perYear', { from: fmt.date(d.period.from), to: fmt.date(d.period.to) })}
        description={t('provider.perYearHelp', { comparison: d.peers.comparison })}
        file={`${slug}-per-ar`}
        columns={yearColumns}
        rows={d.perYear}
        rowKey={(r) => r.year}
      >
        <YearChart
          rows={d.perYear}
          fmt={fmt}
          label={t('provider.chartLabel', {
            name: p.name,
            cases: d.perYear.map((r) => `${r.year}: ${r.cases} (${fmt.one(r.expected)})`).join(', '),
          })}
        />
      </ChartFrame>
      {d.signals.length === 0 ? (
        <Paragraph data-size="sm">
          <strong>{t('provider.signals', { count: 0 })}.</strong> {t('provider.noSignals')}
        </Paragraph>
      ) : (
        <ChartFrame
          title={t('provider.signals', { count: d.signals.length })}
          file={`${slug}-signaler`}
          columns={signalColumns}
          rows={d.signals}
          rowKey={(s) => s.id}
        />
      )}
      {!shared && d.recentCases.length > 0 && (
        <ChartFrame
          title={t('provider.recent')}
          file={`${slug}-saker`}
          columns={caseColumns}
          rows={d.recentCases}
          rowKey={(c) => c.caseNumber}
        />
      )}
    </section>
  );
}
