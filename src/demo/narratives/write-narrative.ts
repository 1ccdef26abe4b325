import type { Random } from '../random.ts';
import { TITLES, VOICE, type FrameName } from './frames.ts';
import {
  FIRST_NAMES,
  PEOPLE,
  VAGUE_SERVICE,
  type Person,
  type PeopleWords,
  type Relation,
} from './people.ts';
import { MAX_CHARS, MAX_SENTENCES, MIN_CHARS, PLANS, VAGUE_RATE, type Step } from './plans.ts';
import { compile, render, SlotValues, type Template } from './templates.ts';
import type { CaseType, Language, Narrative, NarrativeInput, UrgencyCue, WriterRole } from './types.ts';
import {
  COMPILED_FRAMES,
  CUES,
  FALLBACK_THEME,
  SERVICES,
  THEMES,
  type CompiledFrames,
  type CompiledService,
  type CompiledServiceWords,
  type CompiledThemeWords,
} from './vocabulary.ts';

/**
 * Writes the free text of a synthetic complaint, notice, appeal, personnel case or audit. All choices are
 * drawn from `rng` in a fixed order, so the same generator state and input give the same narrative.
 */

const MAX_TITLE = 90;
/** How often the first theme's sentence is the service's own version of it, when it has one. */
const SPECIAL_RATE = 0.6;
/** How often a sentence refers to the person served as "han"/"hun" once they have been named. */
const PRONOUN_RATE = 0.5;

const TITLE_TEMPLATES: Readonly<Record<Language, Readonly<Record<CaseType, Template>>>> = {
  nb: compileTitles('nb'),
  nn: compileTitles('nn'),
};

function compileTitles(language: Language): Record<CaseType, Template> {
  const titles = TITLES[language];
  return {
    incident_supervision: compile(titles.incident_supervision),
    rights_appeal: compile(titles.rights_appeal),
    serious_incident_notice: compile(titles.serious_incident_notice),
    personnel_reaction: compile(titles.personnel_reaction),
    planned_supervision: compile(titles.planned_supervision),
  };
}

/** Everything one narrative's parts need. */
interface Context {
  rng: Random;
  input: NarrativeInput;
  language: Language;
  service: CompiledService;
  words: CompiledServiceWords;
  themes: readonly CompiledThemeWords[];
  frames: CompiledFrames;
  values: SlotValues;
  /** The first theme's sentence, so a second one from the same theme differs from it. */
  firstPick?: Template;
  /** The person served, by name and by pronoun; after a kept sentence has named them, a pronoun may do. */
  person: Person;
  /** The narrative never names its service: no scene, no service event, generic place and staff. */
  vague: boolean;
  introduced: boolean;
  usingPronoun: boolean;
}

export function writeNarrative(rng: Random, input: NarrativeInput): Narrative {
  const language = input.language;
  if (language !== 'nb' && language !== 'nn')
    throw new Error(`narratives are written in nb or nn, not ${String(language)}`);
  const service = SERVICES.get(input.serviceType);
  if (!service) throw new Error(`no narrative vocabulary for service type ${input.serviceType}`);
  const words = service[language];
  const themes = resolveThemes(input.themes, language);
  const values = new SlotValues();
  const ctx: Context = {
    rng,
    input,
    language,
    service,
    words,
    themes,
    frames: COMPILED_FRAMES[language],
    values,
    person: PEOPLE[language].self,
    vague: false,
    introduced: false,
    usingPronoun: false,
  };
  fillSlots(ctx);

  const texts: string[] = [];
  const keep: boolean[] = [];
  const urgencyCues: UrgencyCue[] = [];
  const plan = PLANS[input.caseType];
  if (!plan) throw new Error(`unknown case type ${input.caseType}`);
  for (const step of plan.steps) {
    const drawn = step.chance >= 1 || rng.chance(step.chance);
    if (!drawn) continue;
    const required = step.keep === true || step.chance >= 1;
    writePart(ctx, step, texts, keep, required, urgencyCues);
  }

  const chosen = fit(texts, keep);
  let length = chosen.reduce((sum, text) => sum + text.length + 1, 0);
  for (let attempt = 0; attempt < 6 && length < MIN_CHARS && chosen.length < MAX_SENTENCES; attempt++) {
    const filler = render(rng.pick(frame(ctx, plan.filler)), values);
    if (chosen.includes(filler)) continue;
    chosen.splice(chosen.length - 1, 0, filler);
    length += filler.length + 1;
  }

  return { title: writeTitle(ctx), text: chosen.join(' '), urgencyCues };
}

