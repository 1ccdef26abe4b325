import { useLayoutEffect, useRef, useState } from 'react';

/** Colours that keep 3:1 against white for marks and 4.5:1 for text (WCAG 1.4.11, 1.4.3). */
export const COLOURS = {
  text: '#1e2b3c',
  grid: '#d5dbe1',
  axis: '#5a6570',
  line: '#0062ba',
  band: '#cfe3f7',
  point: '#5a6570',
  warn: '#9a4d00',
  alarm: '#b3261e',
  expected: '#1e2b3c',
};

export type Scale = ((x: number) => number) & { ticks: number[] };

const niceStep = (span: number, count: number) => {
  const raw = span / Math.max(1, count);
  const p = 10 ** Math.floor(Math.log10(raw));
  const m = raw / p;
  return (m < 1.5 ? 1 : m < 3 ? 2 : m < 7 ? 5 : 10) * p;
};

export function linear(domain: [number, number], range: [number, number], count = 5): Scale {
  const [d0, d1] = domain[0] === domain[1] ? [domain[0] - 1, domain[1] + 1] : domain;
  const f = ((x: number) => range[0] + ((x - d0) / (d1 - d0)) * (range[1] - range[0])) as Scale;
  const step = niceStep(d1 - d0, count);
  f.ticks = [];
  for (let v = Math.ceil(d0 / step) * step; v <= d1 + 1e-9; v += step)
    f.ticks.push(Number(v.toPrecision(12)));
  return f;
}

export function log(domain: [number, number], range: [number, number]): Scale {
  const l0 = Math.log10(domain[0]);
  const l1 = Math.log10(domain[1] === domain[0] ? domain[0] * 10 : domain[1]);
  const f = ((x: number) =>
    range[0] + ((Math.log10(Math.max(x, domain[0])) - l0) / (l1 - l0)) * (range[1] - range[0])) as Scale;
  f.ticks = [];
  for (let e = Math.floor(l0); e <= Math.ceil(l1); e++)
    for (const m of [1, 2, 5]) {
      const v = m * 10 ** e;
      if (v >= domain[0] && v <= domain[1]) f.ticks.push(v);
    }
  return f;
}

/** The width a chart has, so it draws at real pixels and its labels stay readable on a phone. */
export function useWidth<T extends HTMLElement>(fallback = 720) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => setWidth(Math.max(280, Math.floor(el.getBoundingClientRect().width)));
    update();
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}

export const path = (points: readonly [number, number][]) =>
  points.map(([x, y], i) => `${i ? 'L' : 'M'}${x.toFixed(1)},${y.toFixed(1)}`).join('');
