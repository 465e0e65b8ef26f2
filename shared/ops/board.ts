import * as Y from 'yjs';
import { generateNKeysBetween } from 'fractional-indexing';
import { DEFAULT_COLUMNS, DEFAULT_LANE_FIELD, boardMetaFields, type BoardKind, type BoardMetaField } from '../schema/board.ts';
import { SchemaError } from '../schema/errors.ts';
import { SCHEMA_VERSION } from '../schema/version.ts';
import { getColumnsMap, getMeta } from '../doc.ts';
import { newId } from '../ids.ts';
import { parseField } from '../schema/parseField.ts';

export interface NewBoard {
  title: string;
  kind: BoardKind;
  target?: number;
  laneField?: string;
  /** Column titles in order; the kind's defaults when absent. */
  columns?: readonly string[];
}

/**
 * Writes a new board's meta and its first columns in one transaction.
 * Refuses a document that already is a board, so a board is never initialised twice.
 */
export function initBoard(doc: Y.Doc, board: NewBoard, origin: unknown = null): void {
  const meta = getMeta(doc);
  if (meta.has('kind')) throw new SchemaError('invalid_board', 'meta', 'document is already a board');
  const title = parseField(boardMetaFields, 'title', board.title);
  const kind = parseField(boardMetaFields, 'kind', board.kind);
  const laneField = board.laneField ?? DEFAULT_LANE_FIELD[kind];
  const titles = board.columns ?? DEFAULT_COLUMNS[kind];
  const keys = generateNKeysBetween(null, null, titles.length);
  doc.transact(() => {
    meta.set('schemaVersion', SCHEMA_VERSION);
    meta.set('title', title);
    meta.set('kind', kind);
    if (board.target !== undefined) meta.set('target', parseField(boardMetaFields, 'target', board.target));
    if (laneField !== undefined) meta.set('laneField', parseField(boardMetaFields, 'laneField', laneField));
    const columns = getColumnsMap(doc);
    titles.forEach((columnTitle, i) => {
      const column = new Y.Map<unknown>();
      column.set('title', columnTitle);
      column.set('order', keys[i]);
      columns.set(newId(), column);
    });
  }, origin);
}

/** Sets or (with `undefined`) clears an optional meta field; title and kind cannot be cleared, kind cannot change. */
export function updateBoardMeta(doc: Y.Doc, field: BoardMetaField, value: unknown, origin: unknown = null): void {
  if (field === 'kind') throw new SchemaError('invalid_value', 'kind', 'a board keeps its kind');
  const meta = getMeta(doc);
  if (value === undefined) {
    if (field === 'title') throw new SchemaError('invalid_value', 'title', 'title is required');
    doc.transact(() => meta.delete(field), origin);
    return;
  }
  const parsed = parseField(boardMetaFields, field, value);
  doc.transact(() => meta.set(field, parsed), origin);
}
