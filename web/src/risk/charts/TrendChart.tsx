import { useTranslation } from 'react-i18next';
import type { TrendPoint } from '../data.ts';
import type { Format } from '../labels.ts';
import { COLOURS, linear, path, useWidth } from './scale.ts';

/**
 * Observed / expected per month, with the EWMA and its band, and the months where the CUSUM alarmed.
 * The numbers are in the frame's table; the chart says in its label what it shows.
 */
export function TrendChart({ points, fmt }: { points: TrendPoint[]; fmt: Format }) {
  const { t } = useTranslation('risk');
  const { ref, width } = useWidth<HTMLDivElement>();
  const height = 260;
  const m = { left: 44, right: 12, top: 16, bottom: 36 };
  const values = points.flatMap((p) => [p.ratio, p.lower, p.upper]).filter(Number.isFinite);
  const y = linear(
    [Math.min(0.5, ...values) * 0.95, Math.max(1.5, ...values) * 1.05],
    [height - m.bottom, m.top],
  );
  const x = (i: number) => m.left + (i / Math.max(1, points.length - 1)) * (width - m.left - m.right);
  const band =
    path(points.map((p, i) => [x(i), y(p.upper)])) +
    points
      .map((p, i) => [x(i), y(p.lower)] as [number, number])
      .reverse()
      .map(([a, b]) => `L${a.toFixed(1)},${b.toFixed(1)}`)
      .join('') +
    'Z';
  const alarms = points.filter((p) => p.alarm).length;
  const years = points.map((p, i) => ({ p, i })).filter(({ p }) => p.month.endsWith('-01'));
  const label = t('trend.summary', {
    from: points[0] ? fmt.month(points[0].month) : '',
    to: points.at(-1) ? fmt.month(points.at(-1)!.month) : '',
    last: fmt.two(points.at(-1)?.ewma),
    alarms,
  });
  return (
    <div ref={ref}>
      <svg width={width} height={height} role="img" aria-label={label} className="chart">
        {y.ticks.map((v) => (
          <g key={v}>
            <line x1={m.left} x2={width - m.right} y1={y(v)} y2={y(v)} stroke={COLOURS.grid} />
            <text x={m.left - 6} y={y(v) + 4} textAnchor="end" fontSize={12} fill={COLOURS.text}>
              {fmt.two(v)}
            </text>
          </g>
        ))}
        {years.map(({ p, i }) => (
          <text key={p.month} x={x(i)} y={height - 12} fontSize={12} textAnchor="middle" fill={COLOURS.text}>
            {p.month.slice(0, 4)}
          </text>
        ))}
        <path d={band} fill={COLOURS.band} />
        <line
          x1={m.left}
          x2={width - m.right}
          y1={y(1)}
          y2={y(1)}
          stroke={COLOURS.axis}
          strokeDasharray="4 3"
        />
        {points.map((p, i) => (
          <circle key={p.month} cx={x(i)} cy={y(p.ratio)} r={2.5} fill={COLOURS.point} />
        ))}
        <path
          d={path(points.map((p, i) => [x(i), y(p.ewma)]))}
          fill="none"
          stroke={COLOURS.line}
          strokeWidth={2}
        />
        {points.map((p, i) =>
          p.alarm ? (
            <path
              key={`a${p.month}`}
              d={`M${x(i)},${m.top + 2}l-6,10h12z`}
              fill={COLOURS.alarm}
              aria-hidden="true"
            />
          ) : null,
        )}
      </svg>
      <ul className="chart-legend" aria-hidden="true">
        <li>
          <span className="swatch" style={{ background: COLOURS.point, borderRadius: '50%' }} />
          {t('trend.legendRatio')}
        </li>
        <li>
          <span className="swatch line" style={{ background: COLOURS.line }} />
          {t('trend.legendEwma')}
        </li>
        <li>
          <span className="swatch" style={{ background: COLOURS.band }} />
          {t('trend.legendBand')}
        </li>
        <li>
          <span className="swatch triangle" style={{ borderBottomColor: COLOURS.alarm }} />
          {t('trend.legendAlarm')}
        </li>
      </ul>
    </div>
  );
}
