import { describe, expect, it } from 'vitest';
import { describeProcessing, roughDuration } from './expected-processing.ts';

describe('expected processing time in plain language', () => {
  it('says days, weeks or months as people do', () => {
    expect(roughDuration(3).nb).toBe('3 dager');
    expect(roughDuration(20).nn).toBe('3 veker');
    expect(roughDuration(30).en).toBe('4 weeks');
    expect(roughDuration(61).nb).toBe('2 måneder');
    expect(roughDuration(45).nb).toBe('6 uker');
    expect(roughDuration(182).en).toBe('6 months');
  });

  it('gives the median and the 10th–90th percentile range with the number of cases behind them', () => {
    const d = describeProcessing(82, 35.2, 91.6, 243.4);
    expect(d).toMatchObject({ basedOnCases: 82, medianDays: 92, p10Days: 35, p90Days: 243 });
    expect(d.text.nb).toBe(
      'Saker som din tar vanligvis omtrent 3 måneder her. Åtte av ti blir avgjort på mellom 5 uker og 8 måneder. ' +
        'Det viser de 82 sakene av samme type som dette embetet har avgjort de siste tre årene.',
    );
  });

  it('says so instead of guessing when fewer than ten cases were decided', () => {
    const d = describeProcessing(9, 10, 20, 30);
    expect(d.medianDays).toBeNull();
    expect(d.text.en).toBe(
      'This office has decided too few cases of this type for us to say how long it usually takes.',
    );
  });
});
