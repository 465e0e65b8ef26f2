import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { addColumn, moveColumn, removeColumn, renameColumn, setWipLimit } from '../../shared/ops/columns.ts';
import { archiveCard, createCard, moveCard } from '../../shared/ops/cards.ts';
import { readColumns } from '../../shared/read/readColumns.ts';
import { readBoard } from '../../shared/read/readBoard.ts';
import { readCard } from '../../shared/read/readCard.ts';
import { cardsInColumn } from '../../shared/read/cardsInColumn.ts';
import { makeBase, makeDoc } from './helpers/boards.ts';
import { expectConverged } from './helpers/compare.ts';
import { expectRefused } from './helpers/refused.ts';
import { mergeConcurrent } from './helpers/sync.ts';

const columnIds = (doc: Y.Doc): string[] => readColumns(doc).map((c) => c.id);
const cardIds = (doc: Y.Doc, column: string): string[] => cardsInColumn(readBoard(doc), column).map((c) => c.id);

describe('addColumn', () => {
  it('[COL1] adds a column last or before another, with an optional WIP limit', () => {
    const doc = makeDoc();
    const id = addColumn(doc, { title: 'Uppföljning', wipLimit: 5 });
    addColumn(doc, { id: 'c0', title: 'Idéer', beforeColumnId: 'c1' });
    expect(columnIds(doc)).toEqual(['c0', 'c1', 'c2', 'c3', id]);
    expect(readColumns(doc).at(-1)).toEqual({ id, title: 'Uppföljning', order: expect.any(String), wipLimit: 5 });
  });

  it('[COL1] refuses bad titles, limits, neighbours and ids', () => {
    const doc = makeDoc();
    expectRefused(doc, () => addColumn(doc, { title: '' }), 'invalid_value', 'title');
    expectRefused(doc, () => addColumn(doc, { title: 'X', wipLimit: 0 }), 'invalid_value', 'wipLimit');
    expectRefused(doc, () => addColumn(doc, { title: 'X', wipLimit: 2.5 }), 'invalid_value', 'wipLimit');
    expectRefused(doc, () => addColumn(doc, { title: 'X', beforeColumnId: 'nope' }), 'unknown_column', 'beforeColumnId');
    expectRefused(doc, () => addColumn(doc, { title: 'X', id: 'c1' }), 'invalid_value', 'id');
  });

  it('[ORD4] concurrent adds at one place keep every column, ordered by id', () => {
    const docs = mergeConcurrent(makeBase(), [
      (d) => addColumn(d, { id: 'y', title: 'Y', beforeColumnId: 'c2' }),
      (d) => addColumn(d, { id: 'x', title: 'X', beforeColumnId: 'c2' }),
    ]);
    expectConverged(docs);
    expect(columnIds(docs[0]!)).toEqual(['c1', 'x', 'y', 'c2', 'c3']);
  });
});

describe('renameColumn and setWipLimit', () => {
  it('[COL2] renames and sets or clears the WIP limit', () => {
    const doc = makeDoc();
    renameColumn(doc, 'c1', 'Beredning');
    setWipLimit(doc, 'c1', 3);
    expect(readColumns(doc)[0]).toMatchObject({ title: 'Beredning', wipLimit: 3 });
    setWipLimit(doc, 'c1', undefined);
    expect(readColumns(doc)[0]).not.toHaveProperty('wipLimit');
    expectRefused(doc, () => renameColumn(doc, 'nope', 'X'), 'unknown_column', 'columnId');
    expectRefused(doc, () => renameColumn(doc, 'c1', 42 as unknown as string), 'invalid_value', 'title');
    expectRefused(doc, () => setWipLimit(doc, 'c1', -1), 'invalid_value', 'wipLimit');
  });

  it('[COL2] concurrent renames converge on one title', () => {
    expectConverged(mergeConcurrent(makeBase(), [(d) => renameColumn(d, 'c1', 'A'), (d) => renameColumn(d, 'c1', 'B'), (d) => setWipLimit(d, 'c1', 4)]));
  });
});

describe('moveColumn', () => {
  it('[COL3] moves a column before another or last', () => {
    const doc = makeDoc();
    moveColumn(doc, 'c3', 'c1');
    expect(columnIds(doc)).toEqual(['c3', 'c1', 'c2']);
    moveColumn(doc, 'c3', undefined);
    expect(columnIds(doc)).toEqual(['c1', 'c2', 'c3']);
    expectRefused(doc, () => moveColumn(doc, 'c1', 'c1'), 'invalid_value', 'beforeColumnId');
    expectRefused(doc, () => moveColumn(doc, 'c1', 'nope'), 'unknown_column', 'beforeColumnId');
    expectRefused(doc, () => moveColumn(doc, 'nope', undefined), 'unknown_column', 'columnId');
  });

  it('[COL3] concurrent moves of one column give one winner', () => {
    const docs = mergeConcurrent(makeBase(), [(d) => moveColumn(d, 'c1', undefined), (d) => moveColumn(d, 'c1', 'c3')]);
    expectConverged(docs);
    expect(columnIds(docs[0]!)).toHaveLength(3);
  });
});

