import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ChartFrame, type Column } from '../charts/ChartFrame.tsx';
import { TrendChart } from '../charts/TrendChart.tsx';
import { useRisk, type Picture, type TrendPoint } from '../data.ts';
import { useFormat, useLabels } from '../labels.ts';
import { Loading, SignalTable, To } from '../parts.tsx';

type OfficeRow = Picture['offices'][number];
type ThemeRow = Picture['themeTable'][number];

/**
 * The national risk picture (/risiko) or one office's (/risiko/embeter/:office): the strongest signals with
 * their evidence, the monthly trend with its EWMA band and CUSUM alarms, cases per office, and the theme ×
 * provider disproportionality table. Everything comes from one precomputed summary per run, so the first
 * paint is a few tables and one small chart — the map and the funnel are pages of their own.
 */
export function PicturePage() {
  const { office } = useParams();
  const { t } = useTranslation('risk');
  const fmt = useFormat();
  const labels = useLabels();
  const url = office ? `/api/pictures/offices/${encodeURIComponent(office)}` : '/api/pictures/national';
  const picture = useRisk<Picture>(url);
  const title = office ? t('picture.officeHeading', { office: labels.office(office) }) : t('picture.heading');
  if (!picture.data)
    return (
      <section aria-labelledby="picture-heading">
        <Heading level={2} data-size="sm" id="picture-heading">
          {title}
        </Heading>
        <Loading error={picture.error} />
      </section>
    );
  const p = picture.data;
  // Months before the first case (a younger data set than the 60-month window) are no information.
  const first = p.trend.points.findIndex((x) => x.observed > 0);
  const points = first > 0 ? p.trend.points.slice(first) : p.trend.points;
  const cases = p.offices.reduce((s, o) => s + o.cases12, 0);
  const population = p.offices.reduce((s, o) => s + o.population, 0);
  const officeColumns: Column<OfficeRow>[] = [
    {
      key: 'office',
      label: t('picture.office'),
      value: (o) => labels.office(o.office) || o.name,
      display: (o) =>
        office ? (
          labels.office(o.office) || o.name
        ) : (
          <To to={`/risiko/embeter/${o.office}`}>{labels.office(o.office) || o.name}</To>
        ),
    },
    {
      key: 'cases',
      label: t('picture.cases12'),
      value: (o) => o.cases12,
      display: (o) => fmt.int(o.cases12),
      numeric: true,
    },
    {
      key: 'population',
      label: t('picture.population'),
      value: (o) => o.population,
      display: (o) => fmt.int(o.population),
      numeric: true,
    },
    {
      key: 'perThousand',
      label: t('picture.perThousand'),
      value: (o) => o.perThousand,
      display: (o) => fmt.two(o.perThousand),
      numeric: true,
    },
    {
      key: 'signals',
      label: t('picture.signals'),
      value: (o) => o.signals,
      display: (o) => fmt.int(o.signals),
      numeric: true,
    },
  ];
  const trendColumns: Column<TrendPoint>[] = [
    { key: 'month', label: t('trend.month'), value: (r) => r.month, display: (r) => fmt.month(r.month) },
    {
      key: 'observed',
      label: t('signal.observed'),
      value: (r) => r.observed,
      display: (r) => fmt.int(r.observed),
      numeric: true,
    },
    {
      key: 'expected',
      label: t('signal.expected'),
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
    { key: 'ewma', label: 'EWMA', value: (r) => r.ewma, display: (r) => fmt.two(r.ewma), numeric: true },
    {
      key: 'band',
      label: t('trend.band'),
      value: (r) => `${r.lower}–${r.upper}`,
      display: (r) => `${fmt.two(r.lower)}–${fmt.two(r.upper)}`,
      numeric: true,
    },
    { key: 'cusum', label: 'CUSUM', value: (r) => r.cusum, display: (r) => fmt.two(r.cusum), numeric: true },
    {
      key: 'alarm',
      label: t('trend.alarm'),
      value: (r) => r.alarm,
      display: (r) => (r.alarm ? t('yes') : ''),
    },
  ];
  const themeColumns: Column<ThemeRow>[] = [
    {
      key: 'provider',
      label: t('theme.provider'),
      value: (r) => r.provider,
      display: (r) => <To to={`/risiko/signaler/${r.signalId}`}>{r.provider}</To>,
    },
    { key: 'serviceType', label: t('theme.serviceType'), value: (r) => labels.serviceType(r.serviceType) },
    { key: 'theme', label: t('theme.theme'), value: (r) => labels.theme(r.theme) },
    {
      key: 'observed',
      label: t('signal.observed'),
      value: (r) => r.observed,
      display: (r) => fmt.int(r.observed),
      numeric: true,
    },
    {
      key: 'expected',
      label: t('signal.expected'),
      value: (r) => r.expected,
      display: (r) => fmt.one(r.expected),
      numeric: true,
    },
    { key: 'prr', label: 'PRR', value: (r) => r.prr, display: (r) => fmt.two(r.prr), numeric: true },
    {
      key: 'interval',
      label: t('signal.interval'),
      value: (r) => `${r.interval.lower}–${r.interval.upper}`,
      display: (r) => `${fmt.two(r.interval.lower)}–${fmt.two(r.interval.upper)}`,
      numeric: true,
    },
    { key: 'ic025', label: 'IC025', value: (r) => r.ic025, display: (r) => fmt.two(r.ic025), numeric: true },
  ];
  const slug = office ? office.toLowerCase() : 'nasjonalt';
  return (
    <section aria-labelledby="picture-heading" className="risk-page">
      <Heading level={2} data-size="sm" id="picture-heading">
        {title}
      </Heading>
      <Paragraph data-size="sm">
        {t('picture.asOf', { date: fmt.date(p.run.asOf), version: p.run.version.slice(0, 12) })}{' '}
        {t('advisory')}
      </Paragraph>
      <dl className="figures">
        <Card data-color="neutral">
          <dt>{t('picture.signalsTotal')}</dt>
          <dd>{fmt.int(p.totalSignals)}</dd>
        </Card>
        <Card data-color="neutral">
          <dt>{t('picture.cases12')}</dt>
          <dd>{fmt.int(cases)}</dd>
        </Card>
        {population > 0 && (
          <Card data-color="neutral">
            <dt>{t('picture.perThousand')}</dt>
            <dd>{fmt.two((1000 * cases) / population)}</dd>
          </Card>
        )}
      </dl>
      {office && (
        <Paragraph data-size="sm" className="link-row">
          <To to={`/risiko/kart?embete=${office}`}>{t('picture.officeMap')}</To>
          <To to={`/risiko/trakt?embete=${office}`}>{t('picture.officeFunnel')}</To>
          <To to={`/risiko/planlegging?embete=${office}`}>{t('picture.officePlanning')}</To>
        </Paragraph>
      )}
      <SignalTable
        signals={p.topSignals}
        fmt={fmt}
        labels={labels}
        title={t('picture.topSignals', { shown: p.topSignals.length, total: p.totalSignals })}
        file={`signaler-${slug}`}
        description={t('picture.topSignalsHelp')}
      />
      <ChartFrame
        title={t('trend.heading')}
        description={p.trend.method}
        file={`trend-${slug}`}
        columns={trendColumns}
        rows={points}
        rowKey={(r) => r.month}
      >
        <TrendChart points={points} fmt={fmt} />
      </ChartFrame>
      <ChartFrame
        title={t('picture.officesHeading', { from: fmt.date(p.period.from), to: fmt.date(p.period.to) })}
        file={`embeter-${slug}`}
        columns={officeColumns}
        rows={p.offices}
        rowKey={(o) => o.office}
      />
      {p.themeTable.length > 0 && (
        <ChartFrame
          title={t('theme.heading')}
          description={t('theme.help')}
          file={`tema-${slug}`}
          columns={themeColumns}
          rows={p.themeTable}
          rowKey={(r) => r.signalId}
        />
      )}
      {p.themeTable.length === 0 && (
        <Paragraph data-size="sm">
          <strong>{t('theme.heading')}.</strong> {t('theme.none')}
        </Paragraph>
      )}
    </section>
  );
}
