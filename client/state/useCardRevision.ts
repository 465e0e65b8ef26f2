import { useSyncExternalStore } from 'react';
import { useBoardContext } from './BoardContext.tsx';

/**
 * A number that changes whenever anything under the card changes, reports included, which its
 * snapshot does not show. For the open editor only: it subscribes to the whole board.
 */
export function useCardRevision(cardId: string): number {
  const { store } = useBoardContext();
  return useSyncExternalStore(store.subscribe, () => store.getCardRevision(cardId));
}
