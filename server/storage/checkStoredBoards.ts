import * as Y from 'yjs';
import { getMeta } from '../../shared/doc.ts';
import type { RecordKind } from '../../shared/schema/boardRecord.ts';
import { documentKind, validateDocument } from '../../shared/validateDocument.ts';
import type { Storage, StoredDoc } from './Storage.ts';

/** Why a stored board cannot be served (OPS3). */
export type UnreadableReason =
  /** Y.applyUpdate threw on the snapshot or an update. */
  | 'does_not_decode'
  /** The bytes decoded, but refer to parts that are not there (structs left pending). */
  | 'incomplete'
  /** The document holds no board: no meta, or nothing at all. */
  | 'not_a_board'
  /** A board (or a meeting), but with values its schema refuses (validateDocument, MTS1). */
  | 'invalid_board';

/** A stored document read as a board: the document, or why it is not one. */
export type BoardReading = { readable: true; doc: Y.Doc } | { readable: false; reason: UnreadableReason; detail: string };

/** A board of the registry whose stored document is not a readable board. */
export interface UnreadableBoard {
  id: string;
  title: string;
  reason: UnreadableReason;
  detail: string;
}

/**
 * Applies `stored` (snapshot, then updates) to `doc` (a fresh one by default) and checks that the
 * result reads as what the registry says it is, a board or a meeting (`kind`; without it, what its
 * meta says: OPS3, MTS1). Garbled
 * bytes either throw in Y.applyUpdate or decode silently into something else: structs that wait for
 * parts that never come, a document without meta, or values the schema refuses. On a refusal the
 * document is destroyed.
 */
export function readStoredBoard(stored: StoredDoc, doc: Y.Doc = new Y.Doc(), kind?: RecordKind): BoardReading {
  const refuse = (reason: UnreadableReason, detail: string): BoardReading => {
    doc.destroy();
    return { readable: false, reason, detail };
  };
  let part = 'snapshot';
  try {
    doc.transact(() => {
      if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
      for (const update of stored.updates) {
        part = `update ${update.seq}`;
        Y.applyUpdate(doc, update.data);
      }
    });
  } catch (error) {
    return refuse('does_not_decode', `${part}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (doc.store.pendingStructs !== null || doc.store.pendingDs !== null) return refuse('incomplete', 'the stored bytes refer to parts of the document that are not stored');
  if (getMeta(doc).size === 0) return refuse('not_a_board', 'the document holds no board (no meta)');
  const issues = validateDocument(doc, kind ?? documentKind(doc) ?? 'general');
  if (issues.length > 0) return refuse('invalid_board', issues.slice(0, 3).map((issue) => `${issue.path}: ${issue.message}`).join('; '));
  return { readable: true, doc };
}

/** Every board and meeting in `storage` (archived ones too) whose stored document does not read as its kind (OPS3, MTS1). */
export async function checkStoredBoards(storage: Storage): Promise<UnreadableBoard[]> {
  const unreadable: UnreadableBoard[] = [];
  for (const board of await storage.listBoards({ includeArchived: true })) {
    const reading = readStoredBoard(await storage.loadDoc(board.id), undefined, board.kind);
    if (reading.readable) reading.doc.destroy();
    else unreadable.push({ id: board.id, title: board.title, reason: reading.reason, detail: reading.detail });
  }
  return unreadable;
}
