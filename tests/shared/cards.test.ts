import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { archiveCard, createCard, moveCard, restoreCard } from '../../shared/ops/cards.ts';
import { readBoard } from '../../shared/read/readBoard.ts';
import { readCard } from '../../shared/read/readCard.ts';
import { cardsInColumn } from '../../shared/read/cardsInColumn.ts';
import { getCardsMap } from '../../shared/doc.ts';
import { makeBase, makeDoc } from './helpers/boards.ts';
import { expectConverged } from './helpers/compare.ts';
import { expectRefused } from './helpers/refused.ts';
import { mergeConcurrent } from './helpers/sync.ts';

const ids = (doc: Y.Doc, column: string): string[] => cardsInColumn(readBoard(doc), column).map((c) => c.id);

describe('createCard', () => {
  it('[TXT1] creates a card with its fields, its prose as Y.Text and its position', () => {
    const doc = makeDoc();
    const id = createCard(doc, { column: 'c1', title: 'Färre hyrläkare', fields: { effect: 1200, unit: 'Medicin', responsible: ['Anna'] }, texts: { comment: 'Se bilaga' } });
    expect(readCard(doc, id)).toMatchObject({ id, column: 'c1', archived: false, title: 'Färre hyrläkare', effect: 1200, unit: 'Medicin', responsible: ['Anna'], comment: 'Se bilaga' });
    const map = getCardsMap(doc).get(id)!;
    expect(map.get('title')).toBeInstanceOf(Y.Text);
    expect(map.get('comment')).toBeInstanceOf(Y.Text);
  });

  it('[ORD3] places a new card last, or before the card named', () => {
    const doc = makeDoc();
    const a = createCard(doc, { id: 'a', column: 'c1', title: 'A' });
    const c = createCard(doc, { id: 'c', column: 'c1', title: 'C' });
    createCard(doc, { id: 'b', column: 'c1', title: 'B', beforeCardId: c });
    createCard(doc, { id: 'z', column: 'c1', title: 'Z', beforeCardId: a });
    expect(ids(doc, 'c1')).toEqual(['z', 'a', 'b', 'c']);
  });

  it('[DOC5] refuses an unknown column, a taken id and a bad beforeCardId, changing nothing', () => {
    const doc = makeDoc();
    createCard(doc, { id: 'a', column: 'c1', title: 'A' });
    expectRefused(doc, () => createCard(doc, { column: 'nope', title: 'X' }), 'unknown_column', 'column');
    expectRefused(doc, () => createCard(doc, { id: 'a', column: 'c1', title: 'X' }), 'invalid_value', 'id');
    expectRefused(doc, () => createCard(doc, { id: 'bad id!', column: 'c1', title: 'X' }), 'invalid_value', 'id');
    expectRefused(doc, () => createCard(doc, { column: 'c2', title: 'X', beforeCardId: 'a' }), 'unknown_card', 'beforeCardId');
  });

  it('[VAL2] refuses unknown fields and bad values by name', () => {
    const doc = makeDoc();
    expectRefused(doc, () => createCard(doc, { column: 'c1', title: 'X', fields: { colour: 'red' } }), 'unknown_field', 'colour');
    expectRefused(doc, () => createCard(doc, { column: 'c1', title: 'X', fields: { effect: '1200' } }), 'invalid_value', 'effect');
    expectRefused(doc, () => createCard(doc, { column: 'c1', title: 'X', fields: { column: 'c2' } }), 'invalid_value', 'column');
    expectRefused(doc, () => createCard(doc, { column: 'c1', title: 'X', texts: { analysis: 'x' } }), 'unknown_field', 'analysis');
    expectRefused(doc, () => createCard(doc, { column: 'c1', title: 'X', texts: { title: 'x' } }), 'invalid_value', 'title');
  });

  it('[DOC4] refuses a document that is not a board', () => {
    const doc = new Y.Doc();
    expectRefused(doc, () => createCard(doc, { column: 'c1', title: 'X' }), 'invalid_board', 'meta');
  });

  it('[ORD4] concurrent creates at one place keep both cards, ordered by id', () => {
    const base = makeBase({ setup: (d) => createCard(d, { id: 'x', column: 'c1', title: 'X' }) });
    const docs = mergeConcurrent(base, [
      (d) => createCard(d, { id: 'q', column: 'c1', title: 'Q', beforeCardId: 'x' }),
      (d) => createCard(d, { id: 'p', column: 'c1', title: 'P', beforeCardId: 'x' }),
      (d) => createCard(d, { id: 'r', column: 'c1', title: 'R', beforeCardId: 'x' }),
    ]);
    expectConverged(docs);
    expect(ids(docs[0]!, 'c1')).toEqual(['p', 'q', 'r', 'x']);
  });
});

