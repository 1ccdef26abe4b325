import { useTranslation } from 'react-i18next';
import type { Band, Limits } from '../data.ts';
import type { Format } from '../labels.ts';
import { COLOURS, linear, log, path, useWidth } from './scale.ts';

export interface FunnelDot {
  key: string | number;
  expected: number;
  ratio: number;
  band: Band;
  /** Drawn beside the dot (offices); providers are too many to name. */
  tag?: string;
  onSelect?: () => void;
}

const bandColour = (b: Band) =>
  b === 'within' ? COLOURS.point : b.endsWith('99.8') ? COLOURS.alarm : COLOURS.warn;

/**
 * A funnel plot: each unit's observed / expected against its expected count (log scale), with the 95 % and
 * 99.8 % limits around 1. Ratios above the top of the chart are drawn on its edge.
 */
export function FunnelChart(p: {
  dots: FunnelDot[];
  curve: (Limits & { expected: number })[];
  fmt: Format;
  label: string;
  xLabel: string;
}) {
  const { t } = useTranslation('risk');
  const { ref, width } = useWidth<HTMLDivElement>();
  const height = 300;
  const m = { left: 44, right: 16, top: 14, bottom: 44 };
  const xs = p.dots.map((d) => d.expected).filter((v) => v > 0);
  const xDomain: [number, number] = [Math.max(0.1, Math.min(...xs) * 0.8), Math.max(1, ...xs) * 1.25];
  const ratios = p.dots.map((d) => d.ratio).sort((a, b) => a - b);
  const high = ratios[Math.floor(ratios.length * 0.99)] ?? 2;
  const yMax = Math.min(6, Math.max(2, high * 1.1));
  const x = log(xDomain, [m.left, width - m.right]);
  const y = linear([0, yMax], [height - m.bottom, m.top]);
  const clip = (v: number) => y(Math.min(yMax, Math.max(0, v)));
  const curve = p.curve.filter((c) => c.expected >= xDomain[0] && c.expected <= xDomain[1]);
  const line = (k: keyof Limits) => path(curve.map((c) => [x(c.expected), clip(c[k])]));
  return (
    <div ref={ref}>
      <svg width={width} height={height} role="img" aria-label={p.label} className="chart">
        {y.ticks.map((v) => (
          <g key={`y${v}`}>
            <line x1={m.left} x2={width - m.right} y1={y(v)} y2={y(v)} stroke={COLOURS.grid} />
            <text x={m.left - 6} y={y(v) + 4} textAnchor="end" fontSize={12} fill={COLOURS.text}>
              {fmt(p.fmt, v)}
            </text>
          </g>
        ))}
        {x.ticks.map((v) => (
          <text key={`x${v}`} x={x(v)} y={height - 26} textAnchor="middle" fontSize={12} fill={COLOURS.text}>
            {v < 1 ? p.fmt.one(v) : p.fmt.int(v)}
          </text>
        ))}
        <text
          x={(m.left + width - m.right) / 2}
          y={height - 6}
          textAnchor="middle"
          fontSize={12}
          fill={COLOURS.text}
        >
          {p.xLabel}
        </text>
        <line x1={m.left} x2={width - m.right} y1={y(1)} y2={y(1)} stroke={COLOURS.expected} />
        <path d={line('upper95')} fill="none" stroke={COLOURS.warn} strokeDasharray="5 3" />
        <path d={line('lower95')} fill="none" stroke={COLOURS.warn} strokeDasharray="5 3" />
        <path d={line('upper998')} fill="none" stroke={COLOURS.alarm} strokeWidth={1.5} />
        <path d={line('lower998')} fill="none" stroke={COLOURS.alarm} strokeWidth={1.5} />
        {p.dots.map((d) => (
          <g key={d.key} onClick={d.onSelect} className={d.onSelect ? 'clickable' : undefined}>
            <circle
              cx={x(Math.max(d.expected, xDomain[0]))}
              cy={clip(d.ratio)}
              r={d.tag ? 5 : 3.5}
              fill={bandColour(d.band)}
              fillOpacity={d.band === 'within' && !d.tag ? 0.55 : 1}
            />
            {d.tag && (
              <text
                x={x(Math.max(d.expected, xDomain[0])) + 7}
                y={clip(d.ratio) + 4}
                fontSize={12}
                fill={COLOURS.text}
              >
                {d.tag}
              </text>
            )}
          </g>
        ))}
      </svg>
      <ul className="chart-legend" aria-hidden="true">
        <li>
          <span className="swatch line dashed" style={{ borderTopColor: COLOURS.warn }} />
          {t('funnel.limit95')}
        </li>
        <li>
          <span className="swatch line" style={{ background: COLOURS.alarm }} />
          {t('funnel.limit998')}
        </li>
        <li>
          <span className="swatch" style={{ background: COLOURS.alarm, borderRadius: '50%' }} />
          {t('funnel.outside998')}
        </li>
        <li>
          <span className="swatch" style={{ background: COLOURS.warn, borderRadius: '50%' }} />
          {t('funnel.outside95')}
        </li>
      </ul>
    </div>
  );
}

const fmt = (f: Format, v: number) => (Number.isInteger(v) ? f.int(v) : f.one(v));
