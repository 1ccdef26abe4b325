import { useTranslation } from 'react-i18next';
import type { Format } from '../labels.ts';
import { COLOURS, linear, useWidth } from './scale.ts';

export interface YearBar {
  year: number;
  cases: number;
  expected: number;
  findings: number;
}

/** Cases per year as bars, the peers' expected count as a mark on each, findings as a second, darker bar. */
export function YearChart({ rows, fmt, label }: { rows: YearBar[]; fmt: Format; label: string }) {
  const { t } = useTranslation('risk');
  const { ref, width } = useWidth<HTMLDivElement>();
  const height = 240;
  const m = { left: 40, right: 12, top: 12, bottom: 30 };
  const y = linear(
    [0, Math.max(4, ...rows.flatMap((r) => [r.cases, r.expected])) * 1.1],
    [height - m.bottom, m.top],
  );
  const slot = (width - m.left - m.right) / Math.max(1, rows.length);
  const bar = Math.min(48, slot * 0.35);
  return (
    <div ref={ref}>
      <svg width={width} height={height} role="img" aria-label={label} className="chart">
        {y.ticks.map((v) => (
          <g key={v}>
            <line x1={m.left} x2={width - m.right} y1={y(v)} y2={y(v)} stroke={COLOURS.grid} />
            <text x={m.left - 6} y={y(v) + 4} textAnchor="end" fontSize={12} fill={COLOURS.text}>
              {fmt.int(v)}
            </text>
          </g>
        ))}
        {rows.map((r, i) => {
          const cx = m.left + slot * (i + 0.5);
          return (
            <g key={r.year}>
              <rect x={cx - bar} y={y(r.cases)} width={bar} height={y(0) - y(r.cases)} fill={COLOURS.line} />
              <rect
                x={cx + 2}
                y={y(r.findings)}
                width={bar * 0.6}
                height={y(0) - y(r.findings)}
                fill={COLOURS.warn}
              />
              <line
                x1={cx - bar - 6}
                x2={cx + 6}
                y1={y(r.expected)}
                y2={y(r.expected)}
                stroke={COLOURS.text}
                strokeWidth={3}
              />
              <text x={cx} y={height - 10} textAnchor="middle" fontSize={12} fill={COLOURS.text}>
                {r.year}
              </text>
            </g>
          );
        })}
      </svg>
      <ul className="chart-legend" aria-hidden="true">
        <li>
          <span className="swatch" style={{ background: COLOURS.line }} />
          {t('provider.legendCases')}
        </li>
        <li>
          <span className="swatch line" style={{ background: COLOURS.text }} />
          {t('provider.legendExpected')}
        </li>
        <li>
          <span className="swatch" style={{ background: COLOURS.warn }} />
          {t('provider.legendFindings')}
        </li>
      </ul>
    </div>
  );
}
