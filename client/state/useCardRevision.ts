import { useCallback, useSyncExternalStore } from 'react';
import { useBoardContext } from './BoardContext.tsx';

const noSubscription = (): (() => void) => () => {};

/**
 * A number that changes whenever anything under the card changes, reports included, which its
 * snapshot does not show. Subscribed to that card alone; 0 when no card is given.
 */
export function useCardRevision(cardId: string | undefined): number {
  const { store } = useBoardContext();
  const subscribe = useCallback(
    (listener: () => void) => (cardId === undefined ? noSubscription() : store.subscribeCard(cardId, listener)),
    [store, cardId],
  );
  return useSyncExternalStore(subscribe, () => (cardId === undefined ? 0 : store.getCardRevision(cardId)));
}
