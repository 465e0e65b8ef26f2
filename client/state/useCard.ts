import { useCallback, useSyncExternalStore } from 'react';
import type { Card } from '../../shared/schema/card.ts';
import { useBoardContext } from './BoardContext.tsx';

/**
 * One card's snapshot, subscribed to that card alone: the component re-renders when this card
 * changes and never for a change to another card. Undefined when there is no such card.
 */
export function useCard(cardId: string): Card | undefined {
  const { store } = useBoardContext();
  const subscribe = useCallback((listener: () => void) => store.subscribeCard(cardId, listener), [store, cardId]);
  return useSyncExternalStore(subscribe, () => store.getCard(cardId));
}
