import type * as Y from 'yjs';
import { buildSeedBoard } from '../../seeds/buildSeedBoards.ts';
import type { SeedBoard } from '../../seeds/seedTypes.ts';
import { readBoard, type BoardSnapshot } from '../../shared/read/readBoard.ts';
import type { Card } from '../../shared/schema/card.ts';

/** A seed board built through the shared/ operations and read back, as the UI would see it. */
export interface BuiltBoard {
  doc: Y.Doc;
  board: BoardSnapshot;
  /** The card of each title; throws on an unknown title so a missing row fails by name. */
  byTitle: (title: string) => Card;
  /** The title of the column a card is shown in. */
  columnTitle: (card: Card) => string;
}

export function built(seed: SeedBoard): BuiltBoard {
  const doc = buildSeedBoard(seed);
  const board = readBoard(doc);
  return {
    doc,
    board,
    byTitle: (title) => {
      const card = board.cards.find((c) => c.title === title);
      if (!card) throw new Error(`no card titled "${title}"`);
      return card;
    },
    columnTitle: (card) => board.columns.find((c) => c.id === card.column)?.title ?? '',
  };
}
