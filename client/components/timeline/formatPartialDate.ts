import { formatMonth, type Language } from '../../i18n/format.ts';

/**
 * A date as precise as it is stored (MS1): a day as `2025-06-18` in both languages, a month
 * as `april 2025` / `April 2025`, a year as `2025`. Never shifted by the time zone.
 */
export function formatPartialDate(date: string, lang: Language): string {
  if (/^\d{4}-\d{2}$/.test(date)) return formatMonth(date, lang);
  return date;
}
