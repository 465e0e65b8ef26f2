import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createUndoManager } from '../../../client/sync/createUndoManager.ts';
import { initBoard } from '../../../shared/ops/board.ts';
import { createCard, moveCard, updateCardField } from '../../../shared/ops/cards.ts';
import { readCard } from '../../../shared/read/readCard.ts';
import { readColumns } from '../../../shared/read/readColumns.ts';

/** Two users on one board, every update relayed at once as the server would. */
function twoUsers() {
  const a = new Y.Doc();
  const b = new Y.Doc();
  a.on('update', (update: Uint8Array, origin: unknown) => origin !== 'relay' && Y.applyUpdate(b, update, 'relay'));
  b.on('update', (update: Uint8Array, origin: unknown) => origin !== 'relay' && Y.applyUpdate(a, update, 'relay'));
  initBoard(a, { title: 'Åtgärder', kind: 'measures' });
  const originA = { user: 'a' };
  const originB = { user: 'b' };
  return { a, b, originA, originB, undoA: createUndoManager(a, originA), undoB: createUndoManager(b, originB) };
}

describe('per-user undo', () => {
  it("reverts only this user's own change, leaving the other's", () => {
    const { a, b, originA, originB, undoA } = twoUsers();
    const [first, second] = readColumns(a);
    const card = createCard(a, { column: first!.id, title: 'Färre hyrläkare', fields: { effect: 100 } }, null);
    undoA.clear(); // the card existed before this scenario starts
    updateCardField(a, card, 'effect', 250, originA);
    moveCard(b, card, second!.id, undefined, originB);
    expect(readCard(b, card)).toMatchObject({ effect: 250, column: second!.id });

    undoA.undo();
    expect(readCard(a, card)).toMatchObject({ effect: 100, column: second!.id });
    expect(readCard(b, card)).toMatchObject({ effect: 100, column: second!.id });
  });

  it('never records remote, loaded or untagged changes', () => {
    const { a, b, originB, undoA } = twoUsers();
    const column = readColumns(a)[0]!.id;
    undoA.clear();
    createCard(b, { column, title: 'Från någon annan' }, originB);
    createCard(a, { column, title: 'Utan ursprung' }, null);
    expect(undoA.canUndo()).toBe(false);
  });

  it('redoes what it undid', () => {
    const { a, originA, undoA } = twoUsers();
    const column = readColumns(a)[0]!.id;
    undoA.clear();
    const card = createCard(a, { column, title: 'Ny' }, originA);
    undoA.undo();
    expect(readCard(a, card)).toBeUndefined();
    undoA.redo();
    expect(readCard(a, card)?.title).toBe('Ny');
  });
});
