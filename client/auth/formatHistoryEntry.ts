import type { TFunction } from 'i18next';
import { formatMonth, formatNumber, formatTkr, type Language } from '../i18n/format.ts';
import type { DecisionRef } from '../../shared/schema/card.ts';
import type { HistoryEntry } from './authApi.ts';

const languageOf = (language: string): Language => (language === 'en' ? 'en' : 'sv');

/** A report's month as the rest of the UI names it: "april 2025". */
const monthText = (month: string, language: string): string => formatMonth(month, languageOf(language));

/** Amounts in tkr/år: the card's effect and the board's target. */
const AMOUNT_FIELDS: ReadonlySet<string> = new Set(['effect', 'meta.target']);

/** Catalogue sections that name a field's stored codes; `status` is a RAG on measures and general boards. */
const VALUE_LABELS: Readonly<Record<string, readonly string[]>> = {
  status: ['card.values.status', 'card.values.rag'],
  rag: ['card.values.rag'],
  decisionLevel: ['card.values.decisionLevel'],
  source: ['card.values.source'],
  'meta.kind': ['start.kinds'],
};

/** A card's decision reference as the history holds it (DEC1): the body and date say it readably. */
const isDecisionRef = (value: unknown): value is DecisionRef =>
  typeof value === 'object' && value !== null && typeof (value as DecisionRef).body === 'string' && typeof (value as DecisionRef).date === 'string';

/** `key` from the catalogue, or undefined when it has none (i18next returns the key itself then). */
function lookUp(key: string, t: TFunction): string | undefined {
  const label = t(key);
  return label === key ? undefined : label;
}

/** A label that starts a sentence in the UI ("Pågår") begins lower case inside one ("från pågår"). */
const inSentence = (label: string, language: string): string => label.charAt(0).toLocaleLowerCase(language) + label.slice(1);

/** A card field's name for a sentence: `effect` → "ekonomisk effekt"; an unknown field stays as it is. */
const cardFieldText = (field: string, t: TFunction): string => lookUp(`history.fields.${field}`, t) ?? field;

/**
 * How a value of `field` reads in a sentence: codes as the UI labels them, amounts in tkr, months in
 * words, lists joined, nothing as "(inget)".
 */
export function valueText(field: string, value: unknown, t: TFunction, language: string): string {
  if (value === undefined || value === null || value === '') return t('history.nothing');
  if (typeof value === 'number') return AMOUNT_FIELDS.has(field) ? formatTkr(value, languageOf(language)) : formatNumber(value, languageOf(language));
  if (Array.isArray(value)) return value.join(', ');
  if (field === 'decisionRef' && isDecisionRef(value)) return `${value.body} ${value.date}`;
  const text = String(value);
  if (field === 'meta.currentMonth') return monthText(text, language);
  if (field === 'meta.laneField') return cardFieldText(text, t);
  for (const section of VALUE_LABELS[field] ?? []) {
    const label = lookUp(`${section}.${text}`, t);
    if (label !== undefined) return inSentence(label, language);
  }
  return text;
}

/**
 * The field's name for a sentence: `effect` → "ekonomisk effekt", `reports.2025-04.risks` → "risker i
 * rapporten för april 2025", `meta.currentMonth` → "tavlans aktuella månad".
 */
export function fieldText(field: string, t: TFunction, language: string): string {
  if (field.startsWith('reports.')) {
    const [, month = '', part] = field.split('.');
    if (part === undefined) return t('history.fields.report', { month: monthText(month, language) });
    return t('history.fields.reportPart', { part: lookUp(`history.reportParts.${part}`, t) ?? part, month: monthText(month, language) });
  }
  if (field.startsWith('meta.')) return lookUp(`history.meta.${field.slice(5)}`, t) ?? t('history.fields.meta', { key: field.slice(5) });
  return cardFieldText(field, t);
}

/** A yes/no field said as what was done: "arkiverade kortet", "markerade rapporten för maj 2025 som klar". */
function toggleText(entry: HistoryEntry, actor: string, t: TFunction, language: string): string | undefined {
  const on = entry.to === true;
  if (entry.field === 'archived') return t(on ? 'history.entry.archived' : 'history.entry.restored', { actor });
  const ready = /^reports\.([^.]+)\.ready$/.exec(entry.field);
  if (ready) return t(on ? 'history.entry.reportReady' : 'history.entry.reportNotReady', { actor, month: monthText(ready[1] ?? '', language) });
  return undefined;
}

/**
 * One history entry as a sentence in the UI language (HIST2): "Anna Sundén ändrade ekonomisk effekt
 * från 20 000 tkr till 15 000 tkr". The time is shown beside it by the caller.
 * `columnTitle` turns the column ids of a card's `column` entry into the titles people know (an
 * id no column has any longer stays as it is).
 */
export function formatHistoryEntry(entry: HistoryEntry, t: TFunction, language: string, columnTitle?: (columnId: string) => string | undefined): string {
  const actor = entry.actor || t('history.someone');
  const field = fieldText(entry.field, t, language);
  const named = (value: unknown): unknown => (entry.field === 'column' && typeof value === 'string' ? (columnTitle?.(value) ?? value) : value);
  const from = valueText(entry.field, named(entry.from), t, language);
  const to = valueText(entry.field, named(entry.to), t, language);
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
      // DEC1: "Anna Sundén förde in beslutet från HSN 2025-06-18", not the reference's ids.
      if (entry.field === 'decisionRef' && isDecisionRef(entry.to)) return t('history.entry.decision', { actor, body: entry.to.body, date: entry.to.date });
      if (typeof entry.to === 'boolean') {
        const toggled = toggleText(entry, actor, t, language);
        if (toggled !== undefined) return toggled;
      }
      if (entry.to === undefined) return t('history.entry.cleared', { actor, field, from });
      if (entry.from === undefined) return t('history.entry.setFirst', { actor, field, to });
      return t('history.entry.set', { actor, field, from, to });
  }
}
