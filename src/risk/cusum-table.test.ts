import { describe, expect, it } from 'vitest';
import { CUSUM_TABLE } from './cusum-table.ts';
import { thresholdFor } from './monitor.ts';
import { DEFAULT_PARAMETERS } from './parameters.ts';
import { riskAdjustedCusumThreshold } from './stats/cusum-grid.ts';
import { targetArlForBudget } from './stats/index.ts';

describe('the shipped CUSUM threshold table', () => {
  it('is for the default parameters (regenerate with `npx tsx scripts/cusum-table.ts` when they change)', () => {
    expect(CUSUM_TABLE.rateRatio).toBe(DEFAULT_PARAMETERS.rateRatio);
    expect(CUSUM_TABLE.targetArl).toBe(targetArlForBudget(DEFAULT_PARAMETERS.falseAlarmsPerUnitYear));
  });

  it('holds exactly what the solver gives at every grid step', () => {
    CUSUM_TABLE.thresholds.forEach((h, i) => {
      const mean = 10 ** ((CUSUM_TABLE.firstStep + i) / 12);
      expect(h).toBe(
        riskAdjustedCusumThreshold({
          mean,
          rateRatio: CUSUM_TABLE.rateRatio,
          targetArl: CUSUM_TABLE.targetArl,
        }).h,
      );
    });
  });

  it('is what thresholdFor answers from, the larger of the two neighbouring steps', () => {
    // 0.7 cases a month lies between steps −2 and −1 (0.681 and 0.825).
    const at = (step: number) => CUSUM_TABLE.thresholds[step - CUSUM_TABLE.firstStep]!;
    expect(thresholdFor(0.7, CUSUM_TABLE.rateRatio, CUSUM_TABLE.targetArl)).toBe(Math.max(at(-2), at(-1)));
  });
});
