import * as Y from 'yjs';
import { getCardsMap, getColumnsMap, getMeta } from '../../shared/doc.ts';

/**
 * An undo manager over the whole board (meta, columns, cards) that records only transactions
 * made with `origin`: remote changes, IndexedDB loads and other users' edits are never undone.
 */
export function createUndoManager(doc: Y.Doc, origin: object): Y.UndoManager {
  return new Y.UndoManager([getMeta(doc), getColumnsMap(doc), getCardsMap(doc)], {
    trackedOrigins: new Set([origin]),
  });
}