function resolveThemes(codes: readonly string[], language: Language): CompiledThemeWords[] {
  const themes: CompiledThemeWords[] = [];
  for (const code of codes) {
    const theme = THEMES[language].get(code);
    if (!theme) throw new Error(`no narrative vocabulary for theme ${code}`);
    if (!themes.includes(theme)) themes.push(theme);
  }
  if (themes.length === 0) themes.push(FALLBACK_THEME[language]);
  return themes;
}

function thirdPerson(who: string, masculine: boolean, people: PeopleWords): Person {
  const [pron, pronObj] = masculine ? people.he : people.she;
  return { who, whom: who, pron, pronObj, self: people.reflexive };
}

function relationPerson(rng: Random, relation: Relation, people: PeopleWords): Person {
  const masculine = relation.gender === 'x' ? rng.chance(0.5) : relation.gender === 'm';
  return thirdPerson(relation.who, masculine, people);
}

function fillSlots(ctx: Context): void {
  const { rng, input, values } = ctx;
  const people = PEOPLE[ctx.language];
  ctx.vague = rng.chance(VAGUE_RATE);
  const words = ctx.vague ? VAGUE_SERVICE[ctx.language] : ctx.words;
  const role: WriterRole = input.writerRole;
  let we = role === 'provider' || role === 'office';
  let person: Person;
  if (role === 'patient') {
    person = people.self;
  } else if (role === 'next_of_kin' || role === 'parent') {
    const relations =
      role === 'parent' ? people.children : ctx.service.childService ? people.childKin : people.adultKin;
    const relation = rng.pick(relations);
    if (relation.writer === 'we') we = true;
    person = relationPerson(rng, relation, people);
  } else {
    person = thirdPerson(rng.pick(words.user), rng.chance(0.5), people);
  }
  ctx.person = person;
  values.set('who', person.who);
  values.set('whom', person.whom);
  values.set('pron', person.pron);
  values.set('pronObj', person.pronObj);
  values.set('self', person.self);
  values.set('i', we ? people.we : people.i);
  values.set('me', we ? people.us : people.me);

  // One staff member throughout: "en pleier" in the opening is "pleieren" afterwards.
  const staff = Math.floor(rng.next() * words.staff.length);
  values.set('staff', words.staff[staff] as string);
  values.set('staffIndef', words.staffIndef[staff] as string);
  values.set('place', rng.pick(words.place));
  const unit = rng.pick(words.unit);
  values.set('unit', unit);
  values.set('decision', rng.pick(ctx.words.decision));
  values.set('name', rng.pick(FIRST_NAMES));
  values.set('when', whenPhrase(rng, input.monthsAgo, people));
  values.set('provider', input.providerName ?? unit);
  values.set('municipality', input.municipalityName ?? people.municipality);
  values.set('audit', '');
  values.set('topic', '');
}

function whenPhrase(rng: Random, monthsAgo: number | undefined, people: PeopleWords): string {
  if (monthsAgo === undefined || !Number.isFinite(monthsAgo)) return rng.pick(people.someTimeAgo);
  const months = Math.min(people.monthsAgo.length - 1, Math.max(0, Math.floor(monthsAgo)));
  return people.monthsAgo[months] as string;
}

function frame(ctx: Context, name: FrameName): readonly Template[] {
  const byKey = ctx.frames[name];
  const role = ctx.input.writerRole;
  const list = byKey[role] ?? byKey[VOICE[role]] ?? byKey.any;
  if (!list) throw new Error(`frame ${name} has no sentences for ${role}`);
  return list;
}

/** Picks from `list`, avoiding `avoid` when there is a choice. */
function pickOther(rng: Random, list: readonly Template[], avoid: Template | undefined): Template {
  const index = Math.floor(rng.next() * list.length);
  const picked = list[index] as Template;
  return picked === avoid && list.length > 1 ? (list[(index + 1) % list.length] as Template) : picked;
}

