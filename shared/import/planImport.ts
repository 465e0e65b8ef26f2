import type { BoardSnapshot } from '../read/readBoard.ts';
import { CARD_TEXT_FIELDS, type Card } from '../schema/card.ts';
import type { ImportProblem } from './importTable.ts';
import type { ImportRow } from './readImportRows.ts';

/** What a confirmed import does with one row (IMP3): a new card, a change of the card its id names, nothing, or nothing because it is refused. */
export type RowVerdict = 'create' | 'update' | 'unchanged' | 'refused';

export interface RowOutcome {
  row: number;
  verdict: RowVerdict;
  /** The card an update changes (or an unchanged row names). */
  cardId?: string;
  problems: ImportProblem[];
}

/** One card's write: the fields and texts to set (undefined clears a field), and the column to move it to. */
export interface CardWrite {
  /** Absent for a new card. */
  cardId?: string;
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
 * Decides every row against the board (IMP3, IMP5): a row whose id names a card of the board
 * changes that card, and only in the fields whose value differs (an unchanged row writes nothing);
 * a row without an id, or with one the board has not (a file of another board), is a new card with an id of its own, which needs a title and goes to the first column unless the
 * row names one; an id the board has not, or given twice, is refused. `mayChange` is the role's
 * say (ROLE4: a unit chief only their own cards, and no new ones).
 */
export function planImport(board: BoardSnapshot, rows: readonly ImportRow[], options: PlanOptions = {}): ImportPlan {
  const { mayChange = () => true, mayAddColumns = true } = options;
  const newColumns = new Map<string, string>();
  const texts: readonly string[] = CARD_TEXT_FIELDS[board.meta.kind];
  const cards = new Map(board.cards.map((card) => [card.id, card]));
  const ids = new Map<string, number>();
  for (const row of rows) if (row.id !== undefined) ids.set(row.id, (ids.get(row.id) ?? 0) + 1);
  const outcomes: RowOutcome[] = [];
  const writes: CardWrite[] = [];
  for (const row of rows) {
    const problems = [...row.problems];
    const refuse = (reason: ImportProblem['reason'], key: string, value: string) => problems.push({ row: row.row, column: row.headers.get(key) ?? key, value, reason });
    const before = row.id === undefined ? undefined : cards.get(row.id);
    if (row.id !== undefined && (ids.get(row.id) ?? 0) > 1) refuse('duplicate_id', 'id', row.id);
    const write: CardWrite = { fields: {}, texts: {} };
    if (before) write.cardId = before.id;
    for (const [key, value] of row.values) {
      if (before ? same(currentValue(before, key, texts), texts.includes(key) ? (value ?? '') : value) : plain(value) === null || value === '') continue;
      if (key === 'column') write.column = value as string;
      else if (texts.includes(key)) write.texts[key] = (value as string | undefined) ?? '';
      else write.fields[key] = value;
    }
    if (row.newColumn !== undefined && !mayAddColumns) refuse('unknown_column', 'column', row.newColumn);
    else if (row.newColumn !== undefined) write.newColumn = row.newColumn;
    if (!before && (write.texts.title ?? '').trim() === '') refuse('missing_title', 'title', '');
    if (!before && write.newColumn === undefined) write.column ??= board.columns[0]?.id;
    const changes = write.column !== undefined || write.newColumn !== undefined || Object.keys(write.fields).length + Object.keys(write.texts).length > 0;
    const after = { ...(before ?? { id: '', order: '', archived: false, title: '' }), ...write.fields, ...write.texts, ...(write.column && { column: write.column }) } as Card;
    if (problems.length === 0 && changes && !mayChange(before, after)) refuse('out_of_scope', 'id', row.id ?? '');
    if (problems.length > 0) outcomes.push({ row: row.row, verdict: 'refused', ...(row.id !== undefined && { cardId: row.id }), problems });
    else if (!changes) outcomes.push({ row: row.row, verdict: 'unchanged', cardId: before!.id, problems });
    else {
      outcomes.push({ row: row.row, verdict: before ? 'update' : 'create', ...(before && { cardId: before.id }), problems });
      writes.push(write);
      const key = write.newColumn?.trim().toLocaleLowerCase('sv');
      if (key !== undefined && !newColumns.has(key)) newColumns.set(key, write.newColumn!.trim());
    }
  }
  return { rows: outcomes, writes, newColumns: [...newColumns.values()] };
}
