import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';

/** Where a dragged card would land, as the board shows it: a cell and the card it goes before (null = last). */
export interface DropMarker {
  cell: string;
  before: string | null;
}

/** The one drop marker of a board's drag, outside React state so only the cells it enters or leaves re-render. */
export interface DropMarkerStore {
  get(): DropMarker | null;
  set(marker: DropMarker | null): void;
  subscribe(listener: () => void): () => void;
}

export function createDropMarkerStore(): DropMarkerStore {
  let marker: DropMarker | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => marker,
    set(next) {
      if (next?.cell === marker?.cell && next?.before === marker?.before) return;
      marker = next;
      listeners.forEach((listener) => listener());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

export const DropMarkerContext = createContext<DropMarkerStore | null>(null);

/** Marks the end of a cell in useDropMarker's answer. */
export const AT_END = '\u0000end';

/** Where this cell shows the drop marker: before a card (its id), AT_END, or null when the drag is elsewhere. */
export function useDropMarker(cellId: string): string | null {
  const store = useContext(DropMarkerContext);
  const subscribe = useCallback((listener: () => void) => store?.subscribe(listener) ?? (() => {}), [store]);
  return useSyncExternalStore(subscribe, () => {
    const marker = store?.get();
    return marker?.cell === cellId ? (marker.before ?? AT_END) : null;
  });
}
