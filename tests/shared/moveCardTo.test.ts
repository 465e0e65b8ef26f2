import { describe, expect, it } from 'vitest';
import { createCard, moveCardTo } from '../../shared/ops/cards.ts';
import { readCard } from '../../shared/read/readCard.ts';
import { cardsInColumn } from '../../shared/read/cardsInColumn.ts';
import { readBoard } from '../../shared/read/readBoard.ts';
import { updateBoardMeta } from '../../shared/ops/board.ts';
import { makeDoc } from './helpers/boards.ts';
import { expectRefused } from './helpers/refused.ts';

/** A measures board in lanes by decision level, with one political card in c1. */
function laneBoard() {
  const doc = makeDoc();
  updateBoardMeta(doc, 'laneField', 'decisionLevel');
  const card = createCard(doc, { id: 'k', column: 'c1', title: 'Kort', fields: { decisionLevel: 'political' } });
  return { doc, card };
}

describe('moveCardTo: a column and a lane in one operation (SUM4, DOC6)', () => {
  it('[DOC6] moves a card to another column and lane in one transaction', () => {
    const { doc, card } = laneBoard();
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    moveCardTo(doc, card, { column: 'c2', lane: 'official' });
    expect(transactions).toBe(1);
    expect(readCard(doc, card)).toMatchObject({ column: 'c2', decisionLevel: 'official' });
    expect(cardsInColumn(readBoard(doc), 'c2').map((c) => c.id)).toEqual([card]);
  });

  it('[DOC6] a move to a column that does not exist is refused whole: the lane is not changed either', () => {
    const { doc, card } = laneBoard();
    expectRefused(doc, () => moveCardTo(doc, card, { column: 'finns-inte', lane: 'official' }), 'unknown_column', 'toColumnId');
  });

  it('[DOC6] a move before a card that is not in the column is refused whole', () => {
    const { doc, card } = laneBoard();
    expectRefused(doc, () => moveCardTo(doc, card, { column: 'c2', lane: 'official', beforeCardId: 'saknas' }), 'unknown_card', 'beforeCardId');
  });

  it('[DOC6] a lane the field refuses is refused before the card moves', () => {
    const { doc, card } = laneBoard();
    expectRefused(doc, () => moveCardTo(doc, card, { column: 'c2', lane: 'ingen-nivå' }), 'invalid_value', 'decisionLevel');
  });

  it('[SUM4] the empty lane clears the field; no lane leaves it as it is', () => {
    const { doc, card } = laneBoard();
    moveCardTo(doc, card, { column: 'c2' });
    expect(readCard(doc, card)?.decisionLevel).toBe('political');
    moveCardTo(doc, card, { column: 'c3', lane: '' });
    expect(readCard(doc, card)?.decisionLevel).toBeUndefined();
  });
});
