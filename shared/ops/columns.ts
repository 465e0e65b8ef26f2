import * as Y from 'yjs';
import { columnFields } from '../schema/column.ts';
import { SchemaError } from '../schema/errors.ts';
import { parseField } from '../schema/parseField.ts';
import { getColumnsMap } from '../doc.ts';
import { newId } from '../ids.ts';
import { keysAfter, placeBefore, type Placement } from '../order.ts';
import { readColumns } from '../read/readColumns.ts';
import { cardsPlacedIn, checkNewId, liveSiblings, requireCard, requireColumn, requireKind } from './lookup.ts';
import { requireRoom } from './requireRoom.ts';
import { MAX_COLUMNS } from '../schema/limits.ts';

export interface NewColumn {
  title: string;
  wipLimit?: number;
  /** The column it goes before; last when absent. */
  beforeColumnId?: string;
  /** A caller-chosen id (seeds, tests); a fresh one when absent. */
  id?: string;
}

/** Where a column goes among the others (ORD3), the column itself excluded. */
function placeColumn(doc: Y.Doc, columnId: string | undefined, beforeColumnId: string | undefined): Placement {
  if (beforeColumnId !== undefined) {
    requireColumn(doc, beforeColumnId, 'beforeColumnId');
    if (beforeColumnId === columnId) throw new SchemaError('invalid_value', 'beforeColumnId', 'a column cannot go before itself');
  }
  const siblings = readColumns(doc).filter((c) => c.id !== columnId);
  return placeBefore(siblings, beforeColumnId);
}

/** Writes a column placement: its own key and any re-keyed neighbours. Call inside a transaction. */
function writeColumnPlacement(doc: Y.Doc, column: Y.Map<unknown>, placement: Placement): void {
  column.set('order', placement.key);
  placement.rekeyed.forEach((key, id) => getColumnsMap(doc).get(id)?.set('order', key));
}

/** Adds a column (COL1) and returns its id. */
export function addColumn(doc: Y.Doc, col: NewColumn, origin: unknown = null): string {
  requireKind(doc);
  const columns = getColumnsMap(doc);
  requireRoom(columns.size, MAX_COLUMNS, 'columns');
  const id = col.id === undefined ? newId() : checkNewId(col.id, columns);
  const title = parseField(columnFields, 'title', col.title);
  const wipLimit = col.wipLimit === undefined ? undefined : parseField(columnFields, 'wipLimit', col.wipLimit);
  const placement = placeColumn(doc, undefined, col.beforeColumnId);
  doc.transact(() => {
    const column = new Y.Map<unknown>();
    columns.set(id, column);
    column.set('title', title);
    if (wipLimit !== undefined) column.set('wipLimit', wipLimit);
    writeColumnPlacement(doc, column, placement);
  }, origin);
  return id;
}

/** Renames a column (COL2). */
export function renameColumn(doc: Y.Doc, columnId: string, title: string, origin: unknown = null): void {
  const column = requireColumn(doc, columnId);
  const parsed = parseField(columnFields, 'title', title);
  doc.transact(() => column.set('title', parsed), origin);
}

/** Sets a column's WIP limit, or clears it with `undefined` (COL2). */
export function setWipLimit(doc: Y.Doc, columnId: string, limit: number | undefined, origin: unknown = null): void {
  const column = requireColumn(doc, columnId);
  if (limit === undefined) {
    doc.transact(() => column.delete('wipLimit'), origin);
    return;
  }
  const parsed = parseField(columnFields, 'wipLimit', limit);
  doc.transact(() => column.set('wipLimit', parsed), origin);
}

/** Moves a column before another, or last when `beforeColumnId` is undefined (COL3). */
export function moveColumn(doc: Y.Doc, columnId: string, beforeColumnId: string | undefined, origin: unknown = null): void {
  const column = requireColumn(doc, columnId);
  const placement = placeColumn(doc, columnId, beforeColumnId);
  doc.transact(() => writeColumnPlacement(doc, column, placement), origin);
}

/**
 * Removes a column (COL4). A column that still shows cards, live or archived, is refused
 * ('column_not_empty') unless `moveCardsTo` names another column: its cards then go last
 * there, in their order, in the same transaction, so no card is ever left without a column.
 * The last column is refused too: a board keeps at least one.
 */
export function removeColumn(doc: Y.Doc, columnId: string, opts: { moveCardsTo?: string } = {}, origin: unknown = null): void {
  requireColumn(doc, columnId);
  const { moveCardsTo } = opts;
  if (moveCardsTo !== undefined) {
    requireColumn(doc, moveCardsTo, 'moveCardsTo');
    if (moveCardsTo === columnId) throw new SchemaError('invalid_value', 'moveCardsTo', 'cards cannot move to the column being removed');
  }
  if (getColumnsMap(doc).size <= 1) throw new SchemaError('invalid_value', 'columnId', 'a board keeps at least one column');
  const cards = cardsPlacedIn(doc, columnId);
  if (cards.length > 0 && moveCardsTo === undefined) {
    throw new SchemaError('column_not_empty', 'columnId', `column "${columnId}" still has ${cards.length} cards`);
  }
  const keys = moveCardsTo === undefined ? [] : keysAfter(liveSiblings(doc, moveCardsTo), cards.length);
  const maps = cards.map((c) => requireCard(doc, c.id));
  doc.transact(() => {
    maps.forEach((map, i) => {
      map.set('column', moveCardsTo);
      map.set('order', keys[i]);
    });
    getColumnsMap(doc).delete(columnId);
  }, origin);
}
