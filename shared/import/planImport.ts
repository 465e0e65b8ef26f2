import type { BoardSnapshot } from '../read/readBoard.ts';
import { CARD_TEXT_FIELDS, type Card } from '../schema/card.ts';
import type { ImportProblem } from './importTable.ts';
import { MAX_CARDS, MAX_COLUMNS } from '../schema/limits.ts';
import type { ImportRow, ReadRow, SkipReason } from './readImportRows.ts';

/**
 * What a confirmed import does with one row (IMP3): a new card, a change of the card its id names,
 * nothing, nothing because it is refused, or nothing because it carries no card (empty, a sum row).
 */
export const ROW_VERDICTS = ['create', 'update', 'unchanged', 'refused', 'skipped'] as const;
export type RowVerdict = (typeof ROW_VERDICTS)[number];

export interface RowOutcome {
  row: number;
  verdict: RowVerdict;
  /** The card an update changes (or an unchanged row names). */
  cardId?: string;
  /** Why a skipped row carries no card; only on the verdict `skipped`. */
  skipped?: SkipReason;
  /** The sheet of a row that is not the cards': an assignments board's monthly reports (planReports). */
  sheet?: 'reports';
  problems: ImportProblem[];
}

/** One card's write: the fields and texts to set (undefined clears a field), and the column to move it to. */
export interface CardWrite {
  /** Absent for a new card. */
  cardId?: string;
  /** The id a new card's row gave it (a file of another board, IMP5), by which the reports sheet names it. */
  fileId?: string;
  column?: string;
  /** The title of a column the plan adds (newColumns), instead of `column`. */
  newColumn?: string;
  fields: Record<string, unknown>;
  texts: Record<string, string>;
}

export interface ImportPlan {
  rows: RowOutcome[];
  /** The writes of the rows not refused, in file order. */
  writes: CardWrite[];
  /** Titles of the columns the writes need and the board has not, added last in this order (IMP6). */
  newColumns: string[];
}

export interface PlanOptions {
  /** The role's say on each card (ROLE4); every change when absent. */
  mayChange?: MayChange;
  /** Whether rows may name columns the board has not, which the import adds (IMP6): not a unit chief's (UPD4). */
  mayAddColumns?: boolean;
}

/** Whether the importer may make this change (ROLE4): the card before (undefined for a new one) and as the row leaves it. */
export type MayChange = (before: Card | undefined, after: Card) => boolean;

/** An empty list of names is no names: an empty cell leaves a card's `[]` as it is. */
const plain = (value: unknown): unknown => (Array.isArray(value) && value.length === 0 ? null : (value ?? null));
const same = (a: unknown, b: unknown): boolean => JSON.stringify(plain(a)) === JSON.stringify(plain(b));

/** The card's value of a key, texts as '' when empty, as the row compares them. */
function currentValue(card: Card, key: string, texts: readonly string[]): unknown {
  const value = (card as unknown as Record<string, unknown>)[key];
  return texts.includes(key) ? (value ?? '') : value;
}

/**
 * Decides every row against the board (IMP3, IMP5): a row whose id names a live card of the board
 * changes that card, and only in the fields whose value differs (an unchanged row writes nothing);
 * a row without an id, or with one the board has not (a file of another board), is a new card with
 * an id of its own, which needs a title and goes to the first column unless the row names one. An
 * id given twice, or naming an archived card, is refused; so are the new cards and columns past
 * MAX_CARDS and MAX_COLUMNS (LIM2), in file order, so the dry run refuses what the confirm could not
 * write. `mayChange` is the role's say (ROLE4: a unit chief only their own cards, and no new ones).
 */
