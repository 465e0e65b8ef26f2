import type { Card } from '../schema/card.ts';
import type { BoardSnapshot } from './readBoard.ts';

/** The live cards a column shows, in board order (ORD1). */
export function cardsInColumn(board: BoardSnapshot, columnId: string): Card[] {
  return board.cards.filter((card) => !card.archived && card.column === columnId);
}
