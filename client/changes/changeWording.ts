import type { TFunction } from 'i18next';
import type { ChangeWording } from '../../shared/changes/changeSummary.ts';
import { fieldText, valueText } from '../auth/formatHistoryEntry.ts';
import { formatDate, formatNumber, type Language } from '../i18n/format.ts';

/** Fields whose numbers are amounts: said without the unit, which follows the last value once (CHG9). */
const UNIT_FIELDS: ReadonlySet<string> = new Set(['effect']);

const capitalized = (text: string, language: string): string => text.charAt(0).toLocaleUpperCase(language) + text.slice(1);

/**
 * The words of the change summary (CHG9) in the language of `t`: field names and values as the
 * activity feed says them (formatHistoryEntry), amounts in that language's grouping, the day in
 * this browser's calendar, columns by their titles.
 */
export function changeWording(t: TFunction, language: string, columnTitle: (columnId: string) => string | undefined): ChangeWording {
  const lang: Language = language === 'en' ? 'en' : 'sv';
  return {
    created: t('changes.created'),
    deleted: t('changes.deleted'),
    archived: t('changes.archived'),
    restored: t('changes.restored'),
    moved: (from, to) => t('changes.moved', { from, to }),
    field: (field) => capitalized(fieldText(field, t, language), language),
    value: (field, value) => (typeof value === 'number' && UNIT_FIELDS.has(field) ? formatNumber(value, lang) : valueText(field, value, t, language)),
    unit: (field) => (UNIT_FIELDS.has(field) ? t(`changes.unit.${field}`) : undefined),
    edited: (field) => t('changes.edited', { field }),
    added: (field) => t('changes.added', { field }),
    removed: (field) => t('changes.removed', { field }),
    day: (at) => formatDate(at),
    column: (columnId) => (typeof columnId === 'string' ? (columnTitle(columnId) ?? columnId) : t('history.nothing')),
  };
}
