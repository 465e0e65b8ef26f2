import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { sv } from './sv.ts';
import { en } from './en.ts';
import type { Language } from './format.ts';

export const LANGUAGES: readonly Language[] = ['sv', 'en'];
const DEFAULT_LANGUAGE: Language = 'sv';
const STORAGE_KEY = 'tavla.language';

const isLanguage = (value: unknown): value is Language => LANGUAGES.includes(value as Language);

/** The language remembered in this browser, or Swedish. */
export function storedLanguage(): Language {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE; // storage can be blocked (private mode); Swedish is the right default then
  }
}

/**
 * Creates and initialises an i18next instance with both catalogues, synchronously, so the first
 * render already has its strings. Tests create their own instance; the app uses `i18n` below.
 */
export function createI18n(lng: Language = storedLanguage()): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: { sv: { translation: sv }, en: { translation: en } },
    lng,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes
  });
  syncHtmlLang(lng);
  return instance;
}

function syncHtmlLang(lng: Language): void {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
}

/** Switches the UI language, remembers the choice and keeps `<html lang>` in step. */
export async function setLanguage(instance: I18n, lng: Language): Promise<void> {
  await instance.changeLanguage(lng);
  syncHtmlLang(lng);
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, lng);
  } catch {
    // not remembered when storage is blocked; the switch still applies to this page
  }
}

/** The current language of an instance, narrowed to the ones Tavla speaks. */
export const currentLanguage = (instance: I18n): Language =>
  isLanguage(instance.resolvedLanguage) ? instance.resolvedLanguage : DEFAULT_LANGUAGE;
