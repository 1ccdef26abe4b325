import { describe, expect, it } from 'vitest';
import { Random } from '../random.ts';
import { sampleInput } from './sample-inputs.ts';
import type { NarrativeInput } from './types.ts';
import { writeNarrative } from './write-narrative.ts';

/** The generator writes up to a million cases; this measures the rate and prints it, without asserting a time. */
describe('narrative throughput', () => {
  it('writes 1,000,000 narratives', () => {
    const inputs: NarrativeInput[] = Array.from({ length: 1000 }, (_, k) => sampleInput(new Random(k)));
    const rng = new Random('throughput');
    const total = 1_000_000;
    let empty = 0;
    let characters = 0;
    const started = performance.now();
    for (let k = 0; k < total; k++) {
      const { text, title } = writeNarrative(rng, inputs[k % inputs.length] as NarrativeInput);
      if (text.length === 0 || title.length === 0) empty++;
      characters += text.length;
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `narratives: ${total.toLocaleString('en')} in ${seconds.toFixed(2)} s = ${Math.round(total / seconds).toLocaleString('en')}/s, ` +
        `mean ${Math.round(characters / total)} characters`,
    );
    expect(empty).toBe(0);
    expect(characters / total).toBeGreaterThan(300);
  });
});
