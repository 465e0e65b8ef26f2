import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage } from '../../i18n/i18n.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import type { Language } from '../../i18n/format.ts';

/** The UI language choice; remembered in this browser, and `<html lang>` follows it. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  return (
    <label className="language-switch">
      <span className="visually-hidden">{t('app.language')}</span>
      <select value={language} onChange={(event) => void setLanguage(i18n, event.target.value as Language)}>
        {LANGUAGES.map((lng) => (
          // Each language names itself in its own words, and says so for screen readers.
          <option key={lng} value={lng} lang={lng}>
            {t(`app.languages.${lng}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
