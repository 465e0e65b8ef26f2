import type { CardChanges } from '../../shared/changes/collapseChanges.ts';

type Listener = () => void;

/**
 * The board's collapsed changes per card, for the card faces' badges: a card's entry stays the
 * same object while it reads the same, and a new answer notifies only the cards whose entry
 * changed, so a refetch re-renders the changed cards, not the board.
 */
export interface ChangesStore {
  get(cardId: string): CardChanges | undefined;
  subscribe(cardId: string, listener: Listener): () => void;
  /** Replaces every entry with `cards` (undefined: none known). */
  set(cards: readonly CardChanges[]): void;
}

export function createChangesStore(): ChangesStore {
  let byCard = new Map<string, CardChanges>();
  const listeners = new Map<string, Set<Listener>>();
  return {
    get: (cardId) => byCard.get(cardId),
    subscribe(cardId, listener) {
      let set = listeners.get(cardId);
      if (!set) listeners.set(cardId, (set = new Set()));
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(cardId);
      };
    },
    set(cards) {
      const before = byCard;
      const next = new Map<string, CardChanges>();
      for (const card of cards) {
        const old = before.get(card.cardId);
        next.set(card.cardId, old && JSON.stringify(old) === JSON.stringify(card) ? old : card);
      }
      byCard = next;
      for (const id of new Set([...before.keys(), ...next.keys()])) {
        if (before.get(id) !== next.get(id)) listeners.get(id)?.forEach((listener) => listener());
      }
    },
  };
}
