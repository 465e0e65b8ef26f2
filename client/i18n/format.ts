/** Number and date formatting for the UI languages: sv-SE grouping everywhere it is Swedish, ISO dates in both. */

export type Language = 'sv' | 'en';

const NBSP = '\u00a0';
// ICU versions differ in which space they group sv-SE numbers with (U+00A0, U+202F); projectors and tests want one.
const SPACE_LIKE = /[\u202f\u2009 ]/g;

const numberFormats: Record<Language, Intl.NumberFormat> = {
  sv: new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }),
};

/** A plain number in the language's grouping: `157 000` (no-break space) or `157,000`. */
export function formatNumber(n: number, lang: Language): string {
  return numberFormats[lang].format(n).replace(SPACE_LIKE, NBSP);
}

/**
 * An amount in thousand SEK: `157 000 tkr` in Swedish, `157,000 kSEK` in English.
 * The unit is joined with a no-break space so it never wraps away from its number.
 */
export function formatTkr(n: number, lang: Language): string {
  return `${formatNumber(n, lang)}${NBSP}${lang === 'sv' ? 'tkr' : 'kSEK'}`;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * A date as `2025-06-18` in both languages. Accepts an ISO date string (returned as its date part,
 * never shifted by the time zone) or a Date / epoch milliseconds (shown in local time).
 */
export function formatDate(value: string | number | Date): string {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) && value.length <= 10) return value.slice(0, 10);
  const d = new Date(value);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const monthFormats: Record<Language, Intl.DateTimeFormat> = {
  sv: new Intl.DateTimeFormat('sv-SE', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/** A month `YYYY-MM` in words, wherever a month is shown: `maj 2025` in Swedish, `May 2025` in English. */
export function formatMonth(month: string, lang: Language): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  if (!year || !m) return month;
  return monthFormats[lang].format(Date.UTC(year, m - 1, 15));
}

/** A moment as `2025-06-18 14:05` in local time, for "last changed" columns. */
export function formatDateTime(value: string | number | Date): string {
  const d = new Date(value);
  return `${formatDate(d)} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
