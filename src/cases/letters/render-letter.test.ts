import { describe, expect, it } from 'vitest';
import { composeLetter } from './compose-letter.ts';
import { readPdf } from './read-pdf.ts';
import { FONT_SIZES, keepTogether, renderLetter, renderLetterContent } from './render-letter.ts';
import { LETTER_KINDS, LETTER_LANGUAGES, letterInputSchema, type LetterInputDraft } from './schema.ts';
import { decision, FIXTURES, requestForStatement } from './test-fixtures.ts';

const parse = (draft: LetterInputDraft) => letterInputSchema.parse(draft);
// Lines wrap anywhere and "§ 28" is glued with a no-break space: compare with whitespace collapsed.
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('renderLetter', () => {
  it.each(LETTER_KINDS.flatMap((kind) => LETTER_LANGUAGES.map((language) => [kind, language] as const)))(
    'renders %s in %s as a PDF with title, language and the case number in its text',
    async (kind, language) => {
      const input = parse(FIXTURES[kind](language));
      const pdf = await renderLetter(input);
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const read = readPdf(pdf);
      const letter = composeLetter(input);
      expect(read.info.Title).toBe(letter.title);
      expect(read.info.Subject).toContain('2025/12345');
      expect(read.language).toBe(language === 'nb' ? 'nb-NO' : 'nn-NO');
      expect(read.text).toContain('2025/12345');
      expect(flat(read.text)).toContain(letter.deadline?.formatted);
    },
  );

  it('prints the appeal paragraph of an enkeltvedtak as the party will read it', async () => {
    const text = flat(readPdf(await renderLetter(parse(decision('nb')))).text);
    expect(text).toContain('Du kan klage på vedtaket, jf. forvaltningsloven § 28.');
    expect(text).toContain('Du må sende klagen senest 8. mai 2025.');
    expect(text).toContain(
      'Statens helsepersonellnemnd er klageinstans for vedtaket, jf. helsepersonelloven § 68.',
    );
  });

  it('uses no text smaller than 10 pt, and 11 pt for the body', async () => {
    const read = readPdf(await renderLetter(parse(requestForStatement('nn'))));
    expect(Math.min(...read.fontSizes)).toBeGreaterThanOrEqual(10);
    expect(read.fontSizes).toContain(FONT_SIZES.body);
  });

  it('mirrors the headings in the PDF outline: sections under the title, subsections under their section', async () => {
    const input = parse(decision('nn'));
    const letter = composeLetter(input);
    const [root, ...others] = readPdf(await renderLetter(input)).outline;
    expect(others).toEqual([]);
    expect(root?.title).toBe(letter.title);
    const level2 = letter.sections.filter((s) => s.level === 2 && s.heading).map((s) => s.heading);
    expect(root?.children.map((c) => c.title)).toEqual(level2);
    const reasons = root?.children.find((c) => c.title === 'Grunngiving');
    expect(reasons?.children.map((c) => c.title)).toEqual([
      'Faktiske forhold',
      'Regelverket',
      'Vurderinga vår',
    ]);
  });

  it('numbers pages in the footer in the letter language, and flows long letters onto more pages', async () => {
    const many = Array.from({ length: 30 }, (_, i) => `Spørsmål nummer ${i + 1} om oppfølginga av bebuaren.`);
    const read = readPdf(await renderLetter(parse({ ...requestForStatement('nn'), questions: many })));
    expect(read.pages.length).toBeGreaterThan(1);
    read.pages.forEach((page, i) => expect(page).toContain(`Side ${i + 1} av ${read.pages.length}`));
    // pdfmake draws list numbers after the item text, so the extracted text has "…bebuaren.30." at the end.
    expect(flat(read.text)).toContain('Spørsmål nummer 30 om oppfølginga av bebuaren.30.');
  });

  it('keeps "§" with its number and a day with its month', () => {
    expect(keepTogether('jf. forvaltningsloven § 28 og §§ 18 og 19, innen 8. mai 2025')).toBe(
      'jf. forvaltningsloven §\u00a028 og §§\u00a018 og 19, innen 8.\u00a0mai 2025',
    );
  });

  it('renders fast enough to answer a preview request (printed, not asserted)', async () => {
    const letter = composeLetter(parse(decision('nb')));
    for (let i = 0; i < 5; i++) await renderLetterContent(letter); // warm up fonts and JIT
    const times: number[] = [];
    for (let i = 0; i < 20; i++) {
      const start = performance.now();
      await renderLetterContent(letter);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const at = (q: number) => (times[Math.floor(q * (times.length - 1))] ?? NaN).toFixed(1);
    console.log(`renderLetter (decision, 2 pages) after warm-up: median ${at(0.5)} ms, p90 ${at(0.9)} ms`);
    expect(times.length).toBe(20);
  });
});
