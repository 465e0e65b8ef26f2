import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import { boardStoreFor, type BoardStore } from './boardStore.ts';
import { NO_FILTER, filterPredicate, type CardFilter } from './cardFilter.ts';
import type { Card } from '../../shared/schema/card.ts';

export interface BoardContextValue {
  doc: Y.Doc;
  /** The transaction origin of this user's changes: the UndoManager tracks it. */
  origin: unknown;
  store: BoardStore;
  awareness: Awareness | undefined;
}

export interface FilterContextValue {
  filter: CardFilter;
  setFilter: (filter: CardFilter) => void;
  /** Undefined when no filter is set. */
  predicate: ((card: Card) => boolean) | undefined;
}

const BoardContext = createContext<BoardContextValue | null>(null);
const FilterContext = createContext<FilterContextValue | null>(null);

/**
 * Makes one board available to the hooks below it. The filter is this user's view, not the
 * document's, so it lives in React state here; it has its own context so typing a search
 * re-renders what reads the filter, not everything under the board.
 */
export function BoardProvider({ doc, origin, awareness, children }: { doc: Y.Doc; origin: unknown; awareness?: Awareness; children: ReactNode }) {
  const board = useMemo(() => ({ doc, origin, store: boardStoreFor(doc), awareness }), [doc, origin, awareness]);
  const [filter, setFilter] = useState<CardFilter>(NO_FILTER);
  const filters = useMemo(() => ({ filter, setFilter, predicate: filterPredicate(filter) }), [filter]);
  return (
    <BoardContext.Provider value={board}>
      <FilterContext.Provider value={filters}>{children}</FilterContext.Provider>
    </BoardContext.Provider>
  );
}

/** The board the component is rendered in; throws outside a BoardProvider. */
export function useBoardContext(): BoardContextValue {
  const value = useContext(BoardContext);
  if (!value) throw new Error('useBoardContext: no BoardProvider above this component');
  return value;
}

/** This user's filter of the board, its setter and its card predicate. */
export function useFilters(): FilterContextValue {
  const value = useContext(FilterContext);
  if (!value) throw new Error('useFilters: no BoardProvider above this component');
  return value;
}
