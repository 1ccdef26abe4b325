import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../domain/calendar/local-date.ts';
import { composeLetter } from './compose-letter.ts';
import { letterToHtml, letterToPlainText } from './preview.ts';
import { renderLetter } from './render-letter.ts';
import {
  APPEAL_ROUTES,
  DECISION_TYPES,
  DELAY_REASONS,
  LETTER_KINDS,
  LETTER_LANGUAGES,
  letterInputSchema,
  STATEMENT_RECIPIENT_ROLES,
  type AppealRoute,
} from './schema.ts';

// Any text, including emoji, combining marks, right-to-left script and markup; the schema decides what is
// valid (it trims, refuses line breaks in single-line fields and national id numbers anywhere).
const anyText = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 120 });
const lines = fc.array(anyText, { minLength: 1, maxLength: 4 });
const offset = fc.integer({ min: 1, max: 400 });

/** Raw requests shaped like the schema, with dates that mostly satisfy its cross-field rules. */
const rawLetter = fc
  .record({
    kind: fc.constantFrom(...LETTER_KINDS),
    language: fc.constantFrom(...LETTER_LANGUAGES),
    letterDate: fc.integer({ min: 0, max: 3650 }).map((d) => addDays('2020-01-01', d)),
    text: anyText,
    lines,
    optionalText: fc.option(anyText, { nil: undefined }),
    digital: fc.boolean(),
    flag: fc.boolean(),
    offsets: fc.tuple(offset, offset),
    delayReasons: fc.uniqueArray(fc.constantFrom(...DELAY_REASONS), { maxLength: DELAY_REASONS.length }),
    role: fc.constantFrom(...STATEMENT_RECIPIENT_ROLES),
    decisionType: fc.constantFrom(...DECISION_TYPES),
    route: fc.constantFrom(...(Object.keys(APPEAL_ROUTES) as AppealRoute[])),
  })
  .map((r) => {
    const later = addDays(r.letterDate, r.offsets[0]);
    const appealDeadline = addDays(r.letterDate, 7 * APPEAL_ROUTES[r.route].weeks + r.offsets[1] - 1);
    return {
      kind: r.kind,
      language: r.language,
      sender: { name: r.text, addressLines: r.lines, phone: r.optionalText },
      recipient: { name: r.text, address: r.digital ? 'digital' : r.lines },
      caseNumber: r.text.slice(0, 40),
      ourReference: r.optionalText?.slice(0, 60),
      letterDate: r.letterDate,
      subject: r.optionalText,
      caseworker: { name: r.text, title: r.optionalText?.slice(0, 100) },
      confidential: r.flag,
      // Every kind's fields are given; the strict schema refuses those foreign to the kind, so drop them.
      ...{
        interim_reply: {
          receivedOn: r.letterDate,
          expectedAnswerBy: later,
          delayReasons: r.delayReasons,
          delayExplanation: r.optionalText,
        },
        request_for_statement: {
          recipientRole: r.role,
          caseSummary: r.text,
          questions: r.lines,
          requestedDocuments: r.lines,
          responseDeadline: later,
          shareWithComplainant: r.flag,
        },
        advance_notice: {
          consideredDecision: r.text,
          consideredLegalBasis: r.lines,
          facts: r.text,
          commentDeadline: later,
        },
        decision: {
          decisionType: r.decisionType,
          outcomeLabel: r.text,
          outcomeText: r.optionalText,
          legalBasis: r.lines,
          reasons: { facts: r.text, rules: r.optionalText, considerations: r.text },
          appeal:
            r.decisionType === 'individual_decision'
              ? { route: r.route, deadline: appealDeadline, body: r.optionalText }
              : undefined,
        },
      }[r.kind],
    };
  });

describe('composeLetter on any valid input', () => {
  it('never throws, and every view carries the title and the case number', () => {
    let valid = 0;
    fc.assert(
      fc.property(rawLetter, (raw) => {
        const parsed = letterInputSchema.safeParse(raw);
        fc.pre(parsed.success);
        if (!parsed.success) return;
        valid++;
        const letter = composeLetter(parsed.data);
        expect(letter.title.length).toBeGreaterThan(0);
        expect(letterToPlainText(letter)).toContain(parsed.data.caseNumber);
        expect(letterToHtml(letter)).toContain('</article>');
      }),
      { numRuns: 400 },
    );
    // The generator must exercise the composer, not only the schema's refusals.
    expect(valid).toBeGreaterThan(100);
  });

  it('renders a PDF for any valid input, whatever characters the caseworker typed', async () => {
    await fc.assert(
      fc.asyncProperty(rawLetter, async (raw) => {
        const parsed = letterInputSchema.safeParse(raw);
        fc.pre(parsed.success);
        if (!parsed.success) return;
        const pdf = await renderLetter(parsed.data);
        expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      }),
      { numRuns: 15 },
    );
  });
});
