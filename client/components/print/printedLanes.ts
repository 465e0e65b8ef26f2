import type { BoardSnapshot } from '../../../shared/read/readBoard.ts';
import { laneOf } from '../../../shared/read/laneOf.ts';
import type { Card } from '../../../shared/schema/card.ts';
import { lanesOf } from '../../state/boardLayout.ts';

/** Which cards a filter lets through (the board's own filterPredicate). */
export type CardPredicate = (card: Card) => boolean;

/** One lane of a printed board and its cards. */
export interface PrintedLane {
  lane: string;
  cards: Card[];
}

/**
 * The cards a board's print view lists, lane by lane as the board shows its lanes (PRT2): the live
 * cards in an existing column, the cards the sums count (SUM3), that `filter` lets through (PRT4),
 * column by column in board order and by order within a column; lanes with no card are left out.
 */
export function printedLanes(board: BoardSnapshot, filter?: CardPredicate): PrintedLane[] {
  const columnIndex = new Map(board.columns.map((column, index) => [column.id, index]));
  const cards = board.cards
    .filter((card) => !card.archived && columnIndex.has(card.column) && (!filter || filter(card)))
    // Array.prototype.sort is stable: within a column the cards keep their board order (ORD1).
    .sort((a, b) => columnIndex.get(a.column)! - columnIndex.get(b.column)!);
  return lanesOf(board)
    .map((lane) => ({ lane, cards: cards.filter((card) => laneOf(card, board.meta.laneField) === lane) }))
    .filter((printed) => printed.cards.length > 0);
}
