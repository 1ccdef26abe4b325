/**
 * Templates for a decision's reasons (fvl. §§ 24–25: the facts, the rules and the assessment), in the
 * letter's language. `{placeholders}` are filled from the case; what is left in brackets is for the
 * caseworker to write.
 */
export type LetterLanguage = 'nb' | 'nn';

export const PLACEHOLDERS = [
  'saksnummer',
  'mottatt',
  'virksomhet',
  'tjeneste',
  'tema',
  'kommune',
  'utfall',
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

export const REASON_TEMPLATES: Record<string, Record<LetterLanguage, string>> = {
  assessment: {
    nb: `Saken gjelder {tjeneste} ved {virksomhet} i {kommune}, og ble mottatt {mottatt} (sak {saksnummer}).

Hva saken gjelder: {tema}.

Vi har innhentet uttalelse fra virksomheten og gått gjennom opplysningene i saken. [Beskriv faktum.]

Vår vurdering: [Beskriv hva som kreves etter regelverket, og om det som skjedde oppfyller kravene.]

Konklusjon: {utfall}.`,
    nn: `Saka gjeld {tjeneste} ved {virksomhet} i {kommune}, og vart motteken {mottatt} (sak {saksnummer}).

Kva saka gjeld: {tema}.

Vi har henta inn fråsegn frå verksemda og gått gjennom opplysningane i saka. [Skildre faktum.]

Vår vurdering: [Skildre kva regelverket krev, og om det som skjedde oppfyller krava.]

Konklusjon: {utfall}.`,
  },
  short: {
    nb: `Sak {saksnummer} om {tjeneste} ved {virksomhet}, mottatt {mottatt}. Etter en samlet vurdering er konklusjonen: {utfall}. [Kort begrunnelse.]`,
    nn: `Sak {saksnummer} om {tjeneste} ved {virksomhet}, motteken {mottatt}. Etter ei samla vurdering er konklusjonen: {utfall}. [Kort grunngjeving.]`,
  },
};

/** Fills the placeholders; an unknown value is left as the placeholder, so nothing is silently lost. */
export function fillTemplate(template: string, values: Partial<Record<Placeholder, string>>): string {
  return template.replace(/\{([a-zæøå]+)\}/g, (whole, name: string) => values[name as Placeholder] || whole);
}
