import { Field, Heading, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { ChartFrame, type Column } from '../charts/ChartFrame.tsx';
import { FunnelChart } from '../charts/FunnelChart.tsx';
import { useRisk, withQuery, type FunnelData } from '../data.ts';
import { serviceTypeCodes, useFormat, useLabels } from '../labels.ts';
import { Loading, To } from '../parts.tsx';

type Row = FunnelData['providers'][number];

/**
 * Funnel plot of the providers of one service type over the run's last 12 months: observed / expected
 * against expected, with the 95 % and 99.8 % limits. With an office, only its providers are drawn (the
 * limits and the expected counts stay national).
 */
export default function FunnelPage() {
  const { t } = useTranslation('risk');
  const fmt = useFormat();
  const labels = useLabels();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const serviceType = params.get('tjenestetype') || 'nursing_home';
  const office = params.get('embete') || '';
  const set = (k: string, v: string) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    setParams(next, { replace: true });
  };
  const data = useRisk<FunnelData>(withQuery('/api/pictures/funnel', { serviceType, office }));
  const d = data.data;
  const outside = d ? d.providers.filter((p) => p.band !== 'within') : [];
  const columns: Column<Row>[] = [
    {
      key: 'provider',
      label: t('theme.provider'),
      value: (r) => r.label,
      display: (r) => <To to={`/risiko/virksomheter/${r.id}`}>{r.label}</To>,
    },
    { key: 'office', label: t('picture.office'), value: (r) => r.office },
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
    { key: 'band', label: t('funnel.band'), value: (r) => r.band, display: (r) => labels.band(r.band) },
  ];
  return (
    <section aria-labelledby="funnel-heading" className="risk-page">
      <Heading level={2} data-size="sm" id="funnel-heading">
        {t('funnel.heading', { serviceType: labels.serviceType(serviceType) })}
      </Heading>
      <Paragraph data-size="sm">{t('funnel.help')}</Paragraph>
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label={t('map.filters')}>
        <Field>
          <Label htmlFor="funnel-service">{t('map.serviceType')}</Label>
          <Select
            id="funnel-service"
            value={serviceType}
            onChange={(e) => set('tjenestetype', e.target.value)}
          >
            {serviceTypeCodes.map((c) => (
              <Select.Option key={c} value={c}>
                {labels.serviceType(c)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field>
          <Label htmlFor="funnel-office">{t('picture.office')}</Label>
          <Select id="funnel-office" value={office} onChange={(e) => set('embete', e.target.value)}>
            <Select.Option value="">{t('map.wholeCountry')}</Select.Option>
            {labels.offices
              .filter((o) => o.kind !== 'national')
              .map((o) => (
                <Select.Option key={o.code} value={o.code}>
                  {o.name[labels.lang]}
                </Select.Option>
              ))}
          </Select>
        </Field>
      </form>
      {!d ? (
        <Loading error={data.error} />
      ) : (
        <>
          <Paragraph data-size="sm">
            {t('funnel.summary', {
              providers: fmt.int(d.providers.length),
              outside: fmt.int(outside.length),
              from: fmt.date(d.period.from),
              to: fmt.date(d.period.to),
              phi: fmt.two(d.phi),
            })}
          </Paragraph>
          <ChartFrame
            title={t('funnel.chartHeading', { serviceType: labels.serviceType(serviceType) })}
            description={d.method}
            file={`trakt-${serviceType}${office ? `-${office}` : ''}`}
            columns={columns}
            rows={[...d.providers].sort((a, b) => b.ratio - a.ratio)}
            rowKey={(r) => r.id}
          >
            <FunnelChart
              dots={d.providers.map((p) => ({
                key: p.id,
                expected: p.expected,
                ratio: p.ratio,
                band: p.band,
                onSelect: () => void navigate(`/risiko/virksomheter/${p.id}`),
              }))}
              curve={d.curve}
              fmt={fmt}
              label={t('funnel.label', { providers: d.providers.length, outside: outside.length })}
              xLabel={t('funnel.xLabel')}
            />
          </ChartFrame>
        </>
      )}
    </section>
  );
}
