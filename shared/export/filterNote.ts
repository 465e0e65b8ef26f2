import type { BoardKind } from '../schema/boardKinds.ts';
import type { CardFilter } from './cardFilter.ts';
import { EXPORT_COLUMNS, EXPORT_WORDS, type ExportLanguage, type Wording } from './exportColumns.ts';

const w = (sv: string, en: string): Wording => ({ sv, en });

/** The filters bar's names of its fields (client's board.filters), as the file names them. */
const FIELD_WORDS = {
  text: w('Sök', 'Search'),
  unit: w('Verksamhet', 'Unit'),
  responsible: w('Ansvarig', 'Responsible'),
  decisionLevel: w('Beslutsnivå', 'Decision level'),
  status: w('Status', 'Status'),
} as const;

const CHANGED = w('ändrade sedan vald tidpunkt', 'changed since the chosen time');
const OF = w('{{shown}} av {{total}} kort', '{{shown}} of {{total}} cards');

/** An enum field's value as the board's export columns label it (Beslutas på tjänstemannanivå), else as stored. */
function valueLabel(kind: BoardKind, key: string, value: string, language: ExportLanguage): string {
  return EXPORT_COLUMNS[kind].find((column) => column.key === key)?.values?.[value]?.[language] ?? value;
}

/**
 * What a filtered export says under its title (EXP6), so the file tells which cards it holds: "Exportera
 * det filtrerade: bara de kort filtret visar, 10 av 17 kort (Beslutsnivå: Beslutas på tjänstemannanivå;
 * Sök: ”jour”)". `shown` and `total` count the cards the sums count (SUM3), filtered and not.
 */
export function filterNote(filter: CardFilter, kind: BoardKind, counts: { shown: number; total: number }, language: ExportLanguage): string {
  const parts: string[] = [];
  if (filter.text.trim()) parts.push(`${FIELD_WORDS.text[language]}: ”${filter.text.trim()}”`);
  if (filter.unit) parts.push(`${FIELD_WORDS.unit[language]}: ${filter.unit}`);
  if (filter.responsible) parts.push(`${FIELD_WORDS.responsible[language]}: ${filter.responsible}`);
  if (filter.decisionLevel) parts.push(`${FIELD_WORDS.decisionLevel[language]}: ${valueLabel(kind, 'decisionLevel', filter.decisionLevel, language)}`);
  if (filter.status) parts.push(`${FIELD_WORDS.status[language]}: ${valueLabel(kind, 'status', filter.status, language)}`);
  if (filter.changed) parts.push(CHANGED[language]);
  const of = OF[language].replace('{{shown}}', String(counts.shown)).replace('{{total}}', String(counts.total));
  return `${EXPORT_WORDS.filtered[language]}, ${of}${parts.length > 0 ? ` (${parts.join('; ')})` : ''}`;
}
