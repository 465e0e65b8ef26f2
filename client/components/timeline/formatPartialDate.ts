import type { Language } from '../../i18n/format.ts';

const LOCALES: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

/**
 * A date as precise as it is stored (MS1): a day as `2025-06-18` in both languages, a month
 * as `april 2025` / `April 2025`, a year as `2025`. Never shifted by the time zone.
 */
export function formatPartialDate(date: string, lang: Language): string {
  if (/^\d{4}-\d{2}$/.test(date)) return formatMonth(date, lang);
  return date;
}

/** A month `YYYY-MM` in words: `maj 2025` in Swedish, `May 2025` in English. */
export function formatMonth(month: string, lang: Language): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  if (!year || !m) return month;
  return new Intl.DateTimeFormat(LOCALES[lang], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year, m - 1, 15));
}
