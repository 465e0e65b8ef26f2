import * as Y from 'yjs';
import { initBoard, type NewBoard } from '../../shared/ops/board.ts';
import { newId } from '../../shared/ids.ts';
import type { BoardRecord, Storage } from '../storage/Storage.ts';

/**
 * Creates a board: its document made by initBoard (meta and the default columns of its kind),
 * stored as the first snapshot together with its registry record. `id` is for seeds and
 * tests; a new random id otherwise. Throws initBoard's SchemaError for a bad title, kind or target.
 */
export async function createBoard(storage: Storage, board: NewBoard & { id?: string }, now = new Date()): Promise<BoardRecord> {
  const { id = newId(), ...fields } = board;
  const doc = new Y.Doc();
  try {
    initBoard(doc, fields);
    const at = now.toISOString();
    const record: BoardRecord = { id, title: fields.title, kind: fields.kind, createdAt: at, updatedAt: at, archived: false };
    await storage.createBoard(record, Y.encodeStateAsUpdate(doc));
    return record;
  } finally {
    doc.destroy();
  }
}
