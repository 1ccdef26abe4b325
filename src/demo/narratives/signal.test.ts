import { describe, expect, it } from 'vitest';
import { Random } from '../random.ts';
import { sampleInput } from './sample-inputs.ts';
import { SERVICE_VOCABULARY } from './vocabulary.ts';
import { writeNarrative } from './write-narrative.ts';

/**
 * The texts must carry the service type, but not trivially. A crude classifier — count each service type's
 * own keywords, take the most frequent, call a tie a miss — should get a clear majority right, and must not
 * get them all: about one text in ten borrows a related service's words and about one in twelve never names
 * its service. (A bag-of-words naive Bayes trained on 40,000 texts gets about 93 % on the same mix.)
 */

const KEYWORDS = SERVICE_VOCABULARY.map((service) => ({
  code: service.code,
  keywords: [...new Set([...service.nb.keywords, ...service.nn.keywords])],
}));

function countOf(text: string, keyword: string): number {
  let count = 0;
  for (let at = text.indexOf(keyword); at >= 0; at = text.indexOf(keyword, at + keyword.length)) count++;
  return count;
}

function classify(text: string): string | undefined {
  const lower = text.toLowerCase();
  let best: string | undefined;
  let bestHits = 0;
  let tie = false;
  for (const { code, keywords } of KEYWORDS) {
    let hits = 0;
    for (const keyword of keywords) hits += countOf(lower, keyword);
    if (hits > bestHits) {
      best = code;
      bestHits = hits;
      tie = false;
    } else if (hits === bestHits && hits > 0) {
      tie = true;
    }
  }
  return tie ? undefined : best;
}

describe('service-type signal in the narratives', () => {
  it('lets a keyword count recover the service type for a clear majority, but not for all', () => {
    const rng = new Random('signal');
    const total = 5000;
    let right = 0;
    for (let k = 0; k < total; k++) {
      const input = sampleInput(rng);
      if (classify(writeNarrative(rng, input).text) === input.serviceType) right++;
    }
    const share = right / total;
    console.log(
      `keyword sanity classifier: ${right} of ${total} service types right (${(share * 100).toFixed(1)} %)`,
    );
    expect(share).toBeGreaterThan(0.75);
    expect(share).toBeLessThan(0.97);
  });
});
