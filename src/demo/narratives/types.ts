/**
 * Shapes of the narrative vocabulary and of the writer's input and output.
 *
 * Every phrase is a template: `{slot}` is filled once per narrative (who the person is, the staff member, the
 * place…), `{Slot}` gives the same value with a capital first letter. The slot names are listed in
 * templates.ts; an unknown slot fails when the module loads, not in the middle of a million-case run.
 */

export type Language = 'nb' | 'nn';

export type CaseType =
  | 'incident_supervision'
  | 'rights_appeal'
  | 'serious_incident_notice'
  | 'personnel_reaction'
  | 'planned_supervision';

export type WriterRole = 'patient' | 'next_of_kin' | 'parent' | 'professional' | 'provider' | 'office';

export type Phrases = readonly string[];

/** What one service type sounds like in one language form. */
export interface ServiceWords {
  /** How a third party names the person served, definite form: "beboeren", "pasienten". */
  user: Phrases;
  /** One staff member, definite form: "pleieren". Singular, so conduct sentences read right. */
  staff: Phrases;
  /** The same people, indefinite and in the same order: "en pleier". */
  staffIndef: Phrases;
  /** Where it happened, with its preposition: "på sykehjemmet". */
  place: Phrases;
  /** The service as a subject or object, definite: "sykehjemmet". */
  unit: Phrases;
  /** Sentences that set the scene. */
  setting: Phrases;
  /** Things that go wrong in this service whatever the theme. */
  happened: Phrases;
  consequence: Phrases;
  /** What a rights appeal is about, read after "vedtaket om": "avslag på langtidsplass på sykehjem". */
  decision: Phrases;
  /**
   * A sentence another service's narrative may borrow ("Fastlegen ble orientert…"). Uses only the writer's
   * slots, since it is rendered with the borrowing service's place and staff.
   */
  mention: Phrases;
  /** Lower-case word stems that mark this service; the sanity classifier in the tests counts them. */
  keywords: Phrases;
  /** Theme code → sentences for this service and theme; otherwise the theme's generic sentences are used. */
  special?: Readonly<Record<string, Phrases>>;
}

export interface ServiceVocabulary {
  code: string;
  /** The person served is a child: next of kin are then grandparents, uncles and aunts, not spouses. */
  childService?: boolean;
  /** Service types this one's narratives may mention in passing (about one in ten does). */
  related: readonly string[];
  nb: ServiceWords;
  nn: ServiceWords;
}

/** What one theme sounds like in one language form. */
export interface ThemeWords {
  /** Short noun phrase for a case title: "feil dose av medisin". */
  title: Phrases;
  /** What happened to the person served. */
  happened: Phrases;
  /** What a professional did, for personnel reactions; `{Staff}` is the subject. */
  conduct: Phrases;
  consequence: Phrases;
  /** What the writer asks for. */
  want: Phrases;
  /** A clause read after "sikrer at", for planned supervision: "legemiddelhåndteringen er forsvarlig". */
  audit: Phrases;
}

export interface ThemeVocabulary {
  code: string;
  nb: ThemeWords;
  nn: ThemeWords;
}

export interface NarrativeInput {
  caseType: CaseType;
  serviceType: string;
  themes: readonly string[];
  language: Language;
  writerRole: WriterRole;
  /** Urgency flags to weave in (taxonomy codes: death, suicide, child_at_risk, ongoing_danger, coercion, abuse). */
  urgency: readonly string[];
  providerName?: string;
  municipalityName?: string;
  monthsAgo?: number;
}

export interface UrgencyCue {
  flag: string;
  /** The words in the text that carry the flag, exactly as they occur there. */
  words: string;
}

export interface Narrative {
  title: string;
  text: string;
  urgencyCues: UrgencyCue[];
}
