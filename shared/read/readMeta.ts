import type * as Y from 'yjs';
import { BOARD_KINDS, type BoardKind, type BoardMeta } from '../schema/board.ts';
import { getMeta } from '../doc.ts';

const isKind = (value: unknown): value is BoardKind => (BOARD_KINDS as readonly unknown[]).includes(value);

/**
 * The board's meta as a plain snapshot. A document not yet initialised (before its first
 * sync) reads as schemaVersion 0, an empty title and kind `general` (DOC4), never as an error.
 */
export function readMeta(doc: Y.Doc): BoardMeta {
  const meta = getMeta(doc);
  const schemaVersion = meta.get('schemaVersion');
  const title = meta.get('title');
  const kind = meta.get('kind');
  const target = meta.get('target');
  const laneField = meta.get('laneField');
  const currentMonth = meta.get('currentMonth');
  const snapshot: BoardMeta = {
    schemaVersion: typeof schemaVersion === 'number' ? schemaVersion : 0,
    title: typeof title === 'string' ? title : '',
    kind: isKind(kind) ? kind : 'general',
  };
  if (typeof target === 'number') snapshot.target = target;
  if (typeof laneField === 'string') snapshot.laneField = laneField;
  if (typeof currentMonth === 'string') snapshot.currentMonth = currentMonth;
  return snapshot;
}
