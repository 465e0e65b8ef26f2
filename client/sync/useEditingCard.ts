import type { Awareness } from 'y-protocols/awareness';
import { readEditingCards, type CardEditor } from './presence.ts';
import { useAwarenessValue } from './useAwarenessValue.ts';

const sameEditors = (a: ReadonlyMap<string, CardEditor>, b: ReadonlyMap<string, CardEditor>): boolean => {
  if (a.size !== b.size) return false;
  for (const [cardId, editor] of a) {
    const other = b.get(cardId);
    if (!other || other.name !== editor.name || other.color !== editor.color) return false;
  }
  return true;
};

/**
 * The cards OTHER users have open in the editor, with their name and colour. The map keeps its
 * identity until that set changes, so a board can pass entries down without re-rendering every card.
 */
export function useEditingCard(awareness: Awareness): ReadonlyMap<string, CardEditor> {
  return useAwarenessValue(awareness, readEditingCards, sameEditors);
}
