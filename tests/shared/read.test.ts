import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createCard, archiveCard, updateCardField } from '../../shared/ops/cards.ts';
import { readBoard } from '../../shared/read/readBoard.ts';
import { readCard } from '../../shared/read/readCard.ts';
import { readMeta } from '../../shared/read/readMeta.ts';
import { cardText } from '../../shared/read/cardText.ts';
import { cardsInColumn } from '../../shared/read/cardsInColumn.ts';
import { laneOf } from '../../shared/read/laneOf.ts';
import { getCardsMap } from '../../shared/doc.ts';
import { SCHEMA_VERSION } from '../../shared/schema/version.ts';
import { makeDoc } from './helpers/boards.ts';

describe('readMeta', () => {
  it('[DOC2] reads the meta of a board', () => {
    const doc = makeDoc({ target: 50_000 });
    expect(readMeta(doc)).toEqual({ schemaVersion: SCHEMA_VERSION, title: 'Test board', kind: 'measures', target: 50_000, laneField: 'decisionLevel' });
  });

  it('[DOC4] a document not yet a board reads as version 0, never throws', () => {
    expect(readMeta(new Y.Doc())).toEqual({ schemaVersion: 0, title: '', kind: 'general' });
    expect(readBoard(new Y.Doc())).toEqual({ meta: { schemaVersion: 0, title: '', kind: 'general' }, columns: [], cards: [] });
  });
});

describe('readBoard and readCard', () => {
  const doc = makeDoc({
    setup: (d) => {
      createCard(d, { id: 'b', column: 'c2', title: 'B', fields: { effect: 10 } });
      createCard(d, { id: 'a', column: 'c1', title: 'A' });
      createCard(d, { id: 'c', column: 'c1', title: 'C' });
      archiveCard(d, 'c');
    },
  });

  it('[ORD1] gives columns and every card, archived included, sorted by (order, id)', () => {
    const board = readBoard(doc);
    expect(board.columns.map((c) => c.id)).toEqual(['c1', 'c2', 'c3']);
    // Keys are per column: b (first in c2) and a (first in c1) share a key, so the id decides.
    expect(board.cards.map((c) => c.id)).toEqual(['a', 'b', 'c']);
    expect(cardsInColumn(board, 'c1').map((c) => c.id)).toEqual(['a']);
  });

  it('[SUM2] snapshots hold plain values and leave absent fields absent', () => {
    const card = readCard(doc, 'a')!;
    expect(card).toEqual({ id: 'a', column: 'c1', order: expect.any(String), archived: false, title: 'A', comment: '' });
    expect(readCard(doc, 'b')!.effect).toBe(10);
    expect(readCard(doc, 'nope')).toBeUndefined();
  });

  it('[COL5] a card whose column is gone reads as in the first column', () => {
    const orphaned = makeDoc({ setup: (d) => createCard(d, { id: 'a', column: 'c2', title: 'A' }) });
    orphaned.transact(() => getCardsMap(orphaned).get('a')!.set('column', 'gone'));
    expect(readCard(orphaned, 'a')!.column).toBe('c1');
    expect(cardsInColumn(readBoard(orphaned), 'c1').map((c) => c.id)).toEqual(['a']);
  });

  it('[TXT1] cardText gives the live Y.Text for editor bindings', () => {
    expect(cardText(doc, 'a', 'title')).toBeInstanceOf(Y.Text);
    expect(cardText(doc, 'a', 'unit')).toBeUndefined();
    expect(cardText(doc, 'nope', 'title')).toBeUndefined();
  });

  it('[DOC2] assignment cards list the months that have reports', () => {
    const assignments = makeDoc({ kind: 'assignments', setup: (d) => createCard(d, { id: 'a', column: 'c1', title: 'A' }) });
    expect(readCard(assignments, 'a')).toMatchObject({ analysis: '', reportMonths: [] });
  });
});

describe('laneOf', () => {
  it('[SUM4] is the lane field value as text, or empty', () => {
    const doc = makeDoc({ setup: (d) => createCard(d, { id: 'a', column: 'c1', title: 'A' }) });
    expect(laneOf(readCard(doc, 'a')!, 'decisionLevel')).toBe('');
    updateCardField(doc, 'a', 'decisionLevel', 'official');
    updateCardField(doc, 'a', 'responsible', ['Anna', 'Bo']);
    const card = readCard(doc, 'a')!;
    expect(laneOf(card, 'decisionLevel')).toBe('official');
    expect(laneOf(card, 'responsible')).toBe('Anna, Bo');
    expect(laneOf(card)).toBe('');
  });
});
