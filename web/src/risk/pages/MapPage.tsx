import { Button, Card, Field, Heading, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ChartFrame, type Column } from '../charts/ChartFrame.tsx';
import { useRisk, withQuery, type MapData, type MapMunicipality } from '../data.ts';
import { sectorCodes, serviceTypeCodes, themeCodes, useFormat, useLabels } from '../labels.ts';
import { Loading, To } from '../parts.tsx';
import { MunicipalityMap, useShapes } from './MunicipalityMap.tsx';

type Measure = 'perThousand' | 'ratio' | 'signals';
const SEQUENTIAL = ['#e3eef9', '#b3d1ee', '#6fa6da', '#2f6fb4', '#0b3f7a'];
const DIVERGING = ['#1d6a86', '#9fcde0', '#eeeeee', '#f0a868', '#a5281b'];
const RATIO_BREAKS = [0.67, 0.9, 1.1, 1.5];
const SIGNAL_BREAKS = [1, 2, 3, 5];
const NO_DATA = '#c4cbd2';

/** Class limits for a measure: fixed around 1 for observed/expected, quintiles for the rate. */
function breaksFor(measure: Measure, values: number[]): number[] {
  if (measure === 'ratio') return RATIO_BREAKS;
  if (measure === 'signals') return SIGNAL_BREAKS;
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return [0, 0, 0, 0];
  return [0.2, 0.4, 0.6, 0.8].map((q) => Number(sorted[Math.floor(q * (sorted.length - 1))]!.toPrecision(2)));
}

const classOf = (v: number, breaks: number[]) => {
  let i = 0;
  while (i < breaks.length && v >= breaks[i]!) i++;
  return i;
};

const lastMonths = (asOf: string, count: number) => {
  const [y, m] = [Number(asOf.slice(0, 4)), Number(asOf.slice(5, 7))];
  return Array.from({ length: count }, (_, i) => {
    const d = new Date(Date.UTC(y, m - 1 - i, 1));
    return d.toISOString().slice(0, 7);
  });
};
const monthEnd = (month: string) =>
  new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);

/**
 * The map of Norway: one measure per municipality (cases per 1,000 inhabitants, observed / expected, open
 * signals) with filters for sector, service type, theme and period, zoom to an office's area, and the
 * municipality's own figures on click. The filters live in the address, so a view can be shared.
 */
