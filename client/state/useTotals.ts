import { computeTotals, type BoardTotals, type Totals } from '../../shared/sums.ts';
import type { Card } from '../../shared/schema/card.ts';
import type { BoardStore } from './boardStore.ts';
import type { BoardSnapshot } from '../../shared/read/readBoard.ts';
import { useFilters } from './BoardContext.tsx';
import { useDerived } from './useDerived.ts';

type Predicate = ((card: Card) => boolean) | undefined;

// Totals per board snapshot and filter, computed once and shared by every header that shows them.
const cache = new WeakMap<BoardSnapshot, Map<Predicate, BoardTotals>>();

function totalsOf(store: BoardStore, predicate: Predicate): BoardTotals | undefined {
  const board = store.getBoard();
  if (!board) return undefined;
  let byFilter = cache.get(board);
  if (!byFilter) cache.set(board, (byFilter = new Map()));
  let totals = byFilter.get(predicate);
  if (!totals) byFilter.set(predicate, (totals = computeTotals(board, predicate)));
  return totals;
}

const EMPTY: Totals = Object.freeze({ count: 0, effect: 0, unknownEffect: [] as string[] });

const sameTotals = (a: Totals, b: Totals): boolean =>
  a.count === b.count && a.effect === b.effect && a.unknownEffect.length === b.unknownEffect.length;

/**
 * The board's totals (columns, lanes, cells, board, target), computed from the cards (SUM1).
 * They follow this user's filter unless `unfiltered`: WIP limits count every card.
 */
export function useTotals({ unfiltered = false } = {}): BoardTotals | undefined {
  const { predicate } = useFilters();
  const filter = unfiltered ? undefined : predicate;
  return useDerived((store) => totalsOf(store, filter), () => false, [filter]);
}

/**
 * One column's, lane's or cell's totals (cell keys from shared/sums cellKey); the same object
 * while count and sum stay, so its header does not re-render for unrelated changes.
 */
export function useGroupTotals(group: 'columns' | 'lanes' | 'cells', key: string, { unfiltered = false } = {}): Totals {
  const { predicate } = useFilters();
  const filter = unfiltered ? undefined : predicate;
  return useDerived((store) => totalsOf(store, filter)?.[group].get(key) ?? EMPTY, sameTotals, [filter, group, key]);
}
