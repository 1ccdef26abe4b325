import { describe, expect, it } from 'vitest';
import { poissonCusumArl } from './cusum.ts';
import { poissonCusumArlGrid, riskAdjustedCusumThreshold } from './cusum-grid.ts';

describe('grid ARL of the Poisson CUSUM', () => {
  it('reproduces the published ARL for h = 10, k = 3 on the unit grid and on a finer grid (exact for integer k)', () => {
    expect(poissonCusumArlGrid({ mean: 2.4, k: 3, h: 10, grid: 1 })).toBeCloseTo(548.3623, 3);
    expect(poissonCusumArlGrid({ mean: 4, k: 3, h: 10, grid: 1 })).toBeCloseTo(10.17663, 4);
    expect(poissonCusumArlGrid({ mean: 2.4, k: 3, h: 10, grid: 4 })).toBeCloseTo(548.3623, 3);
  });

  it('for k = 0, h = 1 is geometric: 1 / P(x ≥ 1)', () => {
    expect(poissonCusumArlGrid({ mean: 0.3, k: 0, h: 1, grid: 1 })).toBeCloseTo(1 / (1 - Math.exp(-0.3)), 10);
  });

  it('a non-integer k lies between the ARLs of its integer neighbours', () => {
    const arl = poissonCusumArlGrid({ mean: 2, k: 2.5, h: 8 });
    expect(arl).toBeGreaterThan(poissonCusumArl({ mean: 2, k: 2, h: 8 }));
    expect(arl).toBeLessThan(poissonCusumArl({ mean: 2, k: 3, h: 8 }));
  });

  it('the risk-adjusted threshold is the smallest grid h that reaches the target ARL', () => {
    const r = riskAdjustedCusumThreshold({ mean: 0.5, rateRatio: 2, targetArl: 2400 });
    expect(r.arl).toBeGreaterThanOrEqual(2400);
    const k = 0.5 / Math.log(2);
    const c = Math.ceil(16 / k);
    const below = poissonCusumArlGrid({ mean: 0.5, k, h: r.h / Math.log(2) - 1 / c, grid: c });
    expect(below).toBeLessThan(2400);
  });
});
