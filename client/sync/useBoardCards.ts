import { useEffect, useState } from 'react';
import type { Card } from '../../shared/schema/card.ts';
import { boardStoreFor } from '../state/boardStore.ts';
import { createBoardSession, type BoardSession } from './boardSession.ts';
import { syncUrl } from './syncUrl.ts';

/** Opens a board's live session; the members page's tests open theirs on a test server. */
export type OpenBoard = (boardId: string) => BoardSession;

/** The board as the browser opens it: its copy in IndexedDB, kept in sync with the server. */
export const openLiveBoard: OpenBoard = (boardId) => createBoardSession(boardId, { url: syncUrl(window.location) });

/**
 * The board's cards (archived included) for as long as the caller is mounted, kept current; null
 * until the document holds a board, so nothing is judged against a board not yet loaded.
 */
export function useBoardCards(boardId: string, openBoard: OpenBoard): readonly Card[] | null {
  const [cards, setCards] = useState<readonly Card[] | null>(null);
  useEffect(() => {
    const session = openBoard(boardId);
    const store = boardStoreFor(session.doc);
    const read = (): void => setCards(store.getBoard()?.cards ?? null);
    read();
    const unsubscribe = store.subscribe(read);
    return () => {
      unsubscribe();
      session.destroy();
    };
  }, [boardId, openBoard]);
  return cards;
}