export function planImport(board: BoardSnapshot, rows: readonly ReadRow[], options: PlanOptions = {}): ImportPlan {
  const { mayChange = () => true, mayAddColumns = true } = options;
  const newColumns = new Map<string, string>();
  const texts: readonly string[] = CARD_TEXT_FIELDS[board.meta.kind];
  const cards = new Map(board.cards.map((card) => [card.id, card]));
  const ids = new Map<string, number>();
  const cardRows = rows.filter((row): row is ImportRow => !('skipped' in row));
  for (const row of cardRows) if (row.id !== undefined) ids.set(row.id, (ids.get(row.id) ?? 0) + 1);
  // LIM2: the cap counts archived cards too, as the document's does.
  let cardRoom = MAX_CARDS - board.cards.length;
  const columnRoom = MAX_COLUMNS - board.columns.length;
  const outcomes: RowOutcome[] = [];
  const writes: CardWrite[] = [];
  for (const row of rows) {
    if ('skipped' in row) {
      outcomes.push({ row: row.row, verdict: 'skipped', skipped: row.skipped, problems: [] });
      continue;
    }
    const problems = [...row.problems];
    const refuse = (reason: ImportProblem['reason'], key: string, value: string) => problems.push({ row: row.row, column: row.headers.get(key) ?? key, value, reason });
    const before = row.id === undefined ? undefined : cards.get(row.id);
    if (row.id !== undefined && (ids.get(row.id) ?? 0) > 1) refuse('duplicate_id', 'id', row.id);
    // IMP5: an archived card is not on the board the user sees; someone archived it since the export.
    if (before?.archived) refuse('archived_card', 'id', before.id);
    const write: CardWrite = { fields: {}, texts: {} };
    if (before) write.cardId = before.id;
    else if (row.id !== undefined) write.fileId = row.id;
    for (const [key, value] of row.values) {
      if (before ? same(currentValue(before, key, texts), texts.includes(key) ? (value ?? '') : value) : plain(value) === null || value === '') continue;
      if (key === 'column') write.column = value as string;
      else if (texts.includes(key)) write.texts[key] = (value as string | undefined) ?? '';
      else write.fields[key] = value;
    }
    const columnKey = row.newColumn?.trim().toLocaleLowerCase('sv');
    if (row.newColumn !== undefined && !mayAddColumns) refuse('unknown_column', 'column', row.newColumn);
    else if (columnKey !== undefined && !newColumns.has(columnKey) && newColumns.size >= columnRoom) refuse('too_many_columns', 'column', row.newColumn!);
    else if (row.newColumn !== undefined) write.newColumn = row.newColumn;
    // IMP5: an empty cell clears a field but never a title: a card the row changes is refused as a new one would be.
    if (!before && (write.texts.title ?? '').trim() === '') refuse('missing_title', 'title', write.texts.title ?? '');
    else if (before && 'title' in write.texts && write.texts.title!.trim() === '') refuse('title_cleared', 'title', write.texts.title!);
    if (!before && write.newColumn === undefined) write.column ??= board.columns[0]?.id;
    const changes = write.column !== undefined || write.newColumn !== undefined || Object.keys(write.fields).length + Object.keys(write.texts).length > 0;
    const after = { ...(before ?? { id: '', order: '', archived: false, title: '' }), ...write.fields, ...write.texts, ...(write.column && { column: write.column }) } as Card;
    if (problems.length === 0 && changes && !mayChange(before, after)) refuse('out_of_scope', 'id', row.id ?? '');
    if (problems.length === 0 && !before && cardRoom-- <= 0) refuse('board_full', 'title', write.texts.title ?? '');
    if (problems.length > 0) outcomes.push({ row: row.row, verdict: 'refused', ...(row.id !== undefined && { cardId: row.id }), problems });
    else if (!changes) outcomes.push({ row: row.row, verdict: 'unchanged', cardId: before!.id, problems });
    else {
      outcomes.push({ row: row.row, verdict: before ? 'update' : 'create', ...(before && { cardId: before.id }), problems });
      writes.push(write);
      if (columnKey !== undefined && !newColumns.has(columnKey)) newColumns.set(columnKey, write.newColumn!.trim());
    }
  }
  return { rows: outcomes, writes, newColumns: [...newColumns.values()] };
}
