import { describe, expect, it } from 'vitest';
import { createCard } from '../../../shared/ops/cards.ts';
import { updateBoardMeta } from '../../../shared/ops/board.ts';
import { readCard } from '../../../shared/read/readCard.ts';
import { boardActions } from '../../../client/state/useBoardActions.ts';
import { makeDoc } from '../../shared/helpers/boards.ts';

describe('the board’s move action (MoveCardDialog, drag and drop)', () => {
  it('[DOC6] a refused move to another lane leaves the card’s lane as it was', () => {
    const doc = makeDoc();
    updateBoardMeta(doc, 'laneField', 'decisionLevel');
    const card = createCard(doc, { column: 'c1', title: 'Kort', fields: { decisionLevel: 'political' } });
    expect(() => boardActions(doc, 'ui').moveCard(card, { column: 'borttagen', lane: 'official' })).toThrow();
    expect(readCard(doc, card)).toMatchObject({ column: 'c1', decisionLevel: 'political' });
  });
});
