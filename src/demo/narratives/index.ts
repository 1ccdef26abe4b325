/** Synthetic case narratives for the demo data generator. */
export { writeNarrative } from './write-narrative.ts';
export { BORROW_RATE, MAX_CHARS, MAX_SENTENCES, MIN_CHARS, VAGUE_RATE } from './plans.ts';
export { URGENCY_CUES, URGENCY_FLAGS, type CueSentence } from './urgency-cues.ts';
export { SERVICE_VOCABULARY, THEME_VOCABULARY } from './vocabulary.ts';
export type {
  CaseType,
  Language,
  Narrative,
  NarrativeInput,
  ServiceVocabulary,
  ServiceWords,
  ThemeVocabulary,
  ThemeWords,
  UrgencyCue,
  WriterRole,
} from './types.ts';
