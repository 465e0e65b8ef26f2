import { useSyncExternalStore } from 'react';
import type { BoardSnapshot } from '../../shared/read/readBoard.ts';
import type { BoardMeta } from '../../shared/schema/board.ts';
import type { Column } from '../../shared/schema/column.ts';
import { useBoardContext } from './BoardContext.tsx';

/** The whole board snapshot (undefined before the document is a board); re-renders on every change. */
export function useBoard(): BoardSnapshot | undefined {
  const { store } = useBoardContext();
  return useSyncExternalStore(store.subscribe, store.getBoard);
}

/** The board's meta (title, kind, target, lane field); undefined before the first sync. */
export function useBoardMeta(): BoardMeta | undefined {
  const { store } = useBoardContext();
  return useSyncExternalStore(store.subscribe, store.getMeta);
}

/** The columns in board order; the same array until a column changes. */
export function useColumns(): readonly Column[] {
  const { store } = useBoardContext();
  return useSyncExternalStore(store.subscribe, store.getColumns);
}
