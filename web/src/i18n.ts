import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import nb from './locales/nb.json';
import nn from './locales/nn.json';

export const LANGUAGES = ['nb', 'nn', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const stored = typeof localStorage !== 'undefined' ? localStorage.getItem('tilsyn.lang') : null;
const initial: Language = LANGUAGES.includes(stored as Language) ? (stored as Language) : 'nb';

void i18n.use(initReactI18next).init({
  resources: { nb: { translation: nb }, nn: { translation: nn }, en: { translation: en } },
  lng: initial,
  fallbackLng: 'nb',
  interpolation: { escapeValue: false },
});
document.documentElement.lang = initial;

export function setLanguage(lang: Language): void {
  void i18n.changeLanguage(lang);
  localStorage.setItem('tilsyn.lang', lang);
  document.documentElement.lang = lang;
}

/**
 * Each area of the app (intake, staff, risk) keeps its texts in its own folder and registers them as a
 * namespace when its code loads: `useTranslation('staff')`. The three languages must have the same keys
 * (test/web/locales.test.ts checks).
 */
export function registerTexts(namespace: string, texts: Record<Language, object>): void {
  for (const lang of LANGUAGES) i18n.addResourceBundle(lang, namespace, texts[lang], true, true);
}

export default i18n;