describe('moveCard', () => {
  const base = makeBase({
    setup: (d) => ['a', 'b', 'c'].forEach((id) => createCard(d, { id, column: 'c1', title: id.toUpperCase() })),
  });

  it('[MV1] moves a card to another column, last or before a card', () => {
    const doc = makeDoc({ setup: (d) => ['a', 'b', 'c'].forEach((id) => createCard(d, { id, column: 'c1', title: id })) });
    moveCard(doc, 'a', 'c2');
    moveCard(doc, 'c', 'c2', 'a');
    moveCard(doc, 'b', 'c1');
    expect(ids(doc, 'c1')).toEqual(['b']);
    expect(ids(doc, 'c2')).toEqual(['c', 'a']);
    moveCard(doc, 'a', 'c2', 'c');
    expect(ids(doc, 'c2')).toEqual(['a', 'c']);
  });

  it('[MV3] refuses unknown cards, columns and neighbours', () => {
    const doc = makeDoc({ setup: (d) => ['a', 'b'].forEach((id) => createCard(d, { id, column: 'c1', title: id })) });
    expectRefused(doc, () => moveCard(doc, 'nope', 'c2'), 'unknown_card', 'cardId');
    expectRefused(doc, () => moveCard(doc, 'a', 'nope'), 'unknown_column', 'toColumnId');
    expectRefused(doc, () => moveCard(doc, 'a', 'c2', 'b'), 'unknown_card', 'beforeCardId');
    expectRefused(doc, () => moveCard(doc, 'a', 'c1', 'a'), 'unknown_card', 'beforeCardId');
  });

  it('[MV2] concurrent moves of one card give one winner', () => {
    const docs = mergeConcurrent(base, [(d) => moveCard(d, 'a', 'c2'), (d) => moveCard(d, 'a', 'c3'), (d) => moveCard(d, 'a', 'c1')]);
    expectConverged(docs);
    const board = readBoard(docs[0]!);
    const placed = ['c1', 'c2', 'c3'].flatMap((col) => cardsInColumn(board, col).filter((c) => c.id === 'a'));
    expect(placed).toHaveLength(1);
    expect(board.cards).toHaveLength(3);
  });

  it('[MV2] the winner takes column and order together', () => {
    const docs = mergeConcurrent(base, [(d) => moveCard(d, 'c', 'c2'), (d) => moveCard(d, 'c', 'c1', 'a')]);
    expectConverged(docs);
    const card = readCard(docs[0]!, 'c')!;
    // Peer 2 has the higher client id, so Yjs lets its write win both keys.
    expect(card.column).toBe('c1');
    expect(ids(docs[0]!, 'c1')).toEqual(['c', 'a', 'b']);
  });

  it('[MV5] a move and an edit of the same card both apply', () => {
    const docs = mergeConcurrent(base, [(d) => moveCard(d, 'b', 'c3'), (d) => archiveCard(d, 'b')]);
    expectConverged(docs);
    expect(readCard(docs[0]!, 'b')).toMatchObject({ column: 'c3', archived: true });
  });
});

describe('archiveCard and restoreCard', () => {
  it('[MV4] an archived card keeps its place, leaves the column view and comes back on restore', () => {
    const doc = makeDoc({ setup: (d) => ['a', 'b', 'c'].forEach((id) => createCard(d, { id, column: 'c1', title: id })) });
    archiveCard(doc, 'b');
    expect(ids(doc, 'c1')).toEqual(['a', 'c']);
    expect(readBoard(doc).cards.map((c) => c.id)).toEqual(['a', 'b', 'c']);
    restoreCard(doc, 'b');
    expect(ids(doc, 'c1')).toEqual(['a', 'b', 'c']);
    expectRefused(doc, () => archiveCard(doc, 'nope'), 'unknown_card', 'cardId');
    expectRefused(doc, () => restoreCard(doc, 'nope'), 'unknown_card', 'cardId');
  });

  it('[MV4] concurrent archive and restore converge', () => {
    const base = makeBase({ setup: (d) => createCard(d, { id: 'a', column: 'c1', title: 'A' }) });
    expectConverged(mergeConcurrent(base, [(d) => archiveCard(d, 'a'), (d) => restoreCard(d, 'a'), (d) => moveCard(d, 'a', 'c2')]));
  });
});

describe('transactions', () => {
  it('[DOC6] every operation is one transaction carrying its origin', () => {
    const doc = makeDoc();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    const origin = { peer: 'me' };
    createCard(doc, { id: 'a', column: 'c1', title: 'A' }, origin);
    moveCard(doc, 'a', 'c2', undefined, origin);
    archiveCard(doc, 'a', origin);
    restoreCard(doc, 'a', origin);
    expect(origins).toEqual([origin, origin, origin, origin]);
  });
});
