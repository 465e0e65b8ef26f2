import * as Y from 'yjs';
import { initBoard, type NewBoard } from '../../../shared/ops/board.ts';
import { createCard } from '../../../shared/ops/cards.ts';
import { readColumns } from '../../../shared/read/readColumns.ts';

/** A measures board (or the given one) with its default columns, as a fresh document. */
export function makeBoard(board: NewBoard = { title: 'Åtgärder', kind: 'measures', target: 1000 }): { doc: Y.Doc; columns: string[] } {
  const doc = new Y.Doc();
  initBoard(doc, board);
  return { doc, columns: readColumns(doc).map((c) => c.id) };
}

/**
 * A measures board of `count` cards titled "Kort 0", "Kort 1"…, dealt over the four default
 * columns, the decision level alternating (political first) and the effect equal to the index.
 */
export function makeBoardOfCards(count: number): { doc: Y.Doc; columns: string[]; ids: string[] } {
  const { doc, columns } = makeBoard();
  const ids = Array.from({ length: count }, (_, i) =>
    createCard(doc, { column: columns[i % 4]!, title: `Kort ${i}`, fields: { decisionLevel: i % 2 ? 'official' : 'political', effect: i } }),
  );
  return { doc, columns, ids };
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
