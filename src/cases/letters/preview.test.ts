import { describe, expect, it } from 'vitest';
import { composeLetter } from './compose-letter.ts';
import { letterToHtml, letterToPlainText } from './preview.ts';
import { letterInputSchema } from './schema.ts';
import { decision, requestForStatement } from './test-fixtures.ts';

describe('letter previews', () => {
  it('escapes caseworker text in HTML and keeps line breaks', () => {
    const base = decision('nb');
    const letter = composeLetter(
      letterInputSchema.parse({
        ...base,
        reasons: { ...base.reasons, facts: '<script>alert("x")</script> & "sitat"\nneste linje' },
      }),
    );
    const html = letterToHtml(letter);
    expect(html).not.toContain('<script>');
    expect(html).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;sitat&quot;<br>neste linje',
    );
  });

  it('marks up headings h1 → h2 → h3 in order, in the letter language', () => {
    const html = letterToHtml(composeLetter(letterInputSchema.parse(decision('nn'))));
    expect(html).toMatch(/^<article class="letter" lang="nn-NO">/);
    const levels = [...html.matchAll(/<h(\d)>/g)].map((m) => Number(m[1]));
    expect(levels[0]).toBe(1);
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    // No level is skipped on the way down.
    levels.forEach((level, i) => i > 0 && expect(level).toBeLessThanOrEqual((levels[i - 1] ?? 1) + 1));
    expect(levels).toContain(3);
  });

  it('prints the marking, the numbered questions and the signature as plain text', () => {
    const text = letterToPlainText(composeLetter(letterInputSchema.parse(requestForStatement('nb'))));
    expect(text).toContain('Unntatt offentlighet, jf. offentleglova § 13 og forvaltningsloven § 13');
    expect(text).toContain('1. Hvordan ble beboerens ernæring fulgt opp?');
    expect(text).toContain(
      'Med vennlig hilsen\n\nOla Saksbehandler\nseniorrådgiver\nStatsforvalteren i Vestland',
    );
  });
});
