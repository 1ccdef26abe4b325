import taxonomy from '../../../reference/taxonomy.json' with { type: 'json' };
import { FRAMES, type FrameKey, type FrameName, type FrameTable } from './frames.ts';
import { GENERIC_THEME } from './people.ts';
import { CARE_SERVICES } from './services-care.ts';
import { CHILD_WELFARE_SERVICES } from './services-child-welfare.ts';
import { COMMUNITY_SERVICES } from './services-community.ts';
import { DENTAL_SOCIAL_SERVICES } from './services-dental-social.ts';
import { HOSPITAL_SERVICES } from './services-hospital.ts';
import { PRIMARY_SERVICES } from './services-primary.ts';
import { compileAll, type Template } from './templates.ts';
import { CLINICAL_THEMES } from './themes-clinical.ts';
import { CONDUCT_WELFARE_THEMES } from './themes-conduct-welfare.ts';
import { ORGANISATION_THEMES } from './themes-organisation.ts';
import { SAFETY_THEMES } from './themes-safety.ts';
import type {
  Language,
  Phrases,
  ServiceVocabulary,
  ServiceWords,
  ThemeVocabulary,
  ThemeWords,
} from './types.ts';
import { URGENCY_CUES, type CueSentence } from './urgency-cues.ts';

/** All the vocabulary, as written, and compiled once for the writer. */

export const SERVICE_VOCABULARY: readonly ServiceVocabulary[] = [
  ...HOSPITAL_SERVICES,
  ...PRIMARY_SERVICES,
  ...CARE_SERVICES,
  ...COMMUNITY_SERVICES,
  ...DENTAL_SOCIAL_SERVICES,
  ...CHILD_WELFARE_SERVICES,
];

export const THEME_VOCABULARY: readonly ThemeVocabulary[] = [
  ...CLINICAL_THEMES,
  ...SAFETY_THEMES,
  ...ORGANISATION_THEMES,
  ...CONDUCT_WELFARE_THEMES,
];

export interface CompiledServiceWords {
  /** Slot values: plain text. */
  user: Phrases;
  staff: Phrases;
  staffIndef: Phrases;
  place: Phrases;
  unit: Phrases;
  decision: Phrases;
  /** Sentences. */
  setting: readonly Template[];
  happened: readonly Template[];
  consequence: readonly Template[];
  mention: readonly Template[];
  special: ReadonlyMap<string, readonly Template[]>;
}

export interface CompiledService {
  code: string;
  childService: boolean;
  related: readonly string[];
  nb: CompiledServiceWords;
  nn: CompiledServiceWords;
}

export interface CompiledThemeWords {
  code: string;
  /** Title phrases, and the taxonomy label used in planned-supervision titles. */
  title: Phrases;
  topic: string;
  audit: Phrases;
  happened: readonly Template[];
  conduct: readonly Template[];
  consequence: readonly Template[];
  want: readonly Template[];
}

export interface CompiledCue {
  template: Template;
  words: string;
}

/** Slot values are pasted into sentences as they are, so they must not hold slots of their own. */
function plain(list: Phrases, where: string): Phrases {
  for (const value of list)
    if (value.includes('{') || value.includes('}'))
      throw new Error(`slot in a plain value (${where}): ${value}`);
  if (list.length === 0) throw new Error(`empty list: ${where}`);
  return list;
}

function sentences(list: Phrases, where: string): Template[] {
  if (list.length === 0) throw new Error(`empty list: ${where}`);
  return compileAll(list);
}

function compileServiceWords(words: ServiceWords, where: string): CompiledServiceWords {
  const special = new Map<string, Template[]>();
  for (const [theme, list] of Object.entries(words.special ?? {}))
    special.set(theme, sentences(list, `${where} special ${theme}`));
  return {
    user: plain(words.user, `${where} user`),
    staff: plain(words.staff, `${where} staff`),
    staffIndef: plain(words.staffIndef, `${where} staffIndef`),
    place: plain(words.place, `${where} place`),
    unit: plain(words.unit, `${where} unit`),
    decision: plain(words.decision, `${where} decision`),
    setting: sentences(words.setting, `${where} setting`),
    happened: sentences(words.happened, `${where} happened`),
    consequence: sentences(words.consequence, `${where} consequence`),
    mention: sentences(words.mention, `${where} mention`),
    special,
  };
}

