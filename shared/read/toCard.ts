import * as Y from 'yjs';
import type { BoardKind } from '../schema/board.ts';
import { CARD_FIELDS, CARD_TEXT_FIELDS, POSITION_FIELDS, type Card } from '../schema/card.ts';

/** Scalar fields a card of each kind may carry besides its position. */
const VALUE_FIELDS = Object.fromEntries(
  Object.entries(CARD_FIELDS).map(([kind, fields]) => [
    kind,
    Object.keys(fields).filter((f) => !(POSITION_FIELDS as readonly string[]).includes(f)),
  ]),
) as Record<BoardKind, string[]>;

/**
 * One card map as a plain snapshot: `column` is where readers show it (COL5), text fields
 * are strings, arrays are copies, absent fields stay absent (an unknown effect is never 0).
 */
export function toCard(id: string, map: Y.Map<unknown>, kind: BoardKind, column: string): Card {
  const order = map.get('order');
  const card: Record<string, unknown> = {
    id,
    column,
    order: typeof order === 'string' ? order : '',
    archived: map.get('archived') === true,
  };
  for (const field of CARD_TEXT_FIELDS[kind]) {
    const text = map.get(field);
    card[field] = text instanceof Y.Text ? text.toString() : '';
  }
  for (const field of VALUE_FIELDS[kind]) {
    const value = map.get(field);
    if (value === undefined) continue;
    card[field] = Array.isArray(value) ? Object.freeze([...value]) : value;
  }
  const reports = map.get('reports');
  if (kind === 'assignments' && reports instanceof Y.Map) card.reportMonths = Object.freeze([...reports.keys()].sort());
  return card as unknown as Card;
}
