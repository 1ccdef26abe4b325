import { describe, expect, it } from 'vitest';
import { Random } from '../random.ts';
import { VOICE } from './frames.ts';
import { FIRST_NAMES } from './people.ts';
import { sampleInput, SERVICE_CODES, THEME_CODES } from './sample-inputs.ts';
import type { CaseType, Language, Narrative, NarrativeInput, WriterRole } from './types.ts';
import { URGENCY_CUES, URGENCY_FLAGS } from './urgency-cues.ts';
import { writeNarrative } from './write-narrative.ts';

const CASE_TYPES: readonly CaseType[] = [
  'incident_supervision',
  'rights_appeal',
  'serious_incident_notice',
  'personnel_reaction',
  'planned_supervision',
];
const ROLES = Object.keys(VOICE) as WriterRole[];
const LANGUAGES: readonly Language[] = ['nb', 'nn'];

/** A writer who plausibly writes this case type, so every combination is exercised in its usual voice. */
const USUAL_WRITER: Readonly<Record<CaseType, WriterRole>> = {
  incident_supervision: 'next_of_kin',
  rights_appeal: 'patient',
  serious_incident_notice: 'provider',
  personnel_reaction: 'office',
  planned_supervision: 'office',
};

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length > 0);
}

function sentenceCount(text: string): number {
  return text.split('. ').length;
}

/** Every service type × theme × language form × case type, each once. */
function everyCombination(role?: WriterRole): { input: NarrativeInput; narrative: Narrative }[] {
  const rng = new Random('every-combination');
  const out: { input: NarrativeInput; narrative: Narrative }[] = [];
  for (const serviceType of SERVICE_CODES) {
    for (const theme of THEME_CODES) {
      for (const language of LANGUAGES) {
        for (const caseType of CASE_TYPES) {
          const input: NarrativeInput = {
            caseType,
            serviceType,
            themes: [theme],
            language,
            writerRole: role ?? USUAL_WRITER[caseType],
            urgency: [],
          };
          out.push({ input, narrative: writeNarrative(rng, input) });
        }
      }
    }
  }
  return out;
}

