import { cardInScope } from '../../../shared/cardInScope.ts';
import type { Card } from '../../../shared/schema/card.ts';

/**
 * The names a unit chief's scope can be given on this board: the live cards' units, and on an
 * assignments board the bodies they are directed to, each once (ignoring case), in Swedish order.
 */
export function scopeSuggestions(cards: readonly Card[]): string[] {
  const byKey = new Map<string, string>();
  for (const card of cards) {
    if (card.archived) continue;
    for (const value of [card.unit, card.directedTo]) {
      const name = value?.trim();
      if (name && !byKey.has(name.toLocaleLowerCase('sv'))) byKey.set(name.toLocaleLowerCase('sv'), name);
    }
  }
  return [...byKey.values()].sort((a, b) => a.localeCompare(b, 'sv'));
}

/** The scope's units that give no live card (ROLE4's own test): a typo, or a unit the board does not have yet. */
export function unmatchedUnits(scope: readonly string[], cards: readonly Card[]): string[] {
  const live = cards.filter((card) => !card.archived);
  return scope.filter((unit) => !live.some((card) => cardInScope(card, [unit], undefined)));
}
