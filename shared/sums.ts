import type { Card } from './schema/card.ts';
import type { BoardSnapshot } from './read/readBoard.ts';
import { laneOf } from './read/laneOf.ts';

/** What a set of cards adds up to. `effect` is in thousand SEK per year. */
export interface Totals {
  count: number;
  /** Sum of the cards' effects; cards with no effect add nothing to it and are listed in unknownEffect (SUM2). */
  effect: number;
  /** Ids of the counted cards whose effect is absent, in board order. */
  unknownEffect: string[];
}

export interface BoardTotals {
  /** Every column, empty ones too, keyed by column id. */
  columns: Map<string, Totals>;
  /** Every lane that has a counted card, keyed by laneOf. */
  lanes: Map<string, Totals>;
  /** Column × lane, keyed `${columnId}\u0000${lane}`. */
  cells: Map<string, Totals>;
  board: Totals;
  /** The board's target (meta.target), when it has one. */
  target?: number;
}

const emptyTotals = (): Totals => ({ count: 0, effect: 0, unknownEffect: [] });

/** The key of one cell of the column × lane grid. */
export const cellKey = (columnId: string, lane: string): string => `${columnId}\u0000${lane}`;

function add(totals: Totals, card: Card): void {
  totals.count++;
  if (typeof card.effect === 'number') totals.effect += card.effect;
  else totals.unknownEffect.push(card.id);
}

/**
 * Sums computed from the cards, never stored (SUM1): live cards in an existing column only
 * (SUM3), after `filter` (SUM5), per column, lane (SUM4), cell and board.
 */
export function computeTotals(board: BoardSnapshot, filter?: (c: Card) => boolean): BoardTotals {
  const columns = new Map(board.columns.map((c) => [c.id, emptyTotals()]));
  const lanes = new Map<string, Totals>();
  const cells = new Map<string, Totals>();
  const total = emptyTotals();
  for (const card of board.cards) {
    const column = columns.get(card.column);
    if (card.archived || !column || (filter && !filter(card))) continue;
    const lane = laneOf(card, board.meta.laneField);
    const key = cellKey(card.column, lane);
    if (!lanes.has(lane)) lanes.set(lane, emptyTotals());
    if (!cells.has(key)) cells.set(key, emptyTotals());
    add(column, card);
    add(lanes.get(lane)!, card);
    add(cells.get(key)!, card);
    add(total, card);
  }
  const result: BoardTotals = { columns, lanes, cells, board: total };
  if (board.meta.target !== undefined) result.target = board.meta.target;
  return result;
}
