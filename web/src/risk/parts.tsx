import { Alert, Link, Spinner } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { ApiError } from '../api.ts';
import { ChartFrame, type Column } from './charts/ChartFrame.tsx';
import type { Signal } from './data.ts';
import type { Format, Labels } from './labels.ts';

/** A link inside the app, styled as a Designsystemet link. */
export function To({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Link asChild>
      <RouterLink to={to}>{children}</RouterLink>
    </Link>
  );
}

/** Loading, or the API's own message when a read failed. */
export function Loading({ error }: { error?: unknown }) {
  const { t } = useTranslation('risk');
  if (error)
    return (
      <Alert data-color={error instanceof ApiError && error.status === 404 ? 'info' : 'danger'}>
        {error instanceof Error ? error.message : t('failed')}
      </Alert>
    );
  return <Spinner aria-label={t('loading')} />;
}

export const ratioText = (fmt: Format, s: { ratio: number }) => fmt.two(s.ratio);
export const intervalText = (fmt: Format, i: { lower: number; upper: number; level?: number }) =>
  `${fmt.two(i.lower)}–${fmt.two(i.upper)}`;

/** Where a unit's own page is, when it has one. */
export function unitPath(unitType: string, unitId: string): string | null {
  if (unitType === 'provider') return `/risiko/virksomheter/${unitId}`;
  if (unitType === 'office') return `/risiko/embeter/${unitId}`;
  if (unitType === 'municipality') return `/risiko/kart?kommune=${unitId}`;
  return null;
}

/** The top signals with their evidence; each opens its explanation and assessments. */
export function SignalTable(p: {
  signals: Signal[];
  fmt: Format;
  labels: Labels;
  title: string;
  file: string;
  description?: ReactNode;
}) {
  const { t } = useTranslation('risk');
  const { fmt, labels } = p;
  const columns: Column<Signal>[] = [
    {
      key: 'unit',
      label: t('signal.unit'),
      value: (s) => s.unitLabel,
      display: (s) => (
        <>
          <To to={`/risiko/signaler/${s.id}`}>{s.unitLabel}</To>
          <br />
          <span className="subtle">
            {labels.unitType(s.unitType)}
            {s.serviceType ? ` · ${labels.serviceType(s.serviceType)}` : ''}
            {s.theme ? ` · ${labels.theme(s.theme)}` : ''}
          </span>
        </>
      ),
    },
    { key: 'method', label: t('signal.method'), value: (s) => labels.method(s.method) },
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
      display: (s) => ratioText(fmt, s),
      numeric: true,
    },
    {
      key: 'interval',
      label: t('signal.interval'),
      value: (s) => `${s.interval.lower}–${s.interval.upper} (${s.interval.level})`,
      display: (s) => `${intervalText(fmt, s.interval)} (${fmt.pct(s.interval.level)})`,
      numeric: true,
    },
    {
      key: 'comparison',
      label: t('signal.comparisonGroup'),
      value: (s) => labels.comparison(s.comparison, s.comparisonGroup),
      display: (s) => <span className="subtle">{labels.comparison(s.comparison, s.comparisonGroup)}</span>,
    },
  ];
  return (
    <ChartFrame
      title={p.title}
      description={p.description}
      file={p.file}
      columns={columns}
      rows={p.signals}
      rowKey={(s) => s.id}
      headingLevel={3}
    />
  );
}
