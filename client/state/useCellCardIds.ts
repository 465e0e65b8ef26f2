import type { BoardStore } from './boardStore.ts';
import type { BoardSnapshot } from '../../shared/read/readBoard.ts';
import { lanesOf, layoutCells } from './boardLayout.ts';
import { cellKey } from '../../shared/sums.ts';
import { useFilters } from './BoardContext.tsx';
import type { Card } from '../../shared/schema/card.ts';
import { sameItems } from './sameSnapshot.ts';
import { useDerived } from './useDerived.ts';

const NONE: readonly string[] = Object.freeze([]);

type Predicate = ((card: Card) => boolean) | undefined;
// One layout per board snapshot and filter, shared by every cell instead of one pass per cell;
// keyed by the snapshot, so a change the board does not show (a report) costs a lookup.
const layouts = new WeakMap<BoardSnapshot, { predicate: Predicate; cells: Map<string, string[]> }>();
const EMPTY = new Map<string, string[]>();

function cellsOf(store: BoardStore, predicate: Predicate): Map<string, string[]> {
  const board = store.getBoard();
  if (!board) return EMPTY;
  const cached = layouts.get(board);
  if (cached && cached.predicate === predicate) return cached.cells;
  const cells = layoutCells(board, predicate);
  layouts.set(board, { predicate, cells });
  return cells;
}

/** The ids one cell shows now, read outside React (drag handlers, announcements). */
export function cardIdsInCell(store: BoardStore, predicate: Predicate, columnId: string, lane: string): readonly string[] {
  return cellsOf(store, predicate).get(cellKey(columnId, lane)) ?? NONE;
}

/**
 * The ids of the cards one column × lane cell shows, in order, after the filter. The same
 * array while membership and order stay, so a column does not re-render when a card's text changes.
 */
export function useCellCardIds(columnId: string, lane: string): readonly string[] {
  const { predicate } = useFilters();
  const key = cellKey(columnId, lane);
  return useDerived((store) => cellsOf(store, predicate).get(key) ?? NONE, sameItems, [predicate, key]);
}

/** The board's swimlanes, top to bottom; [''] when it has no lane field. */
export function useLanes(): readonly string[] {
  return useDerived((store) => {
    const board = store.getBoard();
    return board ? lanesOf(board) : [''];
  }, sameItems, []);
}
