import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { CardChanges } from '../../shared/changes/collapseChanges.ts';
import { useSession } from '../auth/useSession.ts';
import { useFilters } from '../state/BoardContext.tsx';
import { useQuietChanges } from '../state/useQuietChanges.ts';
import type { ChangesApi } from './changesApi.ts';
import { createChangesStore, type ChangesStore } from './changesStore.ts';
import { useBoardChanges, type BoardChanges } from './useBoardChanges.ts';

export interface ChangesContextValue {
  boardId: string;
  api: ChangesApi;
  changes: BoardChanges;
  store: ChangesStore;
}

const ChangesContext = createContext<ChangesContextValue | null>(null);
// The badges' store on its own, never replaced: a new answer re-renders the cards it changed, not every card.
const ChangesStoreContext = createContext<ChangesStore | null>(null);

/** The cards the filter "Ändrat sedan…" shows: the changed ones still on the board (a deleted card is not). */
export const changedCardIds = (cards: readonly CardChanges[]): ReadonlySet<string> => new Set(cards.filter((card) => !card.deleted).map((card) => card.cardId));
const sameIds = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => a.size === b.size && [...a].every((id) => b.has(id));

/**
 * The board's change view (CHG7-CHG10) for what is below it: the choice and the changes, asked
 * again after each spell of board changes (the history lags the document a moment), the badges'
 * per-card store, and the filter's set of changed cards kept up to date with each answer.
 */
export function ChangesProvider({ boardId, api, children }: { boardId: string; api: ChangesApi; children: ReactNode }) {
  const account = useSession();
  // A share link has no account: its visits are the link's, kept apart from every account's.
  const userKey = account.status === 'user' ? account.user.id : account.status === 'share' ? 'share' : null;
  const changes = useBoardChanges(boardId, api, userKey, useQuietChanges());
  const [store] = useState(createChangesStore);
  useEffect(() => store.set(changes.cards), [store, changes.cards]);

  const { filter, setFilter } = useFilters();
  const latest = useRef(filter);
  latest.current = filter;
  const ids = useMemo(() => changedCardIds(changes.cards), [changes.cards]);
  useEffect(() => {
    const current = latest.current;
    if (current.changed && !sameIds(current.changed, ids)) setFilter({ ...current, changed: ids });
  }, [ids, setFilter]);

  const value = useMemo(() => ({ boardId, api, changes, store }), [boardId, api, changes, store]);
  return (
    <ChangesStoreContext.Provider value={store}>
      <ChangesContext.Provider value={value}>{children}</ChangesContext.Provider>
    </ChangesStoreContext.Provider>
  );
}

/** The change view of the board; null outside a ChangesProvider (a board shown without its server). */
export function useChanges(): ChangesContextValue | null {
  return useContext(ChangesContext);
}

const noSubscription = (): (() => void) => () => {};

/** One card's collapsed changes, re-rendering only when they change; undefined when it has none (or no change view). */
export function useCardChanges(cardId: string): CardChanges | undefined {
  const store = useContext(ChangesStoreContext);
  const subscribe = useCallback((listener: () => void) => store?.subscribe(cardId, listener) ?? noSubscription(), [store, cardId]);
  const read = useCallback(() => store?.get(cardId), [store, cardId]);
  return useSyncExternalStore(subscribe, read, read);
}
