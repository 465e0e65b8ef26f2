import type { Card } from '../schema/card.ts';

/**
 * The swimlane a card falls in: the value of the board's lane field as text (SUM4).
 * '' when the board has no lane field or the card no value; a list (e.g. `responsible`) joins with ", ".
 */
export function laneOf(card: Card, laneField?: string): string {
  if (!laneField) return '';
  const value = (card as unknown as Record<string, unknown>)[laneField];
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}