export default function MapPage() {
  const { t } = useTranslation('risk');
  const fmt = useFormat();
  const labels = useLabels();
  const [params, setParams] = useSearchParams();
  const get = (k: string) => params.get(k) ?? '';
  const measure = (
    ['perThousand', 'ratio', 'signals'].includes(get('mal')) ? get('mal') : 'perThousand'
  ) as Measure;
  const office = get('embete');
  const selected = get('kommune') || null;
  const set = (k: string, v: string) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    setParams(next, { replace: true });
  };
  const from = get('fra');
  const to = get('til');
  const data = useRisk<MapData>(
    withQuery('/api/pictures/map', {
      sector: get('sektor'),
      serviceType: get('tjenestetype'),
      theme: get('tema'),
      from: from ? `${from}-01` : undefined,
      to: to ? monthEnd(to) : undefined,
    }),
  );
  const shapes = useShapes();
  const rows = data.data?.municipalities ?? [];
  const byNumber = useMemo(() => new Map(rows.map((r) => [r.number, r])), [rows]);
  const value = (r: MapMunicipality) =>
    measure === 'perThousand'
      ? (r.perThousand ?? Number.NaN)
      : measure === 'ratio'
        ? (r.ratio ?? Number.NaN)
        : r.signals;
  const breaks = breaksFor(measure, rows.map(value));
  const palette = measure === 'ratio' ? DIVERGING : SEQUENTIAL;
  const fill = (number: string) => {
    const r = byNumber.get(number);
    const v = r ? value(r) : Number.NaN;
    return Number.isFinite(v) ? palette[classOf(v, breaks)]! : NO_DATA;
  };
  const focus = useMemo(
    () => (office ? new Set(rows.filter((r) => r.office === office).map((r) => r.number)) : null),
    [rows, office],
  );
  const chosen = selected ? byNumber.get(selected) : undefined;
  const months = data.data ? lastMonths(data.data.run.asOf, 60) : [];
  const shownRows = office ? rows.filter((r) => r.office === office) : rows;
  const collator = new Intl.Collator('nb');
  const columns: Column<MapMunicipality>[] = [
    {
      key: 'name',
      label: t('map.municipality'),
      value: (r) => r.name,
      display: (r) => (
        <Button
          variant="tertiary"
          data-size="sm"
          onClick={() => set('kommune', r.number)}
          aria-pressed={r.number === selected}
        >
          {r.name}
        </Button>
      ),
    },
    { key: 'number', label: t('map.number'), value: (r) => r.number },
    { key: 'office', label: t('picture.office'), value: (r) => r.office },
    {
      key: 'population',
      label: t('picture.population'),
      value: (r) => r.population,
      display: (r) => fmt.int(r.population),
      numeric: true,
    },
    {
      key: 'cases',
      label: t('map.cases'),
      value: (r) => r.cases,
      display: (r) => fmt.int(r.cases),
      numeric: true,
    },
    {
      key: 'perThousand',
      label: t('picture.perThousand'),
      value: (r) => r.perThousand,
      display: (r) => fmt.two(r.perThousand),
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
    {
      key: 'signals',
      label: t('picture.signals'),
      value: (r) => r.signals,
      display: (r) => fmt.int(r.signals),
      numeric: true,
    },
  ];
  const legend = palette.map((colour, i) => {
    const lo = i === 0 ? null : breaks[i - 1]!;
    const hi = i < breaks.length ? breaks[i]! : null;
    const f = (v: number) => (measure === 'signals' ? fmt.int(v) : fmt.two(v));
    const text = lo === null ? `< ${f(hi!)}` : hi === null ? `≥ ${f(lo)}` : `${f(lo)}–${f(hi)}`;
    return { colour, text };
  });
  const select = (
    id: string,
    label: string,
    key: string,
    options: [string, string][],
    all = t('map.all'),
  ) => (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      <Select id={id} value={get(key)} onChange={(e) => set(key, e.target.value)}>
        <Select.Option value="">{all}</Select.Option>
        {options.map(([v, text]) => (
          <Select.Option key={v} value={v}>
            {text}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
  return (
    <section aria-labelledby="map-heading" className="risk-page">
      <Heading level={2} data-size="sm" id="map-heading">
        {office ? t('map.officeHeading', { office: labels.office(office) }) : t('map.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('map.help')}</Paragraph>
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label={t('map.filters')}>
        {select(
          'map-measure',
          t('map.measure'),
          'mal',
          [
            ['ratio', t('map.measureRatio')],
            ['signals', t('map.measureSignals')],
          ],
          t('map.measurePerThousand'),
        )}
        {select(
          'map-sector',
          t('map.sector'),
          'sektor',
          sectorCodes.map((c) => [c, labels.sector(c)]),
        )}
        {select(
          'map-service',
          t('map.serviceType'),
          'tjenestetype',
          serviceTypeCodes.map((c) => [c, labels.serviceType(c)]),
        )}
        {select(
          'map-theme',
          t('map.theme'),
          'tema',
          themeCodes.map((c) => [c, labels.theme(c)]),
        )}
        {select(
          'map-from',
          t('map.from'),
          'fra',
          months.map((m) => [m, fmt.month(m)]),
          t('map.lastYear'),
        )}
        {select(
          'map-to',
          t('map.to'),
          'til',
          months.map((m) => [m, fmt.month(m)]),
          t('map.runEnd'),
        )}
        {select(
          'map-office',
          t('map.zoom'),
          'embete',
          labels.offices.filter((o) => o.kind !== 'national').map((o) => [o.code, o.name[labels.lang]]),
          t('map.wholeCountry'),
        )}
      </form>
      {!data.data || !shapes.data ? (
        <Loading error={data.error ?? shapes.error} />
      ) : (
        <>
          <Paragraph data-size="sm">
            {t('map.national', {
              cases: fmt.int(data.data.national.cases),
              rate: fmt.two(data.data.national.perThousand),
              from: fmt.date(data.data.filter.from),
              to: fmt.date(data.data.filter.to),
            })}
          </Paragraph>
          <div className="map-layout">
            <figure className="map-figure">
              <MunicipalityMap
                shapes={shapes.data}
                fill={fill}
                focus={focus}
                selected={selected}
                onSelect={(n) => set('kommune', n)}
                label={t('map.label', { measure: t(`map.measureName.${measure}`) })}
              />
              <figcaption>
                <p className="legend-title">{t(`map.measureName.${measure}`)}</p>
                <ul className="map-legend">
                  {legend.map((l) => (
                    <li key={l.colour}>
                      <span className="swatch" style={{ background: l.colour }} />
                      {l.text}
                    </li>
                  ))}
                  <li>
                    <span className="swatch" style={{ background: NO_DATA }} />
                    {t('map.noData')}
                  </li>
                </ul>
                <p className="attribution">{t('map.attribution')}</p>
              </figcaption>
            </figure>
            <div className="map-side">
              {chosen ? (
                <Card data-color="neutral" aria-live="polite">
                  <Heading level={3} data-size="xs">
                    {chosen.name}
                  </Heading>
                  <dl className="facts">
                    {(
                      [
                        [
                          t('picture.office'),
                          <To to={`/risiko/embeter/${chosen.office}`}>{labels.office(chosen.office)}</To>,
                        ],
                        [t('picture.population'), fmt.int(chosen.population)],
                        [t('map.cases'), fmt.int(chosen.cases)],
                        [t('picture.perThousand'), fmt.two(chosen.perThousand)],
                        [t('signal.expected'), fmt.one(chosen.expected)],
                        [t('signal.ratio'), fmt.two(chosen.ratio)],
                        [t('picture.signals'), fmt.int(chosen.signals)],
                      ] as [string, ReactNode][]
                    ).map(([k, v]) => (
                      <div key={k}>
                        <dt>{k}</dt>
                        <dd>{v}</dd>
                      </div>
                    ))}
                  </dl>
                </Card>
              ) : (
                <Paragraph data-size="sm">{t('map.pick')}</Paragraph>
              )}
              <Field>
                <Label htmlFor="map-municipality">{t('map.municipality')}</Label>
                <Select
                  id="map-municipality"
                  value={selected ?? ''}
                  onChange={(e) => set('kommune', e.target.value)}
                >
                  <Select.Option value="">{t('map.none')}</Select.Option>
                  {[...shownRows]
                    .sort((a, b) => collator.compare(a.name, b.name))
                    .map((r) => (
                      <Select.Option key={r.number} value={r.number}>
                        {r.name}
                      </Select.Option>
                    ))}
                </Select>
              </Field>
            </div>
          </div>
          <ChartFrame
            title={t('map.tableHeading')}
            file={`kart-${office || 'norge'}`}
            columns={columns}
            rows={[...shownRows].sort((a, b) => (value(b) || 0) - (value(a) || 0))}
            rowKey={(r) => r.number}
            collapsed
          />
        </>
      )}
    </section>
  );
}
