import type { TFunction } from 'i18next';
import { formatMonth } from '../i18n/format.ts';
import type { HistoryEntry } from './authApi.ts';

/** How a history value reads in a sentence: numbers the way the UI shows them, lists joined, nothing as "(inget)". */
function valueText(value: unknown, t: TFunction, language: string): string {
  if (value === undefined || value === null || value === '') return t('history.nothing');
  if (typeof value === 'number') return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'sv-SE').format(value);
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}

/** A report's month as the rest of the UI names it: "april 2025". */
const monthText = (month: string, language: string): string => formatMonth(month, language === 'en' ? 'en' : 'sv');

/** The field's name for a sentence: `effect` → "ekonomisk effekt", `reports.2025-04.risks` → "rapporten april 2025". */
function fieldText(field: string, t: TFunction, language: string): string {
  if (field.startsWith('reports.')) return t('history.fields.report', { month: monthText(field.split('.')[1] ?? '', language) });
  if (field.startsWith('meta.')) return t('history.fields.meta', { key: field.slice(5) });
  const key = `history.fields.${field}`;
  const label = t(key);
  return label === key ? field : label;
}

/**
 * One history entry as a sentence in the UI language (HIST2): "Anna Sundén ändrade ekonomisk effekt
 * från 20 000 till 15 000". The time is shown beside it by the caller.
 * `columnTitle` turns the column ids of a card's `column` entry into the titles people know (an
 * id no column has any longer stays as it is).
 */
export function formatHistoryEntry(entry: HistoryEntry, t: TFunction, language: string, columnTitle?: (columnId: string) => string | undefined): string {
  const actor = entry.actor || t('history.someone');
  const field = fieldText(entry.field, t, language);
  const named = (value: unknown): unknown => (entry.field === 'column' && typeof value === 'string' ? (columnTitle?.(value) ?? value) : value);
  const from = valueText(named(entry.from), t, language);
  const to = valueText(named(entry.to), t, language);
  const isReport = /^reports\.[^.]+$/.test(entry.field);
  switch (entry.change) {
    case 'created':
      return isReport ? t('history.entry.reportCreated', { actor, month: monthText(entry.field.slice(8), language) }) : t('history.entry.created', { actor, to });
    case 'deleted':
      return isReport ? t('history.entry.reportDeleted', { actor, month: monthText(entry.field.slice(8), language) }) : t('history.entry.deleted', { actor, from });
    case 'text':
      return t('history.entry.text', { actor, field });
    case 'board':
      return t('history.entry.board', { actor, field });
    case 'set':
      if (entry.to === undefined) return t('history.entry.cleared', { actor, field, from });
      if (entry.from === undefined) return t('history.entry.setFirst', { actor, field, to });
      return t('history.entry.set', { actor, field, from, to });
  }
}
