import { describe, expect, it } from 'vitest';
import { checkInvariants } from '../../shared/invariants.ts';
import { archiveCard, createCard } from '../../shared/ops/cards.ts';
import { readBoard } from '../../shared/read/readBoard.ts';
import { computeTotals } from '../../shared/sums.ts';
import { expectConverged } from './helpers/compare.ts';
import { mergeConcurrent } from './helpers/sync.ts';
import { getCardsMap, getColumnsMap } from '../../shared/doc.ts';
import { makeBase, makeDoc } from './helpers/boards.ts';

const board = () =>
  makeDoc({
    setup: (d) => {
      createCard(d, { id: 'a', column: 'c1', title: 'A', fields: { effect: 3 } });
      createCard(d, { id: 'b', column: 'c2', title: 'B' });
    },
  });

describe('checkInvariants', () => {
  it('[INV1] holds for a board written through the operations', () => {
    expect(checkInvariants(board())).toEqual([]);
  });

  it('[INV3] reports an order key that is not a fractional index', () => {
    const doc = board();
    doc.transact(() => getCardsMap(doc).get('a')!.set('order', '0.5'));
    expect(checkInvariants(doc)).toEqual(['order: a has an invalid order key "0.5"']);
  });

  it('[INV3] reports a column order key that is not a fractional index', () => {
    const doc = board();
    doc.transact(() => getColumnsMap(doc).get("c2")!.set("order", "a00"));
    expect(checkInvariants(doc)).toContain('order: c2 has an invalid order key "a00"');
  });

  it('[COL5] an orphaned card is placed, so the invariants hold', () => {
    const doc = board();
    doc.transact(() => getCardsMap(doc).get('b')!.set('column', 'gone'));
    expect(checkInvariants(doc)).toEqual([]);
  });

  it('[COL6] a board with cards and no column is no violation', () => {
    const doc = board();
    doc.transact(() => getColumnsMap(doc).clear());
    expect(checkInvariants(doc)).toEqual([]);
  });

  it('[INV2] one id created on two peers at once ends as one card', () => {
    const docs = mergeConcurrent(makeBase(), [(d) => createCard(d, { id: 'x', column: 'c1', title: 'A' }), (d) => createCard(d, { id: 'x', column: 'c2', title: 'B' })]);
    expectConverged(docs);
    expect(readBoard(docs[0]!).cards.map((c) => c.id)).toEqual(['x']);
  });

  it('[INV4] sums equal the cards with orphans, archived cards and unknown effects about', () => {
    const doc = board();
    createCard(doc, { id: 'c', column: 'c3', title: 'C', fields: { effect: 4, decisionLevel: 'official' } });
    createCard(doc, { id: 'd', column: 'c1', title: 'D', fields: { effect: 100 } });
    archiveCard(doc, 'd');
    doc.transact(() => getCardsMap(doc).get('c')!.set('column', 'gone'));
    expect(checkInvariants(doc)).toEqual([]);
    const totals = computeTotals(readBoard(doc));
    expect(totals.columns.get('c1')).toEqual({ count: 2, effect: 7, unknownEffect: [] });
    expect(totals.board).toEqual({ count: 3, effect: 7, unknownEffect: ['b'] });
  });
});
