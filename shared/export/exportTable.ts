import type { BoardSnapshot } from '../read/readBoard.ts';
import { laneOf } from '../read/laneOf.ts';
import type { Card } from '../schema/card.ts';
import type { Report } from '../schema/report.ts';
import { computeTotals } from '../sums.ts';
import { NO_FILTER, type CardFilter } from './cardFilter.ts';
import { EXPORT_COLUMNS, REPORT_COLUMNS, EXPORT_WORDS, type ExportColumn, type ExportLanguage } from './exportColumns.ts';
import { filterNote } from './filterNote.ts';

/** One cell of an export: text, a number (kSek columns only), or null when the card has no value (EXP3). */
export type ExportCell = string | number | null;

export interface ExportLane {
  /** The lane's stored value ('' for "no value"), as laneOf gives it. */
  readonly lane: string;
  /** The lane's value as its column writes it, so a spreadsheet's SUMIF finds the rows. */
  readonly label: ExportCell;
  readonly rows: readonly ExportCell[][];
  /** Tavla's sum of the lane's effects (SUM2, SUM4), what the lane's formula must come to. */
  readonly effect: number;
  /** How many of the lane's cards have an unknown effect, counted but not summed (SUM2), which its sum row names (EXP7). */
  readonly unknown: number;
}

/** A board as the exports write it: one table of the live cards, grouped by lane (EXP1). */
export interface ExportTable {
  readonly title: string;
  /** The export's day, `YYYY-MM-DD`. */
  readonly date: string;
  /** When a filter narrowed the cards, what the file says of it under its title (filterNote, EXP6). */
  readonly filterNote?: string;
  readonly columns: readonly ExportColumn[];
  readonly headers: readonly string[];
  /** Index of the lane field's column in `columns`, or -1 when the board has no lane field among them. */
  readonly laneColumn: number;
  /** Index of the effect column, or -1 (assignments and general boards have none). */
  readonly effectColumn: number;
  /** Lanes in the board's order, each with at least one row. */
  readonly lanes: readonly ExportLane[];
  /** Tavla's sum of every exported card's effect (SUM1). */
  readonly effect: number;
  /** How many exported cards have an unknown effect (SUM2). */
  readonly unknown: number;
  /** Assignments boards: a row per exported card and month (EXP5). */
  readonly reports?: { readonly headers: readonly string[]; readonly rows: readonly ExportCell[][] };
}

export interface ExportOptions {
  language: ExportLanguage;
  date: string;
  /** The filter the reader sees; absent exports the whole board. */
  filter?: (card: Card) => boolean;
  /** That filter's fields, which the file's note names (EXP6); without them it gives the count only. */
  filterFields?: CardFilter;
  /** An assignment's reports by card id, for the reports sheet. */
  reportsOf?: (cardId: string) => readonly Report[];
}

function cellOf(column: ExportColumn, card: Card, columnTitle: (id: string) => string, language: ExportLanguage): ExportCell {
  if (column.type === 'column') return columnTitle(card.column);
  const value = (card as unknown as Record<string, unknown>)[column.key];
  if (value === undefined || value === null || value === '') return null;
  if (column.type === 'kSek') return typeof value === 'number' ? value : null;
  if (column.type === 'names') return Array.isArray(value) && value.length > 0 ? value.join(', ') : null;
  if (column.type === 'enum') return column.values?.[String(value)]?.[language] ?? String(value);
  return String(value);
}

/** Lane order as the board shows it: the lane column's values in schema order, then others by name, then "no value" (SUM4). */
function laneRank(column: ExportColumn | undefined): (a: string, b: string) => number {
  const known = Object.keys(column?.values ?? {});
  const rank = (lane: string): number => (lane === '' ? known.length + 1 : known.includes(lane) ? known.indexOf(lane) : known.length);
  return (a, b) => rank(a) - rank(b) || a.localeCompare(b, 'sv');
}

/**
 * The export of a board: its live cards in an existing column (SUM3), narrowed by the filter
 * (SUM5), grouped by lane, in column then card order within a lane; sums from computeTotals, so
 * every file says what the board says (EXP1, EXP7).
 */
export function exportTable(board: BoardSnapshot, options: ExportOptions): ExportTable {
  const { language, filter } = options;
  const columns = EXPORT_COLUMNS[board.meta.kind];
  const titles = new Map(board.columns.map((c) => [c.id, c.title]));
  const columnRank = new Map(board.columns.map((c, i) => [c.id, i]));
  const laneField = board.meta.laneField;
  const laneColumn = laneField ? columns.findIndex((c) => c.key === laneField) : -1;
  const totals = computeTotals(board, filter);
  const cards = board.cards.filter((c) => !c.archived && titles.has(c.column) && (!filter || filter(c)));
  const byLane = new Map<string, Card[]>();
  for (const card of cards) {
    const lane = laneOf(card, laneField);
    byLane.set(lane, [...(byLane.get(lane) ?? []), card]);
  }
  const columnTitle = (id: string): string => titles.get(id) ?? '';
  const exported: Card[] = [];
  const lanes = [...byLane.keys()].sort(laneRank(columns[laneColumn])).map((lane): ExportLane => {
    // A stable sort keeps board order within a column.
    const laneCards = byLane.get(lane)!.sort((a, b) => columnRank.get(a.column)! - columnRank.get(b.column)!);
    exported.push(...laneCards);
    const rows = laneCards.map((card) => columns.map((column) => cellOf(column, card, columnTitle, language)));
    const label = laneColumn >= 0 ? (rows[0]![laneColumn] ?? null) : null;
    const laneTotals = totals.lanes.get(lane);
    return { lane, label, rows, effect: laneTotals?.effect ?? 0, unknown: laneTotals?.unknownEffect.length ?? 0 };
  });
  const table: ExportTable = {
    title: board.meta.title,
    date: options.date,
    ...(filter && { filterNote: filterNote(options.filterFields ?? NO_FILTER, board.meta.kind, { shown: totals.board.count, total: computeTotals(board).board.count }, language) }),
    columns,
    headers: columns.map((c) => c.header[language]),
    laneColumn,
    effectColumn: columns.findIndex((c) => c.type === 'kSek'),
    lanes,
    effect: totals.board.effect,
    unknown: totals.board.unknownEffect.length,
  };
  if (board.meta.kind !== 'assignments' || !options.reportsOf) return table;
  const reportsOf = options.reportsOf;
  const rows = exported.flatMap((card) =>
    reportsOf(card.id).map((report) =>
      REPORT_COLUMNS.map(({ key }): ExportCell => {
        if (key === 'id') return card.id;
        if (key === 'title') return card.title;
        if (key === 'ready') return EXPORT_WORDS[report.ready ? 'yes' : 'no'][language];
        return report[key] === '' ? null : report[key];
      }),
    ),
  );
  return { ...table, reports: { headers: REPORT_COLUMNS.map((c) => c.header[language]), rows } };
}
