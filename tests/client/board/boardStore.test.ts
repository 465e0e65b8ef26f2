import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { boardStoreFor } from '../../../client/state/boardStore.ts';
import { createCard, editCardText, moveCard, updateCardField } from '../../../shared/ops/cards.ts';
import { removeColumn, renameColumn } from '../../../shared/ops/columns.ts';
import { addMilestone, updateMilestone } from '../../../shared/ops/milestones.ts';
import { addReport, editReportText, setReportReady } from '../../../shared/ops/reports.ts';
import { connectPeer, makeBoard } from './boardFixture.ts';

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

  it('notifies the card and the board when a peer edits only a report (text or ready), not other cards', () => {
    const { doc, columns } = makeBoard({ title: 'Uppdrag', kind: 'assignments' });
    const card = createCard(doc, { column: columns[0]!, title: 'Uppdrag 1' });
    const other = createCard(doc, { column: columns[0]!, title: 'Uppdrag 2' });
    addReport(doc, card, '2025-05');
    const peer = connectPeer(doc);
    const store = boardStoreFor(doc);
    const calls = { card: 0, other: 0, board: 0 };
    store.subscribeCard(card, () => calls.card++);
    store.subscribeCard(other, () => calls.other++);
    store.subscribe(() => calls.board++);
    const version = store.getVersion();
    editReportText(peer, card, '2025-05', 'risks', 0, 0, 'Bemanning');
    setReportReady(peer, card, '2025-05', true);
    expect(calls).toEqual({ card: 2, other: 0, board: 2 });
    expect(store.getVersion()).toBe(version + 2);
  });

  it('keeps card revisions and listeners quiet when a column change leaves the cards reading the same', () => {
    const { doc, columns } = makeBoard();
    const card = createCard(doc, { column: columns[0]!, title: 'A' });
    const store = boardStoreFor(doc);
    let calls = 0;
    store.subscribeCard(card, () => calls++);
    const revision = store.getCardRevision(card);
    renameColumn(doc, columns[1]!, 'Beredning');
    expect([calls, store.getCardRevision(card)]).toEqual([0, revision]);
  });

  it('holds the milestones sorted by date, replaced and notified when a peer changes one', () => {
    const { doc } = makeBoard();
    const peer = connectPeer(doc);
    const store = boardStoreFor(doc);
    let calls = 0;
    store.subscribe(() => calls++);
    const empty = store.getMilestones();
    expect(empty).toEqual([]);
    addMilestone(peer, { id: 'b', date: '2025-06-18', title: 'Beslut' });
    addMilestone(peer, { id: 'a', date: '2025-04', title: 'FSG' });
    expect(store.getMilestones().map((m) => m.id)).toEqual(['a', 'b']);
    const before = store.getMilestones();
    expect(store.getMilestones()).toBe(before);
    updateMilestone(peer, 'a', 'title', 'Extrainsatt FSG');
    expect(store.getMilestones()).not.toBe(before);
    expect(store.getMilestones()[0]?.title).toBe('Extrainsatt FSG');
    expect(calls).toBe(3);
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