function compileThemeWords(code: string, words: ThemeWords, topic: string): CompiledThemeWords {
  return {
    code,
    title: plain(words.title, `${code} title`),
    topic,
    audit: plain(words.audit, `${code} audit`),
    happened: sentences(words.happened, `${code} happened`),
    conduct: sentences(words.conduct, `${code} conduct`),
    consequence: sentences(words.consequence, `${code} consequence`),
    want: sentences(words.want, `${code} want`),
  };
}

interface Label {
  code: string;
  nb: string;
  nn?: string;
}

const THEME_LABELS = new Map<string, Label>((taxonomy.themes as Label[]).map((theme) => [theme.code, theme]));

function topicOf(code: string, language: Language): string {
  const label = THEME_LABELS.get(code);
  const text = label ? (language === 'nn' ? (label.nn ?? label.nb) : label.nb) : code;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

export const SERVICES: ReadonlyMap<string, CompiledService> = new Map(
  SERVICE_VOCABULARY.map((service) => [
    service.code,
    {
      code: service.code,
      childService: service.childService ?? false,
      related: service.related,
      nb: compileServiceWords(service.nb, `${service.code} nb`),
      nn: compileServiceWords(service.nn, `${service.code} nn`),
    },
  ]),
);

for (const service of SERVICE_VOCABULARY) {
  for (const related of service.related)
    if (!SERVICES.has(related)) throw new Error(`${service.code}: unknown related ${related}`);
}

export const THEMES: Readonly<Record<Language, ReadonlyMap<string, CompiledThemeWords>>> = {
  nb: new Map(
    THEME_VOCABULARY.map((theme) => [
      theme.code,
      compileThemeWords(theme.code, theme.nb, topicOf(theme.code, 'nb')),
    ]),
  ),
  nn: new Map(
    THEME_VOCABULARY.map((theme) => [
      theme.code,
      compileThemeWords(theme.code, theme.nn, topicOf(theme.code, 'nn')),
    ]),
  ),
};

export const FALLBACK_THEME: Readonly<Record<Language, CompiledThemeWords>> = {
  nb: compileThemeWords('generic', GENERIC_THEME.nb, GENERIC_THEME.nb.title[0] as string),
  nn: compileThemeWords('generic', GENERIC_THEME.nn, GENERIC_THEME.nn.title[0] as string),
};

export type CompiledFrames = Readonly<
  Record<FrameName, Readonly<Partial<Record<FrameKey, readonly Template[]>>>>
>;

function compileFrames(table: FrameTable): CompiledFrames {
  const compiled: Partial<Record<FrameName, Partial<Record<FrameKey, Template[]>>>> = {};
  for (const [name, byKey] of Object.entries(table) as [FrameName, Partial<Record<FrameKey, Phrases>>][]) {
    const keys: Partial<Record<FrameKey, Template[]>> = {};
    for (const [key, list] of Object.entries(byKey) as [FrameKey, Phrases][])
      keys[key] = sentences(list, `frame ${name} ${key}`);
    compiled[name] = keys;
  }
  return compiled as CompiledFrames;
}

export const COMPILED_FRAMES: Readonly<Record<Language, CompiledFrames>> = {
  nb: compileFrames(FRAMES.nb),
  nn: compileFrames(FRAMES.nn),
};

function compileCues(cues: readonly CueSentence[], selfWriter: boolean): CompiledCue[] {
  for (const cue of cues) {
    // The cue words are reported as occurring in the text, so they must be literal text of the sentence.
    if (!cue.text.includes(cue.words) || cue.words.includes('{'))
      throw new Error(`cue words not literal in: ${cue.text}`);
  }
  return cues
    .filter((cue) => !selfWriter || cue.selfOk)
    .map((cue) => ({ template: sentences([cue.text], cue.text)[0] as Template, words: cue.words }));
}

/** Cue sentences by language and flag; `self` holds those that read right when the patient writes. */
export const CUES: Readonly<
  Record<Language, ReadonlyMap<string, { any: CompiledCue[]; self: CompiledCue[] }>>
> = {
  nb: new Map(
    Object.entries(URGENCY_CUES.nb).map(([flag, cues]) => [
      flag,
      { any: compileCues(cues, false), self: compileCues(cues, true) },
    ]),
  ),
  nn: new Map(
    Object.entries(URGENCY_CUES.nn).map(([flag, cues]) => [
      flag,
      { any: compileCues(cues, false), self: compileCues(cues, true) },
    ]),
  ),
};
