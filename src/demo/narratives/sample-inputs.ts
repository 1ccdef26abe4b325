import type { Random } from '../random.ts';
import type { CaseType, Language, NarrativeInput, WriterRole } from './types.ts';
import { URGENCY_FLAGS } from './urgency-cues.ts';
import { SERVICE_VOCABULARY, THEME_VOCABULARY } from './vocabulary.ts';

/**
 * Random but plausible narrative inputs, for tests and measurements: every service type and theme, the
 * 85/15 split between bokmål and nynorsk, writers that fit the case type, and a few urgency flags.
 */

const CASE_TYPES: readonly CaseType[] = [
  'incident_supervision',
  'rights_appeal',
  'serious_incident_notice',
  'personnel_reaction',
  'planned_supervision',
];
const CASE_TYPE_WEIGHTS = [0.55, 0.2, 0.1, 0.05, 0.1];

const WRITERS: Readonly<Record<CaseType, readonly WriterRole[]>> = {
  incident_supervision: ['patient', 'next_of_kin', 'parent', 'professional', 'office'],
  rights_appeal: ['patient', 'next_of_kin', 'parent'],
  serious_incident_notice: ['provider', 'provider', 'provider', 'professional', 'next_of_kin'],
  personnel_reaction: ['office', 'provider'],
  planned_supervision: ['office'],
};

export const SERVICE_CODES: readonly string[] = SERVICE_VOCABULARY.map((service) => service.code);
export const THEME_CODES: readonly string[] = THEME_VOCABULARY.map((theme) => theme.code);

export function sampleInput(rng: Random): NarrativeInput {
  const caseType = rng.weighted(CASE_TYPES, CASE_TYPE_WEIGHTS);
  const serviceType = rng.pick(SERVICE_CODES);
  const themes = [rng.pick(THEME_CODES)];
  if (rng.chance(0.4)) themes.push(rng.pick(THEME_CODES));
  const language: Language = rng.chance(0.15) ? 'nn' : 'nb';
  const urgency: string[] = [];
  if (rng.chance(0.2)) urgency.push(rng.pick(URGENCY_FLAGS));
  if (rng.chance(0.05)) urgency.push(rng.pick(URGENCY_FLAGS));
  return {
    caseType,
    serviceType,
    themes,
    language,
    writerRole: rng.pick(WRITERS[caseType]),
    urgency,
    monthsAgo: rng.chance(0.7) ? rng.int(0, 30) : undefined,
    providerName: rng.chance(0.3) ? 'Eksempel AS' : undefined,
    municipalityName: rng.chance(0.5) ? 'Eksempelvik' : undefined,
  };
}