describe('writeNarrative', () => {
  it('writes the same narrative from the same generator state and input', () => {
    const inputs = Array.from({ length: 500 }, (_, k) => sampleInput(new Random(k)));
    const first = new Random(2024);
    const second = new Random(2024);
    const a = inputs.map((input) => writeNarrative(first, input));
    const b = inputs.map((input) => writeNarrative(second, input));
    expect(b).toEqual(a);
    // …and a different state gives different texts, so the test above is not comparing constants.
    const other = new Random(2025);
    const c = inputs.map((input) => writeNarrative(other, input));
    expect(c.filter((narrative, k) => narrative.text !== a[k]?.text).length).toBeGreaterThan(450);
  });

  it('writes a whole narrative and title for every service type × theme, in both language forms', () => {
    const all = everyCombination();
    expect(all).toHaveLength(22 * 22 * 2 * 5);
    for (const { input, narrative } of all) {
      const where = `${input.serviceType} ${input.themes[0]} ${input.language} ${input.caseType}`;
      const { text, title } = narrative;
      expect(text.length, where).toBeGreaterThan(200);
      expect(sentenceCount(text), where).toBeGreaterThanOrEqual(3);
      expect(text, where).toMatch(/^\p{Lu}.*\.$/u);
      expect(text, where).not.toMatch(/[{}]|undefined|NaN| {2}|\.\./);
      expect(title.length, where).toBeGreaterThan(5);
      expect(title.length, where).toBeLessThanOrEqual(90);
      expect(title, where).not.toMatch(/[{}]|undefined/);
    }
  });

  it('writes nynorsk without bokmål-only words, and bokmål without nynorsk-only words', () => {
    const bokmalOnly = new Set(
      'ikke jeg hva hvordan hvorfor hvem sykehjemmet sykehjem sykehus sykehuset noen noe fikk ble hjem hjemme mye også bare uten fra hvis selv mer mens dere hennes sammen ansatte tjenesten pasienter uke uker måneder dager'.split(
        ' ',
      ),
    );
    const nynorskOnly = new Set(
      'ikkje eg kva korleis kvifor kven frå sjukeheimen sjukehuset nokon noko vart heime mykje òg berre utan sjølv meir medan tilsette tenesta pasientar veke veker månader dagar'.split(
        ' ',
      ),
    );
    for (const role of ROLES) {
      for (const { input, narrative } of everyCombination(role)) {
        const found = words(`${narrative.title} ${narrative.text}`);
        const forbidden = input.language === 'nn' ? bokmalOnly : nynorskOnly;
        const wrong = found.filter((word) => forbidden.has(word));
        expect(wrong, `${input.language} ${role}: ${narrative.text}`).toEqual([]);
      }
    }
  });

  it('reports each urgency flag asked for, with words that occur in the text', () => {
    const rng = new Random('urgency');
    for (const language of LANGUAGES) {
      for (const role of ROLES) {
        for (const caseType of CASE_TYPES) {
          for (const flag of URGENCY_FLAGS) {
            const input: NarrativeInput = {
              caseType,
              serviceType: rng.pick(SERVICE_CODES),
              themes: [rng.pick(THEME_CODES)],
              language,
              writerRole: role,
              urgency: [flag],
            };
            const { text, urgencyCues } = writeNarrative(rng, input);
            expect(urgencyCues.map((cue) => cue.flag)).toEqual([flag]);
            expect(text).toContain(urgencyCues[0]?.words);
          }
          const everything = writeNarrative(rng, {
            caseType,
            serviceType: 'nursing_home',
            themes: ['coercion'],
            language,
            writerRole: role,
            urgency: [...URGENCY_FLAGS, 'death'],
          });
          expect(everything.urgencyCues.map((cue) => cue.flag)).toEqual([...URGENCY_FLAGS]);
          for (const cue of everything.urgencyCues) expect(everything.text).toContain(cue.words);
        }
      }
    }
  });

  it('keeps the urgency cue words out of texts that asked for no flag', () => {
    const cueWords = new Set<string>();
    for (const language of LANGUAGES) {
      for (const cues of Object.values(URGENCY_CUES[language]))
        for (const cue of cues) cueWords.add(cue.words.toLowerCase());
    }
    const rng = new Random('no-urgency');
    for (let k = 0; k < 5000; k++) {
      const input = { ...sampleInput(rng), urgency: [] };
      const text = writeNarrative(rng, input).text.toLowerCase();
      for (const cue of cueWords) expect(text.includes(cue), `${cue} in: ${text}`).toBe(false);
    }
  });

  it('keeps texts to 3–7 sentences and about 300–700 characters', () => {
    const rng = new Random('length');
    let inRange = 0;
    const total = 5000;
    for (let k = 0; k < total; k++) {
      const input = sampleInput(rng);
      const { text } = writeNarrative(rng, input);
      const sentences = sentenceCount(text);
      expect(sentences).toBeGreaterThanOrEqual(3);
      if (input.urgency.length <= 2) expect(sentences).toBeLessThanOrEqual(7);
      if (text.length >= 280 && text.length <= 700) inRange++;
    }
    expect(inRange / total).toBeGreaterThan(0.97);
  });

  it('names no one but the few fixed first names: capitals mid-sentence are only names of bodies and acronyms', () => {
    const allowed = new Set([
      ...FIRST_NAMES,
      ...'DPS BUP TSB LAR AMK CT ADHD Downs Norge Noreg Nav Statsforvalteren Statsforvaltaren Statens Eksempel AS Eksempelvik'.split(
        ' ',
      ),
    ]);
    const rng = new Random('names');
    for (let k = 0; k < 5000; k++) {
      const { text } = writeNarrative(rng, sampleInput(rng));
      for (const sentence of text.split('. ')) {
        for (const token of sentence.split(' ').slice(1)) {
          const word = token.replace(/[.,:]/g, '').split('-')[0] as string;
          if (/^\p{Lu}/u.test(word)) expect(allowed.has(word), `${word} in: ${sentence}`).toBe(true);
        }
      }
    }
  });

  it('refuses codes it has no words for', () => {
    const rng = new Random(1);
    const input: NarrativeInput = {
      caseType: 'incident_supervision',
      serviceType: 'gp',
      themes: ['medication'],
      language: 'nb',
      writerRole: 'patient',
      urgency: [],
    };
    expect(() => writeNarrative(rng, { ...input, serviceType: 'veterinary' })).toThrow(/service type/);
    expect(() => writeNarrative(rng, { ...input, themes: ['weather'] })).toThrow(/theme/);
    expect(() => writeNarrative(rng, { ...input, urgency: ['fire'] })).toThrow(/urgency flag/);
  });

  it('writes something sensible without any theme', () => {
    const { text, title } = writeNarrative(new Random(3), {
      caseType: 'incident_supervision',
      serviceType: 'home_care',
      themes: [],
      language: 'nn',
      writerRole: 'next_of_kin',
      urgency: [],
    });
    expect(title).toMatch(/^Forhold ved tenesta /);
    expect(text.length).toBeGreaterThan(200);
  });
});
