import type * as Y from 'yjs';
import type { BoardMeta } from '../schema/board.ts';
import type { Card } from '../schema/card.ts';
import type { Column } from '../schema/column.ts';
import { getCardsMap } from '../doc.ts';
import { compareOrdered } from '../order.ts';
import { columnResolver } from './columnResolver.ts';
import { readColumns } from './readColumns.ts';
import { readMeta } from './readMeta.ts';
import { toCard } from './toCard.ts';

/** The whole board as plain data: what the UI, the sums and the exports read. */
export interface BoardSnapshot {
  readonly meta: BoardMeta;
  /** Sorted by (order, id). */
  readonly columns: readonly Column[];
  /** Every card, archived included, sorted by (order, id); `column` is where readers show it (COL5). */
  readonly cards: readonly Card[];
}

/** Reads the board in one pass: O(cards · fields) plus the sorts. */
export function readBoard(doc: Y.Doc): BoardSnapshot {
  const meta = readMeta(doc);
  const columns = readColumns(doc);
  const resolve = columnResolver(doc);
  const cards: Card[] = [];
  getCardsMap(doc).forEach((map, id) => cards.push(toCard(id, map, meta.kind, resolve(map.get('column')))));
  cards.sort(compareOrdered);
  return { meta, columns, cards };
}
