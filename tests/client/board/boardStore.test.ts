import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { boardStoreFor } from '../../../client/state/boardStore.ts';
import { createCard, editCardText, moveCard, updateCardField } from '../../../shared/ops/cards.ts';
import { removeColumn } from '../../../shared/ops/columns.ts';
import { addReport, editReportText } from '../../../shared/ops/reports.ts';
import { makeBoard } from './boardFixture.ts';

describe('boardStore', () => {
  it('keeps an unchanged card snapshot identical and replaces only the changed one', () => {
    const { doc, columns } = makeBoard();
    const a = createCard(doc, { column: columns[0]!, title: 'A' });
    const b = createCard(doc, { column: columns[0]!, title: 'B' });
    const store = boardStoreFor(doc);
    const [beforeA, beforeB] = [store.getCard(a), store.getCard(b)];
    updateCardField(doc, a, 'effect', 120);
    expect(store.getCard(a)).not.toBe(beforeA);
    expect(store.getCard(a)?.effect).toBe(120);
    expect(store.getCard(b)).toBe(beforeB);
  });

  it('notifies only the listeners of the card that changed', () => {
    const { doc, columns } = makeBoard();
    const a = createCard(doc, { column: columns[0]!, title: 'A' });
    const b = createCard(doc, { column: columns[0]!, title: 'B' });
    const store = boardStoreFor(doc);
    const calls = { a: 0, b: 0, board: 0 };
    store.subscribeCard(a, () => calls.a++);
    store.subscribeCard(b, () => calls.b++);
    store.subscribe(() => calls.board++);
    editCardText(doc, a, 'title', 1, 0, 'x');
    expect(calls).toEqual({ a: 1, b: 0, board: 1 });
  });

  it('on a board of 1,000 cards, an edit of one card notifies that card alone', () => {
    const { doc, columns } = makeBoard();
    const ids = Array.from({ length: 1000 }, (_, i) => createCard(doc, { column: columns[i % 4]!, title: `Kort ${i}` }));
    const store = boardStoreFor(doc);
    const notified: string[] = [];
    for (const id of ids) store.subscribeCard(id, () => notified.push(id));
    const snapshots = ids.map((id) => store.getCard(id));
    updateCardField(doc, ids[500]!, 'effect', 10);
    expect(notified).toEqual([ids[500]]);
    expect(ids.filter((id, i) => store.getCard(id) !== snapshots[i])).toEqual([ids[500]]);
  });

  it('keeps the snapshot but bumps the revision when only a report changes', () => {
    const { doc, columns } = makeBoard({ title: 'Uppdrag', kind: 'assignments' });
    const card = createCard(doc, { column: columns[0]!, title: 'Uppdrag 1' });
    addReport(doc, card, '2025-05');
    const store = boardStoreFor(doc);
    const before = store.getCard(card);
    const revision = store.getCardRevision(card);
    editReportText(doc, card, '2025-05', 'risks', 0, 0, 'Bemanning');
    expect(store.getCard(card)).toBe(before);
    expect(store.getCardRevision(card)).toBeGreaterThan(revision);
  });

  it('re-reads cards when their column is removed, showing them in the first column (COL5)', () => {
    const { doc, columns } = makeBoard();
    const card = createCard(doc, { column: columns[1]!, title: 'A' });
    const store = boardStoreFor(doc);
    removeColumn(doc, columns[1]!, { moveCardsTo: columns[2]! });
    expect(store.getCard(card)?.column).toBe(columns[2]);
  });

  it('caches the board snapshot per change, sorted by order', () => {
    const { doc, columns } = makeBoard();
    const a = createCard(doc, { column: columns[0]!, title: 'A' });
    const b = createCard(doc, { column: columns[0]!, title: 'B' });
    const store = boardStoreFor(doc);
    const board = store.getBoard();
    expect(store.getBoard()).toBe(board);
    moveCard(doc, b, columns[0]!, a);
    expect(store.getBoard()).not.toBe(board);
    expect(store.getBoard()?.cards.map((c) => c.id)).toEqual([b, a]);
  });

  it('has no meta before the document is a board, and reads it once it syncs', () => {
    const { doc: source } = makeBoard();
    const doc = new Y.Doc();
    const store = boardStoreFor(doc);
    expect(store.getMeta()).toBeUndefined();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(source));
    expect(store.getMeta()?.kind).toBe('measures');
    expect(store.getColumns()).toHaveLength(4);
  });
});
