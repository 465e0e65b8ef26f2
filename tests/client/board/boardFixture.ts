import * as Y from 'yjs';
import { initBoard, type NewBoard } from '../../../shared/ops/board.ts';
import { readColumns } from '../../../shared/read/readColumns.ts';

/** A measures board (or the given one) with its default columns, as a fresh document. */
export function makeBoard(board: NewBoard = { title: 'Åtgärder', kind: 'measures', target: 1000 }): { doc: Y.Doc; columns: string[] } {
  const doc = new Y.Doc();
  initBoard(doc, board);
  return { doc, columns: readColumns(doc).map((c) => c.id) };
}

/** A second peer of `doc`, kept in sync both ways like two browsers on one room. */
export function connectPeer(doc: Y.Doc): Y.Doc {
  const peer = new Y.Doc();
  Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'peer') Y.applyUpdate(peer, update, 'peer');
  });
  peer.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'peer') Y.applyUpdate(doc, update, 'peer');
  });
  return peer;
}