describe('removeColumn', () => {
  const withCards = () =>
    makeDoc({
      setup: (d) => {
        createCard(d, { id: 'a', column: 'c1', title: 'A' });
        createCard(d, { id: 'b', column: 'c1', title: 'B' });
        createCard(d, { id: 'x', column: 'c2', title: 'X' });
      },
    });

  it('[COL4] removes an empty column', () => {
    const doc = withCards();
    removeColumn(doc, 'c3');
    expect(columnIds(doc)).toEqual(['c1', 'c2']);
  });

  it('[COL4] refuses a column that still has cards, archived ones too', () => {
    const doc = withCards();
    expectRefused(doc, () => removeColumn(doc, 'c1'), 'column_not_empty', 'columnId');
    moveCard(doc, 'x', 'c1');
    createCard(doc, { id: 'old', column: 'c2', title: 'Old' });
    archiveCard(doc, 'old');
    expectRefused(doc, () => removeColumn(doc, 'c2'), 'column_not_empty', 'columnId');
  });

  it('[COL4] moves the cards, archived ones too, last into moveCardsTo in their order', () => {
    const doc = withCards();
    archiveCard(doc, 'b');
    removeColumn(doc, 'c1', { moveCardsTo: 'c2' });
    expect(columnIds(doc)).toEqual(['c2', 'c3']);
    expect(cardIds(doc, 'c2')).toEqual(['x', 'a']);
    expect(readCard(doc, 'b')).toMatchObject({ column: 'c2', archived: true });
  });

  it('[COL4] refuses bad targets and the last column', () => {
    const doc = withCards();
    expectRefused(doc, () => removeColumn(doc, 'c1', { moveCardsTo: 'c1' }), 'invalid_value', 'moveCardsTo');
    expectRefused(doc, () => removeColumn(doc, 'c1', { moveCardsTo: 'nope' }), 'unknown_column', 'moveCardsTo');
    expectRefused(doc, () => removeColumn(doc, 'nope'), 'unknown_column', 'columnId');
    removeColumn(doc, 'c3');
    removeColumn(doc, 'c2', { moveCardsTo: 'c1' });
    expectRefused(doc, () => removeColumn(doc, 'c1'), 'invalid_value', 'columnId');
  });

  it('[COL5] a card moved into a column removed concurrently is adopted by the first column', () => {
    const base = makeBase({ setup: (d) => createCard(d, { id: 'a', column: 'c1', title: 'A' }) });
    const docs = mergeConcurrent(base, [(d) => removeColumn(d, 'c3'), (d) => moveCard(d, 'a', 'c3')]);
    expectConverged(docs);
    expect(columnIds(docs[0]!)).toEqual(['c1', 'c2']);
    expect(readCard(docs[0]!, 'a')!.column).toBe('c1');
    expect(cardIds(docs[0]!, 'c1')).toEqual(['a']);
  });

  it('[COL5] concurrent removals that each move cards elsewhere lose no card', () => {
    const base = makeBase({ setup: (d) => ['a', 'b', 'c'].forEach((id, i) => createCard(d, { id, column: `c${i + 1}`, title: id })) });
    const docs = mergeConcurrent(base, [(d) => removeColumn(d, 'c1', { moveCardsTo: 'c2' }), (d) => removeColumn(d, 'c2', { moveCardsTo: 'c3' }), (d) => removeColumn(d, 'c3', { moveCardsTo: 'c1' })]);
    expectConverged(docs);
    // All three columns are gone: COL6, the cards wait, unplaced, for a column to be added.
    const board = readBoard(docs[0]!);
    expect(board.columns).toEqual([]);
    expect(board.cards.map((c) => c.id)).toHaveLength(3);
    expect(board.cards.every((c) => c.column === '')).toBe(true);
  });

  it('[COL6] adding a column to a board left with none adopts its cards', () => {
    const base = makeBase({ columns: ['c1', 'c2'], setup: (d) => createCard(d, { id: 'a', column: 'c1', title: 'A' }) });
    const docs = mergeConcurrent(base, [(d) => removeColumn(d, 'c1', { moveCardsTo: 'c2' }), (d) => removeColumn(d, 'c2')]);
    expectConverged(docs);
    addColumn(docs[0]!, { id: 'new', title: 'Ny' });
    expect(cardIds(docs[0]!, 'new')).toEqual(['a']);
  });
});
