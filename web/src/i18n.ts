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

export default i18n;