function writePart(
  ctx: Context,
  step: Step,
  texts: string[],
  keep: boolean[],
  required: boolean,
  cues: UrgencyCue[],
): void {
  const { rng, words, values, themes } = ctx;
  const first = themes[0] as CompiledThemeWords;
  const add = (template: Template, always = required): void => {
    texts.push(say(ctx, template, always));
    keep.push(always);
  };
  switch (step.part) {
    case 'frame':
      add(rng.pick(frame(ctx, step.frame as FrameName)));
      return;
    case 'setting':
      if (!ctx.vague) add(rng.pick(words.setting));
      return;
    case 'theme': {
      const special = ctx.vague ? undefined : words.special.get(first.code);
      ctx.firstPick = special && rng.chance(SPECIAL_RATE) ? rng.pick(special) : rng.pick(first.happened);
      add(ctx.firstPick);
      return;
    }
    case 'extraTheme':
      if (themes.length === 1) add(pickOther(rng, first.happened, ctx.firstPick));
      for (let k = 1; k < themes.length && k < 3; k++)
        add(rng.pick((themes[k] as CompiledThemeWords).happened));
      return;
    case 'conduct':
      ctx.firstPick = rng.pick(first.conduct);
      add(ctx.firstPick);
      return;
    case 'extraConduct': {
      const second = themes[1];
      add(second ? rng.pick(second.conduct) : pickOther(rng, first.conduct, ctx.firstPick));
      return;
    }
    case 'serviceEvent':
      if (!ctx.vague) add(rng.pick(words.happened));
      return;
    case 'borrowed': {
      const related = SERVICES.get(rng.pick(ctx.service.related)) as CompiledService;
      add(rng.pick(related[ctx.language].mention));
      return;
    }
    case 'urgency':
      writeUrgency(ctx, texts, keep, cues);
      return;
    case 'consequence':
      add(ctx.vague || rng.chance(0.5) ? rng.pick(first.consequence) : rng.pick(words.consequence));
      return;
    case 'want': {
      const fromTheme = VOICE[ctx.input.writerRole] !== 'institution' && rng.chance(0.5);
      add(fromTheme ? rng.pick(first.want) : rng.pick(frame(ctx, 'want')));
      return;
    }
    case 'audit':
    case 'extraAudit': {
      const theme = step.part === 'audit' ? first : (themes[1] ?? first);
      let clause = rng.pick(theme.audit);
      // A second look at the same theme takes its other clause.
      if (step.part === 'extraAudit' && clause === values.get('audit'))
        clause = theme.audit.find((other) => other !== clause) ?? clause;
      values.set('audit', clause);
      add(rng.pick(frame(ctx, step.frame as FrameName)));
      return;
    }
  }
}

/**
 * Renders a sentence. Once a kept sentence has named the person served, later ones may say "han"/"hun"
 * instead; only kept sentences introduce, so a pronoun never comes before its name in the final text.
 */
function say(ctx: Context, template: Template, kept: boolean): string {
  if (!template.mentionsPerson) return render(template, ctx.values);
  const { person, values } = ctx;
  if (ctx.introduced && person.who !== person.pron) {
    const pronoun = ctx.rng.chance(PRONOUN_RATE);
    if (pronoun !== ctx.usingPronoun) {
      values.set('who', pronoun ? person.pron : person.who);
      values.set('whom', pronoun ? person.pronObj : person.whom);
      ctx.usingPronoun = pronoun;
    }
  }
  if (kept) ctx.introduced = true;
  return render(template, values);
}

function writeUrgency(ctx: Context, texts: string[], keep: boolean[], cues: UrgencyCue[]): void {
  const byFlag = CUES[ctx.language];
  for (const flag of ctx.input.urgency) {
    if (cues.some((cue) => cue.flag === flag)) continue;
    const options = byFlag.get(flag);
    if (!options) throw new Error(`unknown urgency flag ${flag}`);
    const cue = ctx.rng.pick(ctx.input.writerRole === 'patient' ? options.self : options.any);
    texts.push(say(ctx, cue.template, true));
    keep.push(true);
    cues.push({ flag, words: cue.words });
  }
}

/** Keeps every required sentence, and optional ones in order while they fit the length and count budget. */
function fit(texts: readonly string[], keep: readonly boolean[]): string[] {
  let keptLength = 0;
  let keptCount = 0;
  for (let k = 0; k < texts.length; k++) {
    if (keep[k]) {
      keptLength += (texts[k] as string).length + 1;
      keptCount++;
    }
  }
  const chosen: string[] = [];
  let length = 0;
  for (let k = 0; k < texts.length; k++) {
    const text = texts[k] as string;
    if (keep[k]) {
      keptLength -= text.length + 1;
      keptCount--;
    } else if (
      length + text.length + 1 + keptLength > MAX_CHARS ||
      chosen.length + 1 + keptCount > MAX_SENTENCES
    ) {
      continue;
    }
    chosen.push(text);
    length += text.length + 1;
  }
  return chosen;
}

function writeTitle(ctx: Context): string {
  const { input, language, themes, values } = ctx;
  const first = themes[0] as CompiledThemeWords;
  values.set('topic', input.caseType === 'planned_supervision' ? first.topic : ctx.rng.pick(first.title));
  const title = render(TITLE_TEMPLATES[language][input.caseType], values);
  if (title.length <= MAX_TITLE) return title;
  let cut = title.lastIndexOf(' ', MAX_TITLE - 1);
  if (cut <= 0) cut = MAX_TITLE - 1;
  let short = title.slice(0, cut);
  const last = short.charAt(short.length - 1);
  if (last === ':' || last === ',') short = short.slice(0, -1);
  return `${short}…`;
}
