import { describe, expect, it } from 'vitest';
import { hsfAtgarder } from '../../seeds/data/hsfAtgarder.ts';
import { buildSeedBoard } from '../../seeds/buildSeedBoards.ts';
import { computeLedger, shareOfTarget } from '../../shared/ledger.ts';
import { archiveCard, createCard, moveCard, updateCardField } from '../../shared/ops/cards.ts';
import { readBoard } from '../../shared/read/readBoard.ts';
import { computeTotals } from '../../shared/sums.ts';
import { makeBase, makeDoc } from './helpers/boards.ts';
import { expectConverged } from './helpers/compare.ts';
import { mergeConcurrent } from './helpers/sync.ts';

const setup = (d: Parameters<typeof createCard>[0]) => {
  createCard(d, { id: 'a', column: 'c1', title: 'A', fields: { effect: 100, decisionLevel: 'political' } });
  createCard(d, { id: 'b', column: 'c1', title: 'B', fields: { effect: 40, decisionLevel: 'official' } });
  createCard(d, { id: 'c', column: 'c2', title: 'Okänd C', fields: { decisionLevel: 'political' } });
  createCard(d, { id: 'd', column: 'c3', title: 'D', fields: { effect: 60, decisionLevel: 'political' } });
  createCard(d, { id: 'e', column: 'c3', title: 'E', fields: { effect: 500, decisionLevel: 'official' } });
  createCard(d, { id: 'f', column: 'c3', title: 'F', fields: { effect: 5 } });
  archiveCard(d, 'e');
};
const ledgerOf = (doc: Parameters<typeof readBoard>[0]) => computeLedger(readBoard(doc));

describe('computeLedger on the seed board "Åtgärder för minskade personalkostnader"', () => {
  const ledger = computeLedger(readBoard(buildSeedBoard(hsfAtgarder)));

  it('[LED1] sums the rows: 157 000 political and 80 000 official (not the slide\'s 81 000)', () => {
    expect(ledger.lanes.map((l) => [l.lane, l.proposed.effect])).toEqual([
      ['political', 157_000],
      ['official', 80_000],
    ]);
    expect(ledger.proposed.effect).toBe(237_000);
    expect(ledger.proposed.count).toBe(17);
  });

  it('[LED2] decided is the last stage, "Verkställa beslut": 15 000 + 21 000', () => {
    expect(ledger.decidedColumnId).toBe('verkstalla');
    expect(ledger.decided).toEqual({ count: 2, effect: 36_000, unknownEffect: [] });
    expect(ledger.lanes.find((l) => l.lane === 'official')!.decided.effect).toBe(36_000);
    expect(ledger.lanes.find((l) => l.lane === 'political')!.decided.count).toBe(0);
    // Friskvårdstimme waits in the decision stage: proposed, not decided.
    expect(ledger.stages.find((s) => s.columnId === 'beslut')).toMatchObject({ decided: false, totals: { count: 1, effect: 5_000 } });
  });

  it('[LED3] the board against its target: 237 000 proposed and 36 000 decided of 213 000', () => {
    expect(ledger.target).toBe(213_000);
    expect(shareOfTarget(ledger.proposed.effect, ledger.target)).toBeCloseTo(1.1127, 3);
    expect(shareOfTarget(ledger.decided.effect, ledger.target)).toBeCloseTo(0.169, 3);
  });

  it('[LED4] names the card whose effect is "?"', () => {
    expect(ledger.unknownEffect).toEqual([
      { id: 'centrumbildningar', title: 'Se över möjlighet till centrumbildningar', columnId: 'beredning', lane: 'official' },
    ]);
  });
});

describe('computeLedger', () => {
  it('[LED5] gives every stage in board order with its lanes, and cells add up to the stage', () => {
    const ledger = ledgerOf(makeDoc({ target: 400, setup }));
    expect(ledger.stages.map((s) => s.columnId)).toEqual(['c1', 'c2', 'c3']);
    expect(ledger.lanes.map((l) => l.lane)).toEqual(['political', 'official', '']);
    for (const stage of ledger.stages) {
      expect(stage.byLane.reduce((sum, t) => sum + t.effect, 0)).toBe(stage.totals.effect);
      expect(stage.byLane.reduce((sum, t) => sum + t.count, 0)).toBe(stage.totals.count);
    }
    expect(ledger.stages[2]).toMatchObject({ decided: true, totals: { count: 2, effect: 65 } });
  });

  it('[LED2] archived cards count nowhere; decided follows a move into or out of the last stage', () => {
    const doc = makeDoc({ setup });
    expect(ledgerOf(doc).decided).toEqual({ count: 2, effect: 65, unknownEffect: [] });
    moveCard(doc, 'a', 'c3');
    moveCard(doc, 'd', 'c1');
    expect(ledgerOf(doc).decided).toEqual({ count: 2, effect: 105, unknownEffect: [] });
    expect(ledgerOf(doc).proposed.effect).toBe(205);
  });

  it('[LED1] the ledger equals computeTotals, also under a filter', () => {
    const board = readBoard(makeDoc({ target: 400, setup }));
    const political = (card: { decisionLevel?: string }) => card.decisionLevel === 'political';
    const totals = computeTotals(board, political);
    const ledger = computeLedger(board, political);
    expect(ledger.proposed).toEqual(totals.board);
    expect(ledger.decided).toEqual({ count: 1, effect: 60, unknownEffect: [] });
    expect(ledger.lanes.map((l) => l.lane)).toEqual(['political']);
  });

  it('[LED4] a card whose effect is cleared becomes unknown: counted and named, never 0', () => {
    const doc = makeDoc({ setup });
    updateCardField(doc, 'd', 'effect', undefined);
    const ledger = ledgerOf(doc);
    expect(ledger.decided).toEqual({ count: 2, effect: 5, unknownEffect: ['d'] });
    expect(ledger.unknownEffect.map((u) => u.title)).toEqual(['Okänd C', 'D']);
  });

  it('[LED2][LED3] a board with one column has no decided stage; no target gives no share', () => {
    const doc = makeDoc({ columns: ['only'], setup: (d) => createCard(d, { column: 'only', title: 'X', fields: { effect: 10 } }) });
    const ledger = ledgerOf(doc);
    expect(ledger.decidedColumnId).toBeUndefined();
    expect(ledger.decided.count).toBe(0);
    expect(ledger.target).toBeUndefined();
    expect(shareOfTarget(10, undefined)).toBeUndefined();
    expect(shareOfTarget(10, 0)).toBeUndefined();
  });

  it('[LED1] peers that moved and edited concurrently compute the same ledger', () => {
    const base = makeBase({ target: 400, setup });
    const docs = mergeConcurrent(base, [
      (d) => moveCard(d, 'a', 'c3'),
      (d) => updateCardField(d, 'a', 'effect', 250),
      (d) => updateCardField(d, 'c', 'effect', 7),
    ]);
    expectConverged(docs);
    const ledgers = docs.map(ledgerOf);
    for (const ledger of ledgers) expect(ledger).toEqual(ledgers[0]);
    expect(ledgers[0]!.decided).toEqual({ count: 3, effect: 315, unknownEffect: [] });
  });
});
