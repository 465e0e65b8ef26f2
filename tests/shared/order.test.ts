import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { compareOrdered, isValidOrderKey, placeBefore } from '../../shared/order.ts';
import { createCard, moveCard } from '../../shared/ops/cards.ts';
import { addColumn, moveColumn } from '../../shared/ops/columns.ts';
import { readBoard } from '../../shared/read/readBoard.ts';
import { getCardsMap } from '../../shared/doc.ts';
import { checkInvariants } from '../../shared/invariants.ts';
import { makeDoc } from './helpers/boards.ts';
import { readColumns } from '../../shared/read/readColumns.ts';
import { cardsInColumn } from '../../shared/read/cardsInColumn.ts';
import { makeBase } from './helpers/boards.ts';
import { expectConverged } from './helpers/compare.ts';
import { mergeConcurrent, syncAll } from './helpers/sync.ts';

const cardIds = (doc: Y.Doc, column: string): string[] => cardsInColumn(readBoard(doc), column).map((c) => c.id);

/** Three peers insert at the same place at once: cards p, q, r end up with one shared key. */
function tiedCards(): Y.Doc[] {
  const base = makeBase({ setup: (d) => ['a', 'z'].forEach((id) => createCard(d, { id, column: 'c1', title: id })) });
  const docs = mergeConcurrent(base, ['r', 'p', 'q'].map((id) => (d: Y.Doc) => createCard(d, { id, column: 'c1', title: id, beforeCardId: 'z' })));
  const board = readBoard(docs[0]!);
  const keys = new Set(['p', 'q', 'r'].map((id) => board.cards.find((c) => c.id === id)!.order));
  expect(keys.size).toBe(1);
  return docs;
}

describe('order keys', () => {
  it('[ORD1] sorts by key, then by id, by code unit', () => {
    const items = [{ id: 'b', order: 'a0' }, { id: 'a', order: 'a0' }, { id: 'Z', order: 'a0' }, { id: 'x', order: 'Zz' }, { id: 'y', order: 'a0V' }];
    expect([...items].sort(compareOrdered).map((i) => i.id)).toEqual(['x', 'Z', 'a', 'b', 'y']);
  });

  it('[ORD2] keys come from fractional-indexing; other strings are not keys', () => {
    expect(isValidOrderKey('a0')).toBe(true);
    expect(isValidOrderKey('a0V')).toBe(true);
    expect(isValidOrderKey('')).toBe(false);
    expect(isValidOrderKey('0.5')).toBe(false);
    expect(isValidOrderKey('a00')).toBe(false);
    expect(isValidOrderKey(1)).toBe(false);
  });

  it('[ORD3] placing between distinct keys re-keys nobody', () => {
    const placement = placeBefore([{ id: 'a', order: 'a0' }, { id: 'b', order: 'a1' }], 'b');
    expect(placement.key > 'a0' && placement.key < 'a1').toBe(true);
    expect(placement.rekeyed.size).toBe(0);
  });

  it('[ORD3] placing inside a tied run re-keys the run around the new item', () => {
    const siblings = [{ id: 'a', order: 'a0' }, { id: 'p', order: 'a1' }, { id: 'q', order: 'a1' }, { id: 'r', order: 'a1' }, { id: 'z', order: 'a2' }];
    const placement = placeBefore(siblings, 'q');
    const after = siblings.map((s) => ({ id: s.id, order: placement.rekeyed.get(s.id) ?? s.order })).concat({ id: 'new', order: placement.key });
    expect(after.sort(compareOrdered).map((s) => s.id)).toEqual(['a', 'p', 'new', 'q', 'r', 'z']);
    expect([...placement.rekeyed.keys()].sort()).toEqual(['p', 'q', 'r']);
    expect(new Set(after.map((s) => s.order)).size).toBe(after.length);
  });

  it('[ORD4] concurrent inserts at one place tie, and the tie breaks by id', () => {
    const docs = tiedCards();
    expect(cardIds(docs[0]!, 'c1')).toEqual(['a', 'p', 'q', 'r', 'z']);
  });

  it('[ORD3] a card can be created between two tied cards', () => {
    const [doc] = tiedCards();
    createCard(doc!, { id: 'n', column: 'c1', title: 'n', beforeCardId: 'q' });
    expect(cardIds(doc!, 'c1')).toEqual(['a', 'p', 'n', 'q', 'r', 'z']);
  });

  it('[ORD3] a card can be moved between two tied cards, and the re-keying converges', () => {
    const docs = tiedCards();
    moveCard(docs[0]!, 'a', 'c1', 'r');
    moveCard(docs[1]!, 'z', 'c1', 'q');
    syncAll(docs);
    expectConverged(docs);
    const order = cardIds(docs[0]!, 'c1');
    expect(order).toHaveLength(5);
    expect(order.indexOf('a')).toBeLessThan(order.indexOf('r'));
  });

  it('[ORD3] a column can be placed between two tied columns', () => {
    const docs = mergeConcurrent(makeBase(), [(d) => addColumn(d, { id: 'x', title: 'X', beforeColumnId: 'c2' }), (d) => addColumn(d, { id: 'y', title: 'Y', beforeColumnId: 'c2' })]);
    const doc = docs[0]!;
    moveColumn(doc, 'c3', 'y');
    expect(readColumns(doc).map((c) => c.id)).toEqual(['c1', 'x', 'c3', 'y', 'c2']);
  });

  it('[ORD5] a card whose key is missing (an update still pending) sorts first and can be placed around', () => {
    const doc = makeDoc({ setup: (d) => ['a', 'b', 'c'].forEach((id) => createCard(d, { id, column: 'c1', title: id })) });
    doc.transact(() => ['b', 'c'].forEach((id) => getCardsMap(doc).get(id)!.delete('order')));
    expect(cardIds(doc, 'c1')).toEqual(['b', 'c', 'a']);
    expect(checkInvariants(doc)).toEqual([]);
    createCard(doc, { id: 'n', column: 'c1', title: 'n', beforeCardId: 'a' });
    moveCard(doc, 'a', 'c1', 'c');
    expect(cardIds(doc, 'c1')).toEqual(['b', 'a', 'c', 'n']);
    expect(checkInvariants(doc)).toEqual([]);
  });
});
