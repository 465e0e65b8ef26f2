import { describe, expect, it } from 'vitest';
import { archiveCard, createCard, updateCardField } from '../../shared/ops/cards.ts';
import { updateBoardMeta } from '../../shared/ops/board.ts';
import { readBoard } from '../../shared/read/readBoard.ts';
import { cellKey, computeTotals } from '../../shared/sums.ts';
import { makeBase, makeDoc } from './helpers/boards.ts';
import { expectConverged } from './helpers/compare.ts';
import { mergeConcurrent } from './helpers/sync.ts';

const board = () =>
  makeDoc({
    target: 1000,
    setup: (d) => {
      createCard(d, { id: 'a', column: 'c1', title: 'A', fields: { effect: 100, decisionLevel: 'political' } });
      createCard(d, { id: 'b', column: 'c1', title: 'B', fields: { effect: -30, decisionLevel: 'official' } });
      createCard(d, { id: 'c', column: 'c1', title: 'C', fields: { decisionLevel: 'political' } });
      createCard(d, { id: 'd', column: 'c2', title: 'D', fields: { effect: 50 } });
      createCard(d, { id: 'e', column: 'c2', title: 'E', fields: { effect: 999 } });
      archiveCard(d, 'e');
    },
  });

describe('computeTotals', () => {
  it('[SUM1] sums per column, lane, cell and board, against the target', () => {
    const totals = computeTotals(readBoard(board()));
    expect(totals.columns.get('c1')).toEqual({ count: 3, effect: 70, unknownEffect: ['c'] });
    expect(totals.columns.get('c2')).toEqual({ count: 1, effect: 50, unknownEffect: [] });
    expect(totals.columns.get('c3')).toEqual({ count: 0, effect: 0, unknownEffect: [] });
    expect(totals.lanes.get('political')).toEqual({ count: 2, effect: 100, unknownEffect: ['c'] });
    expect(totals.lanes.get('official')).toEqual({ count: 1, effect: -30, unknownEffect: [] });
    expect(totals.lanes.get('')).toEqual({ count: 1, effect: 50, unknownEffect: [] });
    expect(totals.cells.get(cellKey('c1', 'political'))).toEqual({ count: 2, effect: 100, unknownEffect: ['c'] });
    expect(totals.board).toEqual({ count: 4, effect: 120, unknownEffect: ['c'] });
    expect(totals.target).toBe(1000);
  });

  it('[SUM2] an absent effect is listed, never summed as 0', () => {
    const doc = board();
    updateCardField(doc, 'a', 'effect', undefined);
    const totals = computeTotals(readBoard(doc));
    expect(totals.columns.get('c1')).toEqual({ count: 3, effect: -30, unknownEffect: ['a', 'c'] });
  });

  it('[SUM3] archived cards are left out', () => {
    const doc = board();
    archiveCard(doc, 'd');
    expect(computeTotals(readBoard(doc)).columns.get('c2')).toEqual({ count: 0, effect: 0, unknownEffect: [] });
  });

  it('[SUM4] no lane field puts every card in the lane ""', () => {
    const doc = board();
    updateBoardMeta(doc, 'laneField', undefined);
    const totals = computeTotals(readBoard(doc));
    expect([...totals.lanes.keys()]).toEqual(['']);
    expect(totals.lanes.get('')!.count).toBe(4);
  });

  it('[SUM5] the filter applies before summing', () => {
    const totals = computeTotals(readBoard(board()), (c) => c.decisionLevel === 'political');
    expect(totals.board).toEqual({ count: 2, effect: 100, unknownEffect: ['c'] });
    expect(totals.columns.get('c2')).toEqual({ count: 0, effect: 0, unknownEffect: [] });
    expect(totals.lanes.has('official')).toBe(false);
  });

  it('[SUM6] a board without target has none in its totals', () => {
    expect(computeTotals(readBoard(makeDoc()))).not.toHaveProperty('target');
  });

  it('[SUM1] concurrent edits of effects give sums equal to the merged cards', () => {
    const base = makeBase({ setup: (d) => createCard(d, { id: 'a', column: 'c1', title: 'A', fields: { effect: 1 } }) });
    const docs = mergeConcurrent(base, [(d) => updateCardField(d, 'a', 'effect', 5), (d) => createCard(d, { id: 'b', column: 'c1', title: 'B', fields: { effect: 7 } })]);
    expectConverged(docs);
    expect(computeTotals(readBoard(docs[0]!)).board).toEqual({ count: 2, effect: 12, unknownEffect: [] });
  });
});
