import { useTranslation } from 'react-i18next';
import { currentLanguage } from './i18n.ts';
import type { Language } from './format.ts';

/** The UI language in effect, for formatTkr and friends; re-renders when it is switched. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return currentLanguage(i18n);
}
