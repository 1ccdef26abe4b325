import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FRAMES, VOICE, type FrameName } from './frames.ts';
import { PLANS } from './plans.ts';
import { compile, slotsOf } from './templates.ts';
import type { Language, WriterRole } from './types.ts';
import { URGENCY_CUES, URGENCY_FLAGS } from './urgency-cues.ts';
import { SERVICE_VOCABULARY, THEME_VOCABULARY } from './vocabulary.ts';

const taxonomy = JSON.parse(
  readFileSync(new URL('../../../reference/taxonomy.json', import.meta.url), 'utf8'),
) as {
  serviceTypes: { code: string }[];
  themes: { code: string }[];
  urgencyFlags: { code: string }[];
};
const LANGUAGES: readonly Language[] = ['nb', 'nn'];
const ROLES = Object.keys(VOICE) as WriterRole[];

describe('narrative vocabulary', () => {
  it('covers exactly the taxonomy: 22 service types, 22 themes, 6 urgency flags', () => {
    expect(SERVICE_VOCABULARY.map((s) => s.code).sort()).toEqual(
      taxonomy.serviceTypes.map((s) => s.code).sort(),
    );
    expect(THEME_VOCABULARY.map((t) => t.code).sort()).toEqual(taxonomy.themes.map((t) => t.code).sort());
    expect([...URGENCY_FLAGS].sort()).toEqual(taxonomy.urgencyFlags.map((f) => f.code).sort());
    expect(SERVICE_VOCABULARY).toHaveLength(22);
    expect(THEME_VOCABULARY).toHaveLength(22);
  });

  it('gives every service type several phrases of each kind in both language forms', () => {
    for (const service of SERVICE_VOCABULARY) {
      for (const language of LANGUAGES) {
        const words = service[language];
        expect(words.setting.length, `${service.code} ${language} setting`).toBeGreaterThanOrEqual(4);
        expect(words.happened.length, `${service.code} ${language} happened`).toBeGreaterThanOrEqual(4);
        expect(words.place.length).toBeGreaterThanOrEqual(3);
        expect(words.staffIndef.length, `${service.code} ${language} staff`).toBe(words.staff.length);
        expect(words.consequence.length).toBeGreaterThanOrEqual(2);
        expect(words.decision.length).toBeGreaterThanOrEqual(2);
        expect(words.mention.length).toBeGreaterThanOrEqual(2);
        expect(words.keywords.length).toBeGreaterThanOrEqual(3);
        for (const keyword of words.keywords) expect(keyword).toBe(keyword.toLowerCase());
        // The same themes get special sentences in both language forms.
        expect(Object.keys(words.special ?? {}).sort()).toEqual(Object.keys(service.nb.special ?? {}).sort());
      }
      expect(service.related.length).toBeGreaterThan(0);
      expect(service.related).not.toContain(service.code);
    }
  });

  it('gives every theme several phrases of each kind in both language forms', () => {
    for (const theme of THEME_VOCABULARY) {
      for (const language of LANGUAGES) {
        const words = theme[language];
        expect(words.happened.length, `${theme.code} ${language}`).toBeGreaterThanOrEqual(4);
        expect(words.conduct.length).toBeGreaterThanOrEqual(2);
        expect(words.consequence.length).toBeGreaterThanOrEqual(2);
        expect(words.want.length).toBeGreaterThanOrEqual(2);
        expect(words.audit.length).toBeGreaterThanOrEqual(2);
        expect(words.title.length).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('has special sentences only for themes that exist', () => {
    const themeCodes = new Set(THEME_VOCABULARY.map((t) => t.code));
    for (const service of SERVICE_VOCABULARY) {
      for (const code of Object.keys(service.nb.special ?? {}))
        expect(themeCodes.has(code), `${service.code}: ${code}`).toBe(true);
    }
  });

  it('writes borrowable mentions with the writer slots only, since they are read in another service', () => {
    const allowed = new Set(['who', 'whom', 'pron', 'pronObj', 'self', 'i', 'me']);
    for (const service of SERVICE_VOCABULARY) {
      for (const language of LANGUAGES) {
        for (const mention of service[language].mention) {
          for (const slot of slotsOf(compile(mention)))
            expect(allowed.has(slot), `${service.code}: ${mention}`).toBe(true);
        }
      }
    }
  });

  it('ends every sentence with a full stop', () => {
    const sentences: string[] = [];
    for (const service of SERVICE_VOCABULARY) {
      for (const language of LANGUAGES) {
        const words = service[language];
        sentences.push(...words.setting, ...words.happened, ...words.consequence, ...words.mention);
        for (const list of Object.values(words.special ?? {})) sentences.push(...list);
      }
    }
    for (const theme of THEME_VOCABULARY) {
      for (const language of LANGUAGES) {
        const words = theme[language];
        sentences.push(...words.happened, ...words.conduct, ...words.consequence, ...words.want);
      }
    }
    for (const sentence of sentences) expect(sentence.endsWith('.'), sentence).toBe(true);
  });

  it('has a frame sentence for every writer role wherever a plan uses the frame', () => {
    const used = new Set<FrameName>(['want']);
    for (const plan of Object.values(PLANS)) {
      used.add(plan.filler);
      for (const step of plan.steps) if (step.frame) used.add(step.frame);
    }
    for (const language of LANGUAGES) {
      for (const name of used) {
        const byKey = FRAMES[language][name];
        for (const role of ROLES) {
          const list = byKey[role] ?? byKey[VOICE[role]] ?? byKey.any;
          expect(list?.length, `${language} ${name} ${role}`).toBeGreaterThan(0);
        }
      }
    }
  });

  it('has urgency cues for every flag that read right even when the patient writes', () => {
    for (const language of LANGUAGES) {
      for (const flag of URGENCY_FLAGS) {
        const cues = URGENCY_CUES[language][flag] ?? [];
        expect(cues.length, `${language} ${flag}`).toBeGreaterThanOrEqual(3);
        expect(
          cues.some((cue) => cue.selfOk),
          `${language} ${flag}`,
        ).toBe(true);
        for (const cue of cues) expect(cue.text).toContain(cue.words);
      }
    }
  });
});
