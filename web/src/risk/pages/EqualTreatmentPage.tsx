import { Field, Heading, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ChartFrame, type Column } from '../charts/ChartFrame.tsx';
import { FunnelChart } from '../charts/FunnelChart.tsx';
import {
  useRisk,
  withQuery,
  type EqualTreatment,
  type Measure,
  type OfficeComparison,
  type Outlier,
} from '../data.ts';
import { useFormat, useLabels, type Format, type Labels } from '../labels.ts';
import { Loading } from '../parts.tsx';

/**
 * The equal-treatment monitor: per case type, the offices compared on outcome shares, reaction rates and
 * processing times adjusted for case mix, each as a funnel across offices with 95 %/99.8 % limits, and the
 * offices outside the 99.8 % limits with the size of the difference. Processing time is listed apart: speed
 * is not a decision.
 */
export default function EqualTreatmentPage() {
  const { t } = useTranslation('risk');
  const fmt = useFormat();
  const labels = useLabels();
  const [params, setParams] = useSearchParams();
  const months = params.get('maneder') || '36';
  const data = useRisk<EqualTreatment>(withQuery('/api/pictures/equal-treatment', { months }));
  const d = data.data;
  const withMeasures = d ? d.caseTypes.filter((c) => c.measures.length > 0) : [];
  const caseType = params.get('sakstype') || withMeasures[0]?.caseType || 'incident_supervision';
  const set = (k: string, v: string) => {
    const next = new URLSearchParams(params);
    next.set(k, v);
    setParams(next, { replace: true });
  };
  const chosen = withMeasures.find((c) => c.caseType === caseType);
  const outlierColumns = (kind: 'share' | 'days'): Column<Outlier>[] => [
    { key: 'office', label: t('picture.office'), value: (o) => labels.office(o.office) },
    { key: 'caseType', label: t('equal.caseType'), value: (o) => labels.caseType(o.caseType) },
    { key: 'measure', label: t('equal.measure'), value: (o) => labels.measure(o.measure) },
    { key: 'direction', label: t('equal.direction'), value: (o) => t(`equal.${o.direction}`) },
    {
      key: 'cases',
      label: t('equal.cases'),
      value: (o) => o.cases,
      display: (o) => fmt.int(o.cases),
      numeric: true,
    },
    {
      key: 'ratio',
      label: t('signal.ratio'),
      value: (o) => o.ratio,
      display: (o) => fmt.two(o.ratio),
      numeric: true,
    },
    {
      key: 'difference',
      label: kind === 'share' ? t('equal.differencePoints') : t('equal.differenceDays'),
      value: (o) => o.difference,
      display: (o) => `${o.difference > 0 ? '+' : ''}${fmt.one(o.difference)}`,
      numeric: true,
    },
  ];
  return (
    <section aria-labelledby="equal-heading" className="risk-page">
      <Heading level={2} data-size="sm" id="equal-heading">
        {t('equal.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('equal.help')}</Paragraph>
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label={t('map.filters')}>
        <Field>
          <Label htmlFor="equal-case-type">{t('equal.caseType')}</Label>
          <Select id="equal-case-type" value={caseType} onChange={(e) => set('sakstype', e.target.value)}>
            {withMeasures.map((c) => (
              <Select.Option key={c.caseType} value={c.caseType}>
                {labels.caseType(c.caseType)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field>
          <Label htmlFor="equal-months">{t('equal.period')}</Label>
          <Select id="equal-months" value={months} onChange={(e) => set('maneder', e.target.value)}>
            {['12', '24', '36', '60'].map((m) => (
              <Select.Option key={m} value={m}>
                {t('equal.months', { count: Number(m) })}
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
            {t('equal.period2', { from: fmt.date(d.period.from), to: fmt.date(d.period.to) })}{' '}
            {t('equal.strata')}
          </Paragraph>
          <ChartFrame
            title={t('equal.outliers', { count: d.outliers.length })}
            description={t('equal.outliersHelp')}
            file="likebehandling-avvik"
            columns={outlierColumns('share')}
            rows={d.outliers}
            rowKey={(o) => `${o.office}-${o.caseType}-${o.measure}`}
            headingLevel={3}
          />
          {d.outliers.length === 0 && <Paragraph data-size="sm">{t('equal.noOutliers')}</Paragraph>}
          {chosen &&
            chosen.measures.map((m) => <MeasureFunnel key={m.id} measure={m} fmt={fmt} labels={labels} />)}
          <ChartFrame
            title={t('equal.timeOutliers', { count: d.processingTimeOutliers.length })}
            description={t('equal.timeHelp')}
            file="likebehandling-saksbehandlingstid"
            columns={outlierColumns('days')}
            rows={d.processingTimeOutliers}
            rowKey={(o) => `${o.office}-${o.caseType}-${o.measure}`}
            headingLevel={3}
          />
          <Paragraph data-size="sm" className="subtle">
            {d.method}
          </Paragraph>
        </>
      )}
    </section>
  );
}

function MeasureFunnel({ measure: m, fmt, labels }: { measure: Measure; fmt: Format; labels: Labels }) {
  const { t } = useTranslation('risk');
  const days = m.kind === 'processing_time';
  const share = (v: number) => (days ? `${fmt.one(v)} ${t('equal.days')}` : fmt.pct(v));
  const columns: Column<OfficeComparison>[] = [
    { key: 'office', label: t('picture.office'), value: (o) => labels.office(o.office) },
    {
      key: 'cases',
      label: t('equal.cases'),
      value: (o) => o.cases,
      display: (o) => fmt.int(o.cases),
      numeric: true,
    },
    {
      key: 'observedShare',
      label: days ? t('equal.observedDays') : t('equal.observedShare'),
      value: (o) => o.observedShare,
      display: (o) => share(o.observedShare),
      numeric: true,
    },
    {
      key: 'expectedShare',
      label: days ? t('equal.expectedDays') : t('equal.expectedShare'),
      value: (o) => o.expectedShare,
      display: (o) => share(o.expectedShare),
      numeric: true,
    },
    {
      key: 'ratio',
      label: t('signal.ratio'),
      value: (o) => o.ratio,
      display: (o) => fmt.two(o.ratio),
      numeric: true,
    },
    {
      key: 'limits',
      label: t('equal.limits998'),
      value: (o) => `${o.limits.lower998}–${o.limits.upper998}`,
      display: (o) => `${fmt.two(o.limits.lower998)}–${fmt.two(o.limits.upper998)}`,
      numeric: true,
    },
    { key: 'band', label: t('funnel.band'), value: (o) => o.band, display: (o) => labels.band(o.band) },
  ];
  const outside = m.offices.filter((o) => o.band === 'above99.8' || o.band === 'below99.8');
  const title = `${labels.caseType(m.caseType)}: ${labels.measure(m.id)}`;
  return (
    <ChartFrame
      title={title}
      description={
        days
          ? t('equal.measureHelpDays', {
              observed: fmt.one(m.national.observed / Math.max(1, m.national.cases)),
            })
          : t('equal.measureHelp', { share: fmt.pct(m.national.observed / Math.max(1, m.national.cases)) })
      }
      file={`likebehandling-${m.caseType}-${m.id}`}
      columns={columns}
      rows={[...m.offices].sort((a, b) => b.ratio - a.ratio)}
      rowKey={(o) => o.office}
    >
      <FunnelChart
        dots={m.offices.map((o) => ({
          key: o.office,
          expected: o.expected,
          ratio: o.ratio,
          band: o.band,
          tag: o.office,
        }))}
        curve={m.curve}
        fmt={fmt}
        label={t('equal.funnelLabel', {
          measure: title,
          offices: m.offices.length,
          outside: outside.map((o) => o.office).join(', ') || t('equal.noneOutside'),
        })}
        xLabel={days ? t('equal.xLabelDays') : t('equal.xLabel')}
      />
    </ChartFrame>
  );
}
